/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.signaal.stats.ReferenceCsv;
import nl.signaal.stats.detection.FarringtonOptions.PowerTransform;
import nl.signaal.stats.detection.FarringtonOptions.ThresholdMethod;
import nl.signaal.stats.detection.FarringtonParityUnitTests.Comparison;
import nl.signaal.stats.detection.NegativeBinomialCusum.InControlMean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The options {@code r_anchor.R} leaves out, against R surveillance 1.20.3: the files of
 * {@code src/test/resources/r-reference/}, made by {@code src/test/r/more_references.R}. Farrington with a population
 * offset, without re-weighting, with the 1/2 and no power transform, each threshold method with either seasonality,
 * other {@code pastWeeksNotIncluded}, {@code noPeriods}, {@code limit54}, {@code alpha}, {@code b} and {@code w};
 * EARS C1-C3 with {@code minSigma}, {@code baseline} and {@code alpha} given; {@code algo.glrnb} as the Poisson chart
 * ({@code alpha = 0}) and with a mean per time point, LR and GLR, with and without a window {@code M}. Numbers within
 * 1e-6 (relative above 1), the same NA pattern, identical alarms. A missing file fails the test and names it.
 */
class MoreReferencesUnitTests {

    private static final String DIR = "r-reference/";
    private static final FarringtonOptions NOUFAILY = FarringtonOptions.noufaily();
    private static final FarringtonOptions ORIGINAL = FarringtonOptions.original();
    private static final FarringtonOptions NOUFAILY_NOLIMIT = NOUFAILY.withLimit54(0, 4);
    private static final FarringtonOptions ORIGINAL_NOLIMIT = ORIGINAL.withLimit54(0, 4);

    /**
     * Each {@code ff_*.csv} with the options written out here in Java; the test also checks that they are the options
     * R ran with, as {@code farrington_cases.csv} records them.
     */
    static Stream<Arguments> farringtonFiles() {
        return Stream.of(
                // populationOffset = TRUE
                Arguments.of("ff_pop_noufaily_agona.csv", NOUFAILY_NOLIMIT.withPopulationOffset(true)),
                Arguments.of("ff_pop_orig_agona.csv", ORIGINAL_NOLIMIT.withPopulationOffset(true)),
                Arguments.of("ff_pop_noufaily_newport_index.csv", NOUFAILY_NOLIMIT.withPopulationOffset(true)),
                Arguments.of("ff_pop_orig_newport_dates.csv", ORIGINAL_NOLIMIT.withPopulationOffset(true)),
                // reweight = FALSE
                Arguments.of("ff_noreweight_noufaily_newport_index.csv", NOUFAILY_NOLIMIT.withReweight(false)),
                Arguments.of("ff_noreweight_orig_agona.csv", ORIGINAL_NOLIMIT.withReweight(false)),
                // powertrans with delta
                Arguments.of("ff_half_orig_newport_index.csv", ORIGINAL_NOLIMIT.withPowertrans(PowerTransform.HALF)),
                Arguments.of("ff_half_orig_agona.csv", ORIGINAL_NOLIMIT.withPowertrans(PowerTransform.HALF)),
                Arguments.of("ff_none_orig_newport_index.csv", ORIGINAL_NOLIMIT.withPowertrans(PowerTransform.NONE)),
                Arguments.of("ff_none_orig_agona.csv", ORIGINAL_NOLIMIT.withPowertrans(PowerTransform.NONE)),
                Arguments.of(
                        "ff_half_delta_noufaily_newport_dates.csv",
                        NOUFAILY_NOLIMIT
                                .withThresholdMethod(ThresholdMethod.DELTA)
                                .withPowertrans(PowerTransform.HALF)),
                // threshold methods with the other seasonality
                Arguments.of(
                        "ff_nbplugin_orig_newport_index.csv",
                        ORIGINAL_NOLIMIT.withThresholdMethod(ThresholdMethod.NB_PLUGIN)),
                Arguments.of("ff_muan_orig_agona.csv", ORIGINAL_NOLIMIT.withThresholdMethod(ThresholdMethod.MUAN)),
                Arguments.of(
                        "ff_delta_noufaily_newport_index.csv",
                        NOUFAILY_NOLIMIT.withThresholdMethod(ThresholdMethod.DELTA)),
                Arguments.of("ff_muan_noufaily_agona.csv", NOUFAILY.withThresholdMethod(ThresholdMethod.MUAN)),
                // pastWeeksNotIncluded
                Arguments.of("ff_pw0_orig_newport_index.csv", ORIGINAL_NOLIMIT.withPastWeeksNotIncluded(0)),
                Arguments.of("ff_pw8_noufaily_newport_index.csv", NOUFAILY_NOLIMIT.withPastWeeksNotIncluded(8)),
                Arguments.of("ff_pwNULL_noufaily_agona.csv", NOUFAILY_NOLIMIT.withPastWeeksNotIncluded(null)),
                // noPeriods with and without the trend
                Arguments.of(
                        "ff_p4_trend_newport_index.csv",
                        NOUFAILY_NOLIMIT.withNoPeriods(4).withPThresholdTrend(1)),
                Arguments.of(
                        "ff_p2_trend_delta_agona.csv",
                        NOUFAILY_NOLIMIT
                                .withNoPeriods(2)
                                .withPThresholdTrend(1)
                                .withThresholdMethod(ThresholdMethod.DELTA)),
                Arguments.of("ff_p10_notrend_newport_dates.csv", NOUFAILY_NOLIMIT.withTrend(false)),
                // limit54
                Arguments.of("ff_limit32_noufaily_agona.csv", NOUFAILY.withLimit54(3, 2)),
                Arguments.of("ff_limit106_orig_newport_index.csv", ORIGINAL.withLimit54(10, 6)),
                Arguments.of("ff_limit11_noufaily_newport_dates.csv", NOUFAILY.withLimit54(1, 1)),
                // alpha
                Arguments.of("ff_alpha01_noufaily_newport_index.csv", NOUFAILY_NOLIMIT.withAlpha(0.01)),
                Arguments.of("ff_alpha05_orig_agona.csv", ORIGINAL_NOLIMIT.withAlpha(0.05)),
                Arguments.of(
                        "ff_alpha001_muan_newport_index.csv",
                        NOUFAILY_NOLIMIT.withAlpha(0.001).withThresholdMethod(ThresholdMethod.MUAN)),
                // b and w
                Arguments.of(
                        "ff_b3w2_noufaily_newport_index.csv",
                        NOUFAILY_NOLIMIT.withB(3).withW(2)),
                Arguments.of("ff_b2w1_orig_agona.csv", ORIGINAL_NOLIMIT.withB(2).withW(1)),
                // combinations: dates with a population, other seasonality and exclusions; b = 1; weightsThreshold
                Arguments.of("ff_pop_noufaily_newport_dates.csv", NOUFAILY_NOLIMIT.withPopulationOffset(true)),
                Arguments.of(
                        "ff_p4_pw0_newport_dates.csv",
                        NOUFAILY_NOLIMIT.withNoPeriods(4).withPastWeeksNotIncluded(0)),
                Arguments.of(
                        "ff_b3w2_orig_newport_dates.csv",
                        ORIGINAL_NOLIMIT.withB(3).withW(2)),
                Arguments.of("ff_b1_orig_agona.csv", ORIGINAL_NOLIMIT.withB(1)),
                Arguments.of("ff_wt1.5_noufaily_newport_index.csv", NOUFAILY_NOLIMIT.withWeightsThreshold(1.5)),
                // missing counts in the reference years and in the monitored weeks
                Arguments.of("ff_missing_noufaily_agona.csv", NOUFAILY_NOLIMIT),
                Arguments.of("ff_missing_orig_agona.csv", ORIGINAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("farringtonFiles")
    void farringtonReproducesR(String file, FarringtonOptions options) {
        ReferenceCsv cases = ReferenceCsv.resource(DIR + "farrington_cases.csv");
        int c = caseRow(cases, file);
        FarringtonOptions asRan = FarringtonOptions.defaults();
        for (String name : List.of(
                "b",
                "w",
                "reweight",
                "weightsThreshold",
                "pastWeeksNotIncluded",
                "noPeriods",
                "trend",
                "pThresholdTrend",
                "powertrans",
                "thresholdMethod",
                "alpha",
                "populationOffset")) {
            asRan = asRan.withOption(name, cases.text(c, name));
        }
        asRan = asRan.withLimit54((int) cases.number(c, "limit54Cases"), (int) cases.number(c, "limit54Weeks"));
        assertThat(options).as("the options R ran %s with", file).isEqualTo(asRan);

        ReferenceCsv reference = ReferenceCsv.resource(DIR + file);
        ReferenceCsv input = input(cases.text(c, "input"));
        double @Nullable [] population = options.populationOffset() ? input.column("population") : null;
        Series series = new Series(input.column("observed"), population, 52);
        int from = (int) cases.number(c, "from");
        int to = (int) cases.number(c, "to");
        FarringtonFlexible method = new FarringtonFlexible(options);
        List<FarringtonResult> results;
        if (Boolean.parseBoolean(cases.text(c, "dates").toLowerCase(java.util.Locale.ROOT))) {
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < input.size(); i++) {
                dates.add(LocalDate.parse(input.text(i, "date")));
            }
            results = method.evaluate(series, dates, from, to);
        } else {
            results = method.evaluate(series, from, to);
        }

        assertThat(results).hasSize(reference.size());
        assertThat(FarringtonParityUnitTests.compareAllFields(file, results, reference).mismatches)
                .isEmpty();
    }

    static Stream<Arguments> earsFiles() {
        List<Arguments> all = new ArrayList<>();
        for (String file : List.of(
                "ears_minsigma1_alpha01_agona.csv",
                "ears_minsigma2.5_alpha05_agona.csv",
                "ears_minsigma3_alpha005_newport.csv",
                "ears_baseline10_alpha05_newport.csv",
                "ears_baseline4_minsigma0.5_alpha02_agona.csv",
                "ears_baseline3_minsigma0.2_alpha1_newport.csv",
                "ears_missing_minsigma1_alpha01_agona.csv")) {
            for (EarsC.Method method : EarsC.Method.values()) {
                all.add(Arguments.of(file, method));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("earsFiles")
    void earsReproducesR(String file, EarsC.Method method) {
        ReferenceCsv cases = ReferenceCsv.resource(DIR + "ears_cases.csv");
        int c = caseRow(cases, file);
        EarsC ears = EarsC.of(method)
                .withBaseline((int) cases.number(c, "baseline"))
                .withMinSigma(cases.number(c, "minSigma"))
                .withAlpha(cases.number(c, "alpha"));
        ReferenceCsv reference = ReferenceCsv.resource(DIR + file);
        Series series = Series.weekly(input(cases.text(c, "input")).column("observed"));
        int from = (int) reference.number(0, "t");
        int to = (int) reference.number(reference.size() - 1, "t");

        List<Detection> detections = ears.detect(series, from, to);

        assertThat(detections).hasSize(reference.size());
        Comparison comparison = new Comparison(file + " " + method);
        for (int row = 0; row < reference.size(); row++) {
            Detection d = detections.get(row);
            comparison.exact(row, "t", d.t(), reference.number(row, "t"));
            comparison.exact(row, "observed", d.observed(), reference.number(row, "observed"));
            comparison.number(row, "upperbound", d.upperbound(), reference.number(row, method + "_upperbound"));
            // R's alarm is NA where the count or the upper bound is; Signaal has no alarm there
            double rAlarm = reference.number(row, method + "_alarm");
            comparison.exact(row, "alarm", d.alarm() ? 1 : 0, Double.isNaN(rAlarm) ? 0 : rAlarm);
            if (Double.isNaN(rAlarm)) {
                comparison.exact(row, "reason given", d.reason() == null ? 0 : 1, 1);
            }
        }
        comparison.report(reference.size());
        assertThat(comparison.mismatches).isEmpty();
    }

    static Stream<Arguments> glrnbFiles() {
        List<Arguments> all = new ArrayList<>();
        for (String file :
                List.of("glrnb_constant_agona.csv", "glrnb_seasonal_agona.csv", "glrnb_seasonal_newport.csv")) {
            for (String chart : List.of(
                    "poisLr",
                    "poisGlr",
                    "poisGlrM20",
                    "nbLr",
                    "nbGlr",
                    "nbGlrM20",
                    "poisLrLow",
                    "poisGlrLow",
                    "nbGlrLow",
                    "poisGlrM20Mt3",
                    "nbGlrM20Mt3")) {
                all.add(Arguments.of(file, chart));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("glrnbFiles")
    void glrnbReproducesR(String file, String chart) {
        ReferenceCsv charts = ReferenceCsv.resource(DIR + "glrnb_charts.csv");
        int c = rowWith(charts, "chart", chart);
        ReferenceCsv reference = ReferenceCsv.resource(DIR + file);
        String inputFile =
                file.endsWith("_agona.csv") ? "stats/input_salmonella.agona.csv" : "stats/input_stsNewport.csv";
        Series series = Series.weekly(ReferenceCsv.read(inputFile).column("observed"));
        int from = (int) reference.number(0, "t");
        int to = (int) reference.number(reference.size() - 1, "t");
        double theta = charts.number(c, "theta");
        NegativeBinomialCusum cusum = NegativeBinomialCusum.glr(
                        InControlMean.from(from, reference.column("mu0")), charts.number(c, "alpha"))
                .withTheta(Double.isNaN(theta) ? null : theta)
                .withCArl(charts.number(c, "cARL"))
                .withM((int) charts.number(c, "M"))
                .withMtilde((int) charts.number(c, "Mtilde"));

        List<Detection> detections = cusum.detect(series, from, to);

        assertThat(detections).hasSize(reference.size());
        Comparison comparison = new Comparison(file + " " + chart);
        for (int row = 0; row < reference.size(); row++) {
            Detection d = detections.get(row);
            comparison.exact(row, "t", d.t(), reference.number(row, "t"));
            comparison.exact(row, "observed", d.observed(), reference.number(row, "observed"));
            comparison.exact(row, "mu0", d.expected(), reference.number(row, "mu0"));
            comparison.number(row, "statistic", d.upperbound(), reference.number(row, chart + "_stat"));
            comparison.exact(row, "alarm", d.alarm() ? 1 : 0, reference.number(row, chart + "_alarm"));
        }
        comparison.report(reference.size());
        assertThat(comparison.mismatches).isEmpty();
    }

    /** An input series: {@code stats/...} from the shared reference folder, {@code r-reference/...} from here. */
    private static ReferenceCsv input(String path) {
        return path.startsWith(DIR) ? ReferenceCsv.resource(path) : ReferenceCsv.read(path);
    }

    private static int caseRow(ReferenceCsv cases, String file) {
        return rowWith(cases, "file", file);
    }

    private static int rowWith(ReferenceCsv csv, String column, String value) {
        for (int row = 0; row < csv.size(); row++) {
            if (csv.text(row, column).equals(value)) {
                return row;
            }
        }
        throw new AssertionError(csv.name() + " has no row with " + column + " = " + value
                + "; rerun stats/src/test/r/more_references.R");
    }
}
