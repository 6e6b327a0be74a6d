/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import org.jspecify.annotations.Nullable;

/**
 * Everything {@link FarringtonFlexible} computed at one time point, with the names and conventions of R
 * {@code surveillance} 1.20.3 {@code farringtonFlexible} (its {@code upperbound}, {@code alarm} and the vectors in
 * {@code @control}). NaN stands for R's {@code NA}.
 *
 * @param t the 1-based time point
 * @param observed the count, NaN when missing
 * @param expected the fitted mean {@code mu0}; NaN where R gives {@code NA} (no model, no upper bound, or the
 *     {@code limit54} rule not met)
 * @param upperbound the threshold; NaN where the {@code limit54} rule is not met or no model could be fitted
 * @param mu0 R's {@code mu0Vector}: {@code exp(eta0)} for {@code nbPlugin}; for {@code delta} and {@code muan}
 *     {@code exp(qnorm(1 - alpha, fit, se.fit))} of the prediction on the scale the method predicts on (for
 *     {@code delta} this is the response scale, so the value is {@code exp} of a count: R's quirk, kept for parity)
 * @param phi the dispersion, at least 1
 * @param trendCoef the time-trend coefficient per time point, NaN when the trend was not kept
 * @param pvalue the probability of a count at least as large as the observed one under the fitted model (R
 *     {@code pvalue})
 * @param score {@code (observed - fit) / (upperbound - fit)} with {@code fit} the prediction on R's prediction scale
 *     (the count for {@code delta}, its logarithm for {@code nbPlugin} and {@code muan}: R's quirk); the alarm is
 *     {@code score > 1}
 * @param alarm the count exceeded the upper bound (and was not 0)
 * @param reason why no upper bound or no alarm was possible, {@code null} when the method ran normally
 */
public record FarringtonResult(
        int t,
        double observed,
        double expected,
        double upperbound,
        double mu0,
        double phi,
        double trendCoef,
        double pvalue,
        double score,
        boolean alarm,
        @Nullable String reason) {

    static FarringtonResult none(int t, double observed, String reason) {
        return new FarringtonResult(
                t,
                observed,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                false,
                reason);
    }

    /** The common shape of detection results. */
    public Detection toDetection() {
        return new Detection(t, observed, expected, upperbound, alarm, reason);
    }
}
