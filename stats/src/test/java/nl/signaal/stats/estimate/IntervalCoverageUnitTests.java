/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The 95% intervals over 1,000 simulated populations of known size (the issue asks for at least 93%): three lists
 * seeing each person independently, and three lists of which the second is more likely to see those the first saw.
 * The intervals of the true model and of the model average must cover; the chosen (lowest AIC) model's is measured and
 * reported beside them (docs/benchmarks.md): choosing a model from the data and then ignoring that choice costs
 * coverage, which is why the page shows the average beside it.
 */
class IntervalCoverageUnitTests {

    private static final int POPULATIONS = 1_000;
    private static final int SIZE = 1_000;
    private static final List<String> LISTS = List.of("A", "B", "C");

    @Test
    void independentLists() {
        Coverage c = simulate(20261128L, false, new LogLinearModel(LISTS, List.of()));
        report("independent lists, true model A+B+C", c);
        assertThat(c.trueModel()).as("coverage of the true model").isGreaterThanOrEqualTo(0.93);
        assertThat(c.average()).as("coverage of the model average").isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void theSecondListMoreLikelyToSeeThoseTheFirstSaw() {
        Coverage c = simulate(20261129L, true, new LogLinearModel(LISTS, List.of(new int[] {0, 1})));
        report("A and B dependent, true model A+B+C+A:B", c);
        assertThat(c.trueModel()).as("coverage of the true model").isGreaterThanOrEqualTo(0.93);
        assertThat(c.average()).as("coverage of the model average").isGreaterThanOrEqualTo(0.93);
    }

    private static Coverage simulate(long seed, boolean dependent, LogLinearModel truth) {
        SplittableRandom random = new SplittableRandom(seed);
        int trueCovered = 0;
        int chosenCovered = 0;
        int averageCovered = 0;
        int chosenTrue = 0;
        for (int population = 0; population < POPULATIONS; population++) {
            long[] counts = new long[8];
            for (int person = 0; person < SIZE; person++) {
                int a = random.nextDouble() < 0.30 ? 1 : 0;
                int b = random.nextDouble() < (dependent ? (a == 1 ? 0.45 : 0.17) : 0.25) ? 1 : 0;
                int c = random.nextDouble() < 0.20 ? 1 : 0;
                counts[a << 2 | b << 1 | c]++;
            }
            CaptureHistories histories = new CaptureHistories(LISTS, counts);
            CaptureRecapture all = CaptureRecapture.estimate(histories);
            ModelEstimate model = all.models().stream()
                    .filter(m -> m.model().equals(truth.formula()))
                    .findFirst()
                    .orElseThrow();
            trueCovered += covers(model.low(), model.high()) ? 1 : 0;
            if (all.chosen() != null) {
                chosenCovered += covers(all.chosen().low(), all.chosen().high()) ? 1 : 0;
                chosenTrue += all.chosen().model().equals(truth.formula()) ? 1 : 0;
            }
            if (all.averaged() != null) {
                averageCovered += covers(all.averaged().low(), all.averaged().high()) ? 1 : 0;
            }
        }
        return new Coverage(
                trueCovered / (double) POPULATIONS,
                chosenCovered / (double) POPULATIONS,
                averageCovered / (double) POPULATIONS,
                chosenTrue / (double) POPULATIONS);
    }

    private static boolean covers(double low, double high) {
        return low <= SIZE && SIZE <= high;
    }

    private static void report(String scenario, Coverage c) {
        System.out.printf(
                Locale.ROOT,
                "coverage over %d populations of %d, %s: true model %.1f%%, chosen model %.1f%% (the true one chosen"
                        + " %.1f%%), model average %.1f%%%n",
                POPULATIONS,
                SIZE,
                scenario,
                100 * c.trueModel(),
                100 * c.chosen(),
                100 * c.chosenTrue(),
                100 * c.average());
    }

    private record Coverage(double trueModel, double chosen, double average, double chosenTrue) {}
}
