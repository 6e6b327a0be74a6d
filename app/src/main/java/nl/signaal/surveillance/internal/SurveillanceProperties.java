/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import nl.signaal.stats.detection.FarringtonOptions;
import nl.signaal.stats.scan.SpaceTimePermutationScan;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the statistics over the weekly series; the defaults are in application.properties, docs/surveillance.md
 * explains them.
 *
 * @param schedule cron expression of the nightly run, {@code -} for none
 */
@ConfigurationProperties("signaal.surveillance")
@Validated
public record SurveillanceProperties(
        @NotBlank String schedule,
        @NotNull @Valid Farrington farrington,
        @NotNull @Valid Scan scan) {

    /**
     * Options of Farrington flexible, by their R names; {@code b} is the most years back, fewer where the history is
     * shorter.
     *
     * @param historyWeeks a series is evaluated only if it has a count in these last weeks (the current one included)
     */
    public record Farrington(
            @Min(1) int b,
            @Min(0) int w,
            boolean reweight,
            @Positive double weightsThreshold,
            @Min(0) int pastWeeksNotIncluded,
            @Min(1) int noPeriods,
            boolean trend,
            @DecimalMin("0") @DecimalMax("1") double pThresholdTrend,
            @Pattern(regexp = "2/3|1/2|none") String powertrans,
            @Pattern(regexp = "delta|nbPlugin|muan") String thresholdMethod,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
            double alpha,

            @Min(0) int limit54Cases,
            @Min(1) int limit54Weeks,
            @Min(1) int historyWeeks) {

        /** The options with the configured {@code b}; the run lowers it per series. */
        public FarringtonOptions options() {
            return FarringtonOptions.defaults()
                    .withB(b)
                    .withW(w)
                    .withReweight(reweight)
                    .withWeightsThreshold(weightsThreshold)
                    .withPastWeeksNotIncluded(pastWeeksNotIncluded)
                    .withNoPeriods(noPeriods)
                    .withTrend(trend)
                    .withPThresholdTrend(pThresholdTrend)
                    .withPowertrans(FarringtonOptions.PowerTransform.ofR(powertrans))
                    .withThresholdMethod(FarringtonOptions.ThresholdMethod.ofR(thresholdMethod))
                    .withAlpha(alpha)
                    .withLimit54(limit54Cases, limit54Weeks);
        }
    }

    /**
     * The space-time permutation scan over incidents per substance.
     *
     * @param days the study period, ending on the Sunday of the week run
     * @param minIncidents substances with fewer incidents in the period are not scanned
     * @param pThreshold clusters with a p-value below this are published
     */
    public record Scan(
            @Min(2) int days,
            @Min(1) int minIncidents,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            double pThreshold,

            @Min(1) int maxTemporalDays,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            double maxSpatialShare,

            @Min(1) int replicates,
            long seed) {

        public SpaceTimePermutationScan.Options options() {
            return SpaceTimePermutationScan.Options.defaults()
                    .withProspective(true)
                    .withMaxTemporalDays(maxTemporalDays)
                    .withMaxSpatialShare(maxSpatialShare)
                    .withReplicates(replicates)
                    .withSeed(seed);
        }
    }
}
