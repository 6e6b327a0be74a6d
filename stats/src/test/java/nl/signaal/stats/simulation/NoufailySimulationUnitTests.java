/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statistical checks with fixed seeds, so they are deterministic; tolerances are five standard errors, estimated from
 * the draws themselves.
 */
class NoufailySimulationUnitTests {

    private static final int SERIES = 40;

    /**
     * Standardised baselines {@code z = (y - mu_t) / sqrt(phi mu_t)} over all weeks of many series must have mean 0 and
     * variance 1, and the counts must sum to the sum of the means.
     */
    @ParameterizedTest
    @ValueSource(
            ints = {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
                29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42
            })
    void baselineHasTheMeanAndVarianceOfTheScenario(int number) {
        NoufailyScenario scenario = NoufailyScenario.number(number);
        RandomDataGenerator random = new RandomDataGenerator(NoufailySimulation.seed(7, number, 0));
        double sumZ = 0;
        double sumZ2 = 0;
        double sumZ4 = 0;
        double sumY = 0;
        double sumMu = 0;
        long n = 0;
        for (int s = 0; s < SERIES; s++) {
            double[] y = NoufailySimulation.baseline(scenario, random);
            for (int t = 1; t <= NoufailySimulation.WEEKS; t++) {
                double z = (y[t - 1] - scenario.mean(t)) / scenario.standardDeviation(t);
                sumZ += z;
                sumZ2 += z * z;
                sumZ4 += z * z * z * z;
                sumY += y[t - 1];
                sumMu += scenario.mean(t);
                n++;
            }
        }
        double mean = sumZ / n;
        double variance = sumZ2 / n - mean * mean;
        double fourth = sumZ4 / n;
        assertThat(mean).as("mean of z").isCloseTo(0, within(5 / Math.sqrt(n)));
        assertThat(variance)
                .as("variance of z (variance / mean = phi)")
                .isCloseTo(1, within(5 * Math.sqrt((fourth - 1) / n)));
        assertThat(sumY / sumMu)
                .as("total count / total mean")
                .isCloseTo(1, within(5 * Math.sqrt(scenario.phi() / sumMu)));
    }

    /** Week by week for a seasonal scenario with trend: the mean and variance of week t across series. */
    @Test
    void baselineMeanAndVarianceHoldWeekByWeek() {
        NoufailyScenario scenario = NoufailyScenario.number(30); // set 5: theta 2.5, gamma1 1, phi 3, trend, m = 2
        RandomDataGenerator random = new RandomDataGenerator(11);
        int draws = 1500;
        int[] weeks = {1, 13, 26, 39, 300, 624};
        double[][] values = new double[weeks.length][draws];
        for (int s = 0; s < draws; s++) {
            double[] y = NoufailySimulation.baseline(scenario, random);
            for (int i = 0; i < weeks.length; i++) {
                values[i][s] = y[weeks[i] - 1];
            }
        }
        for (int i = 0; i < weeks.length; i++) {
            int t = weeks[i];
            double mean = 0;
            for (double v : values[i]) {
                mean += v / draws;
            }
            double m2 = 0;
            double m4 = 0;
            for (double v : values[i]) {
                double d = (v - mean) * (v - mean);
                m2 += d / draws;
                m4 += d * d / draws;
            }
            double phiMu = scenario.variance(t);
            assertThat(mean).as("mean at week %d", t).isCloseTo(scenario.mean(t), within(5 * Math.sqrt(phiMu / draws)));
            assertThat(m2).as("variance at week %d", t).isCloseTo(phiMu, within(5 * Math.sqrt((m4 - m2 * m2) / draws)));
        }
    }

    @Test
    void phiOneGivesPoissonCounts() {
        NoufailyScenario poisson = NoufailyScenario.number(13); // set 3, phi = 1
        assertThat(poisson.phi()).isEqualTo(1.0);
        RandomDataGenerator random = new RandomDataGenerator(3);
        int n = 50_000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            int y = NoufailySimulation.negativeBinomial(random, 4.5, 1);
            sum += y;
            sum2 += (double) y * y;
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(4.5, within(5 * Math.sqrt(4.5 / n)));
        assertThat(sum2 / n - mean * mean).isCloseTo(4.5, within(0.1));
    }

    /** The number of cases of an outbreak is Poisson(k sd_start): its mean and variance are both k sd_start. */
    @Test
    void outbreakSizeIsPoissonWithMeanKStandardDeviations() {
        NoufailyScenario scenario = NoufailyScenario.number(22); // set 4, phi 5, trend, m = 0
        RandomDataGenerator random = new RandomDataGenerator(5);
        int start = 400;
        int k = 3;
        double expected = k * Math.sqrt(scenario.phi() * scenario.mean(start));
        int n = 5_000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            double[] counts = new double[NoufailySimulation.WEEKS];
            Outbreak outbreak = NoufailySimulation.addOutbreak(counts, scenario, start, k, 575, random);
            assertThat(outbreak.expectedCases()).isCloseTo(expected, within(1e-12));
            double added = 0;
            for (double c : counts) {
                added += c;
            }
            assertThat(added).as("every case is added").isEqualTo(outbreak.cases());
            sum += outbreak.cases();
            sum2 += (double) outbreak.cases() * outbreak.cases();
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(expected, within(5 * Math.sqrt(expected / n)));
        assertThat(sum2 / n - mean * mean).isCloseTo(expected, within(0.1 * expected));
    }

    /**
     * Cases fall in week start + floor(D), D lognormal(0, 0.5): P(week = start) = P(D < 1) = 0.5, P(start + 1) =
     * Phi(2 ln 2) - 0.5 = 0.41721, P(start + 2) = Phi(2 ln 3) - Phi(2 ln 2) = 0.06988; nothing before start, and cases
     * past the last week are counted in the last week.
     */
    @Test
    void casesSpreadOverWeeksByTheLognormalDelay() {
        NoufailyScenario scenario = NoufailyScenario.number(37); // set 7, mu about 150
        RandomDataGenerator random = new RandomDataGenerator(9);
        int start = 500;
        double[] counts = new double[NoufailySimulation.WEEKS];
        long total = 0;
        for (int i = 0; i < 2000; i++) {
            Outbreak outbreak = NoufailySimulation.addOutbreak(counts, scenario, start, 10, 575, random);
            total += outbreak.cases();
            if (outbreak.hasCases()) {
                assertThat(outbreak.firstWeek()).isBetween(start, outbreak.lastWeek());
                assertThat(outbreak.lastWeek()).isBetween(start, 575);
            }
        }
        for (int t = 1; t < start; t++) {
            assertThat(counts[t - 1]).as("week %d", t).isZero();
        }
        double se = Math.sqrt(0.25 / total);
        assertThat(counts[start - 1] / total).isCloseTo(0.5, within(5 * se));
        assertThat(counts[start] / total).isCloseTo(0.41721, within(5 * se));
        assertThat(counts[start + 1] / total).isCloseTo(0.06988, within(5 * se));

        double[] late = new double[NoufailySimulation.WEEKS];
        Outbreak capped = NoufailySimulation.addOutbreak(late, scenario, 624, 10, 624, random);
        assertThat(late[623]).isEqualTo(capped.cases());
        assertThat(capped.lastWeek()).isEqualTo(624);
    }

    @Test
    void seriesHaveFourDistinctPastOutbreaksAndOneCurrent() {
        Set<Integer> ks = new HashSet<>();
        for (int r = 0; r < 200; r++) {
            NoufailyScenario scenario = NoufailyScenario.number(1 + r % 42);
            NoufailySeries series = NoufailySimulation.generate(scenario, NoufailySimulation.seed(1, 1 + r % 42, r));
            assertThat(series.pastOutbreaks()).hasSize(4);
            assertThat(series.pastOutbreaks().stream().map(Outbreak::start).distinct())
                    .hasSize(4);
            for (Outbreak past : series.pastOutbreaks()) {
                assertThat(past.start()).isBetween(313, 575);
                assertThat(past.k()).isIn(2, 3, 5, 10);
                if (past.hasCases()) {
                    assertThat(past.lastWeek()).isLessThanOrEqualTo(575);
                }
            }
            Outbreak current = series.currentOutbreak();
            assertThat(current.start()).isBetween(576, 624);
            assertThat(current.k()).isBetween(1, 10);
            ks.add(current.k());
            double[] without = series.withoutCurrentOutbreak().observed();
            double[] with = series.withCurrentOutbreak().observed();
            double added = 0;
            for (int t = 1; t <= 624; t++) {
                double difference = with[t - 1] - without[t - 1];
                assertThat(difference).isGreaterThanOrEqualTo(0);
                if (t < current.start()) {
                    assertThat(difference).isZero();
                }
                added += difference;
            }
            assertThat(added).isEqualTo(current.cases());
            if (current.hasCases()) {
                // the weeks with added cases run from firstWeek to lastWeek, as R's min(weeks):max(weeks)
                assertThat(with[current.firstWeek() - 1]).isGreaterThan(without[current.firstWeek() - 1]);
                assertThat(with[current.lastWeek() - 1]).isGreaterThan(without[current.lastWeek() - 1]);
                for (int t = current.start(); t < current.firstWeek(); t++) {
                    assertThat(with[t - 1]).isEqualTo(without[t - 1]);
                }
            } else {
                assertThat(current.firstWeek()).isZero();
            }
        }
        assertThat(ks).hasSize(10);
    }

    @Test
    void sameSeedSameSeries() {
        NoufailyScenario scenario = NoufailyScenario.number(17);
        long seed = NoufailySimulation.seed(42, 17, 3);
        assertThat(NoufailySimulation.generate(scenario, seed)).isEqualTo(NoufailySimulation.generate(scenario, seed));
        assertThat(NoufailySimulation.generate(scenario, seed).withoutCurrentOutbreak())
                .isNotEqualTo(NoufailySimulation.generate(scenario, NoufailySimulation.seed(42, 17, 4))
                        .withoutCurrentOutbreak());
        assertThat(NoufailySimulation.seed(42, 1, 2)).isNotEqualTo(NoufailySimulation.seed(42, 2, 1));
    }
}
