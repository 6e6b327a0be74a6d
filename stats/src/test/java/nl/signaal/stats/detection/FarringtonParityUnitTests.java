/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.signaal.stats.ReferenceCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ref_farrington_*.csv} of {@code shared/reference/stats/} (R surveillance 1.20.3, made by
 * {@code r_anchor.R}) reproduced from its input with the options {@code r_anchor.R} used: numbers within 1e-6
 * (relative above 1), the same NA pattern, the same alarms. A missing reference file fails the test.
 */
class FarringtonParityUnitTests {

    private static final double TOLERANCE = 1e-6;
    private static final String DIR = "stats/";
    private static final List<String> NUMBERS =
            List.of("upperbound", "expected", "mu0Vector", "phi", "trendCoef", "pvalue", "score");

    /** {@code r_anchor.R}'s {@code con.noufaily}. */
    private static final FarringtonOptions NOUFAILY = FarringtonOptions.noufaily();
    /** {@code r_anchor.R}'s {@code con.farrington}. */
    private static final FarringtonOptions ORIGINAL = FarringtonOptions.original();

    static Stream<Arguments> singleSeriesFiles() {
        return Stream.of(
                Arguments.of("ref_farrington_salmonella.agona.csv", "input_salmonella.agona.csv", false, NOUFAILY),
                Arguments.of("ref_farrington_orig_salmonella.agona.csv", "input_salmonella.agona.csv", false, ORIGINAL),
                Arguments.of("ref_farrington_stsNewport.csv", "input_stsNewport.csv", true, NOUFAILY),
                Arguments.of("ref_farrington_orig_stsNewport.csv", "input_stsNewport.csv", true, ORIGINAL),
                Arguments.of("ref_farrington_stsNewport_index.csv", "input_stsNewport.csv", false, NOUFAILY),
                Arguments.of(
                        "ref_farrington_stsNewport_index_pTrend1.csv",
                        "input_stsNewport.csv",
                        false,
                        NOUFAILY.withPThresholdTrend(1)),
                Arguments.of(
                        "ref_farrington_salmonella.agona_nolimit.csv",
                        "input_salmonella.agona.csv",
                        false,
                        NOUFAILY.withLimit54(0, 4)),
                Arguments.of(
                        "ref_farrington_stsNewport_nolimit.csv",
                        "input_stsNewport.csv",
                        true,
                        NOUFAILY.withLimit54(0, 4)),
                Arguments.of(
                        "ref_farrington_stsNewport_index_nolimit.csv",
                        "input_stsNewport.csv",
                        false,
                        NOUFAILY.withLimit54(0, 4)),
                Arguments.of(
                        "ref_farrington_orig_stsNewport_index_nolimit.csv",
                        "input_stsNewport.csv",
                        false,
                        ORIGINAL.withLimit54(0, 4)),
                Arguments.of(
                        "ref_farrington_muan_stsNewport_index_nolimit.csv",
                        "input_stsNewport.csv",
                        false,
                        NOUFAILY.withLimit54(0, 4).withThresholdMethod(FarringtonOptions.ThresholdMethod.MUAN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleSeriesFiles")
    void reproducesR(String referenceFile, String inputFile, boolean withDates, FarringtonOptions options) {
        ReferenceCsv reference = ReferenceCsv.read(DIR + referenceFile);
        ReferenceCsv input = ReferenceCsv.read(DIR + inputFile);
        Series series = Series.weekly(input.column("observed"));
        int from = (int) reference.number(0, "t");
        int to = (int) reference.number(reference.size() - 1, "t");
        FarringtonFlexible method = new FarringtonFlexible(options);
        List<FarringtonResult> results;
        if (withDates) {
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < input.size(); i++) {
                dates.add(LocalDate.parse(input.text(i, "date")));
            }
            results = method.evaluate(series, dates, from, to);
        } else {
            results = method.evaluate(series, from, to);
        }

        assertThat(results).hasSize(reference.size());
        assertThat(compareAllFields(referenceFile, results, reference).mismatches)
                .isEmpty();
    }

    /** Every field R's farringtonFlexible gives, week by week; the differences found are printed and returned. */
    static Comparison compareAllFields(String name, List<FarringtonResult> results, ReferenceCsv reference) {
        Comparison comparison = new Comparison(name);
        for (int row = 0; row < reference.size(); row++) {
            FarringtonResult r = results.get(row);
            comparison.exact(row, "t", r.t(), reference.number(row, "t"));
            comparison.exact(row, "observed", r.observed(), reference.number(row, "observed"));
            comparison.number(row, "upperbound", r.upperbound(), reference.number(row, "upperbound"));
            comparison.number(row, "expected", r.expected(), reference.number(row, "expected"));
            comparison.number(row, "mu0Vector", r.mu0(), reference.number(row, "mu0Vector"));
            comparison.number(row, "phi", r.phi(), reference.number(row, "phi"));
            comparison.number(row, "trendCoef", r.trendCoef(), reference.number(row, "trendCoef"));
            comparison.number(row, "pvalue", r.pvalue(), reference.number(row, "pvalue"));
            comparison.number(row, "score", r.score(), reference.number(row, "score"));
            comparison.exact(row, "alarm", r.alarm() ? 1 : 0, reference.number(row, "alarm"));
        }
        comparison.report(reference.size());
        return comparison;
    }

    /** {@code ref_farrington_sim100.csv}: 100 simulated series, last 52 weeks, Noufaily settings. */
    @Test
    void reproducesRonSimulatedSeries() {
        ReferenceCsv reference = ReferenceCsv.read(DIR + "ref_farrington_sim100.csv");
        ReferenceCsv input = ReferenceCsv.read(DIR + "input_sim100.csv");
        FarringtonFlexible method = new FarringtonFlexible(NOUFAILY);
        Comparison comparison = new Comparison("ref_farrington_sim100.csv");
        int row = 0;
        while (row < reference.size()) {
            int seriesNumber = (int) reference.number(row, "series");
            int from = (int) reference.number(row, "t");
            int end = row;
            while (end < reference.size() && reference.number(end, "series") == seriesNumber) {
                end++;
            }
            int to = (int) reference.number(end - 1, "t");
            Series series = Series.weekly(input.column("X" + seriesNumber));
            List<FarringtonResult> results = method.evaluate(series, from, to);
            for (int i = row; i < end; i++) {
                FarringtonResult r = results.get(i - row);
                comparison.exact(i, "t", r.t(), reference.number(i, "t"));
                comparison.number(i, "upperbound", r.upperbound(), reference.number(i, "upperbound"));
                comparison.exact(i, "alarm", r.alarm() ? 1 : 0, reference.number(i, "alarm"));
            }
            row = end;
        }
        comparison.report(reference.size());
        assertThat(row).isEqualTo(5200);
        assertThat(comparison.mismatches).isEmpty();
    }

    /**
     * Differences of one file, with the largest absolute and relative difference per column; also used by
     * {@link MoreReferencesUnitTests}.
     */
    static final class Comparison {
        final String file;
        final List<String> mismatches = new ArrayList<>();
        double maxAbs;
        double maxRel;
        String maxAbsAt = "-";
        String maxRelAt = "-";
        int compared;

        Comparison(String file) {
            this.file = file;
        }

        /** Equal values; NaN (R's {@code NA}, e.g. a missing count) equals NaN. */
        void exact(int row, String column, double actual, double expected) {
            if (actual != expected && !(Double.isNaN(actual) && Double.isNaN(expected))) {
                mismatches.add(String.format(Locale.ROOT, "row %d %s: %s, R %s", row + 1, column, actual, expected));
            }
        }

        void number(int row, String column, double actual, double expected) {
            if (Double.isNaN(expected) || Double.isNaN(actual)) {
                if (Double.isNaN(expected) != Double.isNaN(actual)) {
                    mismatches.add(
                            String.format(Locale.ROOT, "row %d %s: %s, R %s", row + 1, column, actual, expected));
                }
                return;
            }
            if (actual == expected) {
                compared++;
                return;
            }
            double abs = Math.abs(actual - expected);
            double rel = abs / Math.max(1, Math.abs(expected));
            compared++;
            if (abs > maxAbs) {
                maxAbs = abs;
                maxAbsAt = column + " row " + (row + 1);
            }
            if (abs / Math.abs(expected) > maxRel) {
                maxRel = abs / Math.abs(expected);
                maxRelAt = column + " row " + (row + 1) + " (R " + expected + ")";
            }
            if (!(rel <= TOLERANCE)) {
                mismatches.add(String.format(
                        Locale.ROOT, "row %d %s: %.15g, R %.15g (diff %.3g)", row + 1, column, actual, expected, abs));
            }
        }

        void report(int rows) {
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d rows, %d numbers compared, max abs diff %.3g (%s), max rel diff %.3g (%s), %d mismatches%s%n",
                    file,
                    rows,
                    compared,
                    maxAbs,
                    maxAbsAt,
                    maxRel,
                    maxRelAt,
                    mismatches.size(),
                    mismatches.isEmpty() ? "" : "; first: " + mismatches.subList(0, Math.min(5, mismatches.size())));
        }
    }
}
