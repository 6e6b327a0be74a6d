/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import static nl.signaal.stats.detection.EarsParityUnitTests.column;
import static nl.signaal.stats.detection.EarsParityUnitTests.readCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.signaal.stats.ReferenceFiles;
import nl.signaal.stats.detection.NegativeBinomialCusum.InControlMean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The NB/Poisson CUSUM against R surveillance 1.20.3 {@code algo.glrnb} and against brute-force recomputation. */
class NegativeBinomialCusumUnitTests {

    private static final double TOLERANCE = 1e-6;

    private static final Series AGONA =
            Series.weekly(column(readCsv(ReferenceFiles.file("stats/input_salmonella.agona.csv")), "observed"));

    @ParameterizedTest
    @ValueSource(strings = {"lrcusum", "glrnb"})
    void everyRowMatchesR(String chart) {
        List<Map<String, String>> rows = readCsv(ReferenceFiles.file("stats/ref_glrnb_salmonella.agona.csv"));
        double alpha = Double.parseDouble(rows.getFirst().get("alpha"));
        int from = Integer.parseInt(rows.getFirst().get("t"));
        int to = Integer.parseInt(rows.getLast().get("t"));
        InControlMean mu0 = InControlMean.from(from, column(rows, "mu0"));
        NegativeBinomialCusum method = chart.equals("lrcusum")
                ? NegativeBinomialCusum.lrCusum(mu0, alpha, Math.log(2))
                : NegativeBinomialCusum.glr(mu0, alpha);

        List<Detection> detections = method.detect(AGONA, from, to);

        assertThat(detections).hasSize(rows.size()).hasSize(49);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            Detection d = detections.get(i);
            double expected = Double.parseDouble(row.get(chart + "_stat"));
            assertThat(d.t()).isEqualTo(Integer.parseInt(row.get("t")));
            assertThat(d.observed()).isEqualTo(Double.parseDouble(row.get("observed")));
            assertThat(d.expected()).isEqualTo(Double.parseDouble(row.get("mu0")));
            assertThat(d.upperbound())
                    .as("%s statistic at t=%d", chart, d.t())
                    .isCloseTo(expected, within(TOLERANCE * Math.max(1, Math.abs(expected))));
            assertThat(d.alarm())
                    .as("alarm at t=%d", d.t())
                    .isEqualTo(row.get(chart + "_alarm").equals("1"));
        }
    }

    @Test
    void theReferenceMeanIsTheMeanOfTheWeeksBefore() {
        double[] y = AGONA.observed();
        double mean = Arrays.stream(y, 0, 263).average().orElseThrow();
        assertThat(mean).isCloseTo(2.85931558935361, within(1e-13));
        assertThat(NegativeBinomialCusum.glr(InControlMean.constant(mean), 0.5).detect(AGONA, 264, 312))
                .extracting(Detection::upperbound)
                .first()
                .satisfies(v -> assertThat(v).isCloseTo(1.67191944788028, within(1e-9)));
    }

    @Test
    void lrCusumRestartsAfterEachAlarmAsR() {
        double mu0 = 2.85931558935361;
        double alpha = 0.5;
        double kappa = Math.log(2);
        double threshold = 1.2;
        List<Detection> d = NegativeBinomialCusum.lrCusum(InControlMean.constant(mu0), alpha, kappa)
                .withCArl(threshold)
                .detect(AGONA, 264, 312);

        double s = 0;
        List<Integer> alarms = new ArrayList<>();
        for (Detection x : d) {
            double z = kappa * x.observed()
                    + (x.observed() + 1 / alpha) * Math.log((1 + alpha * mu0) / (1 + alpha * mu0 * Math.exp(kappa)));
            s = Math.max(0, s + z);
            assertThat(x.upperbound()).isCloseTo(s, within(1e-12));
            assertThat(x.alarm()).isEqualTo(s > threshold);
            if (s > threshold) {
                alarms.add(x.t());
                s = 0;
            }
        }
        assertThat(alarms).contains(264).hasSizeGreaterThan(1);
    }

    @Test
    void poissonLrCusum() {
        double kappa = Math.log(1.5);
        List<Detection> d = NegativeBinomialCusum.lrCusum(InControlMean.constant(2), 0, kappa)
                .detect(Series.weekly(4, 0, 5, 6), 1, 4);
        double s1 = Math.max(0, kappa * 4 + (1 - 1.5) * 2);
        double s2 = Math.max(0, s1 + (1 - 1.5) * 2);
        double s3 = Math.max(0, s2 + kappa * 5 + (1 - 1.5) * 2);
        double[] expected = {s1, s2, s3, s3 + kappa * 6 - 1};
        for (int i = 0; i < 4; i++) {
            assertThat(d.get(i).upperbound()).isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void glrEqualsABruteForceMaximisationAndRestartsAfterAnAlarm() {
        for (double alpha : new double[] {0, 0.5}) {
            double mu0 = 2.85931558935361;
            double threshold = 2.5;
            List<Detection> d = NegativeBinomialCusum.glr(InControlMean.constant(mu0), alpha)
                    .withCArl(threshold)
                    .detect(AGONA, 264, 312);
            double[] y = AGONA.observed();
            int start = 264;
            int alarms = 0;
            for (Detection x : d) {
                double best = 0;
                for (int k = start; k <= x.t(); k++) {
                    best = Math.max(best, bruteForce(y, k, x.t(), mu0, alpha));
                }
                assertThat(x.upperbound()).as("alpha %s, t=%d", alpha, x.t()).isCloseTo(best, within(1e-6));
                assertThat(x.alarm()).isEqualTo(best >= threshold);
                if (x.alarm()) {
                    alarms++;
                    start = x.t() + 1;
                }
            }
            assertThat(alarms).as("alarms with alpha %s", alpha).isPositive();
        }
    }

    /** sup over kappa >= 0 of the log likelihood ratio of the segment k..n, by golden-section search. */
    private static double bruteForce(double[] y, int k, int n, double mu0, double alpha) {
        double lo = 0;
        double hi = 10;
        double g = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 200; i++) {
            double a = hi - g * (hi - lo);
            double b = lo + g * (hi - lo);
            if (llr(y, k, n, mu0, alpha, a) < llr(y, k, n, mu0, alpha, b)) {
                lo = a;
            } else {
                hi = b;
            }
        }
        return Math.max(llr(y, k, n, mu0, alpha, 0), llr(y, k, n, mu0, alpha, (lo + hi) / 2));
    }

    private static double llr(double[] y, int k, int n, double mu0, double alpha, double kappa) {
        double sum = 0;
        for (int t = k; t <= n; t++) {
            double x = y[t - 1];
            sum += alpha == 0
                    ? kappa * x + (1 - Math.exp(kappa)) * mu0
                    : kappa * x + (x + 1 / alpha) * Math.log((1 + alpha * mu0) / (1 + alpha * mu0 * Math.exp(kappa)));
        }
        return sum;
    }

    @Test
    void allZeroSeriesNeverAlarmsEvenWithAZeroMean() {
        Series zeros = Series.weekly(new double[20]);
        for (double mu0 : new double[] {0, 1.5}) {
            for (double alpha : new double[] {0, 0.5}) {
                for (NegativeBinomialCusum m : List.of(
                        NegativeBinomialCusum.glr(InControlMean.constant(mu0), alpha),
                        NegativeBinomialCusum.lrCusum(InControlMean.constant(mu0), alpha, Math.log(2)))) {
                    assertThat(m.detect(zeros, 1, 20)).allSatisfy(d -> {
                        assertThat(d.upperbound()).isZero();
                        assertThat(d.alarm()).isFalse();
                        assertThat(d.reason()).isNull();
                    });
                }
            }
        }
    }

    @Test
    void anEnormousSpikeAlarmsAtOnceAndTheChartStartsAgain() {
        double[] y = new double[12];
        Arrays.fill(y, 2);
        y[5] = 1e7;
        for (NegativeBinomialCusum m : List.of(
                NegativeBinomialCusum.glr(InControlMean.constant(2), 0.3),
                NegativeBinomialCusum.glr(InControlMean.constant(2), 0),
                NegativeBinomialCusum.lrCusum(InControlMean.constant(2), 0.3, Math.log(2)))) {
            List<Detection> d = m.detect(Series.weekly(y), 1, 12);
            assertThat(d)
                    .extracting(Detection::alarm)
                    .as(m.toString())
                    .containsExactly(false, false, false, false, false, true, false, false, false, false, false, false);
            assertThat(d.get(5).upperbound()).isFinite().isGreaterThan(1000);
            assertThat(d.get(6).upperbound()).isLessThan(1);
        }
    }

    @Test
    void aMissingCountIsLeftOutWithAReason() {
        double[] y = {3, 5, Double.NaN, 6, 7};
        double[] without = {3, 5, 6, 7};
        NegativeBinomialCusum lr = NegativeBinomialCusum.lrCusum(InControlMean.constant(2), 0.5, Math.log(2));
        List<Detection> d = lr.detect(Series.weekly(y), 1, 5);
        List<Detection> reference = lr.detect(Series.weekly(without), 1, 4);
        assertThat(d.get(2).reason()).startsWith("count missing");
        assertThat(d.get(2).alarm()).isFalse();
        assertThat(d.get(2).upperbound()).isEqualTo(d.get(1).upperbound());
        assertThat(d.get(4).upperbound()).isCloseTo(reference.get(3).upperbound(), within(1e-12));

        NegativeBinomialCusum glr = NegativeBinomialCusum.glr(InControlMean.constant(2), 0.5);
        assertThat(glr.detect(Series.weekly(y), 1, 5).get(4).upperbound())
                .isCloseTo(glr.detect(Series.weekly(without), 1, 4).get(3).upperbound(), within(1e-9));
    }

    @Test
    void mu0MustCoverTheRange() {
        NegativeBinomialCusum m = NegativeBinomialCusum.glr(InControlMean.from(3, 1, 1, 1), 0.5);
        assertThat(m.firstEvaluable(AGONA)).isEqualTo(3);
        assertThat(m.detect(AGONA, 3, 5)).hasSize(3);
        assertThatThrownBy(() -> m.detect(AGONA, 2, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mu0 is given for t=3..5");
        assertThatThrownBy(() -> m.detect(AGONA, 3, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NegativeBinomialCusum.glr(InControlMean.constant(1), -0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windowLimitedGlr() {
        // with M = 0 only the current point is a change point (NB); Poisson needs M >= Mtilde
        NegativeBinomialCusum nb =
                NegativeBinomialCusum.glr(InControlMean.constant(2), 0.5).withM(0);
        List<Detection> d = nb.detect(Series.weekly(4, 4, 4), 1, 3);
        assertThat(d)
                .extracting(Detection::upperbound)
                .allSatisfy(v -> assertThat(v).isCloseTo(bruteForce(new double[] {4}, 1, 1, 2, 0.5), within(1e-6)));

        NegativeBinomialCusum poisson =
                NegativeBinomialCusum.glr(InControlMean.constant(2), 0).withM(2);
        List<Detection> p = poisson.detect(Series.weekly(4, 4, 4, 4, 0, 0, 0), 1, 7);
        // R glr_cusum_window: nothing at n < Mtilde, then change points k in max(0,n-M)..n-Mtilde
        assertThat(p.getFirst().upperbound()).isZero();
        double[] y = {4, 4, 4, 4, 0, 0, 0};
        double expected = Math.max(bruteForce(y, 2, 4, 2, 0), bruteForce(y, 3, 4, 2, 0));
        assertThat(p.get(3).upperbound()).isCloseTo(expected, within(1e-6));
    }
}
