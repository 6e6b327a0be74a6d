/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A count series at a fixed frequency: {@code observed[i]} is the count at time point {@code i + 1}, {@link Double#NaN}
 * where the count is missing (R's {@code NA}).
 *
 * @param observed counts (non-negative whole numbers) or NaN for missing time points
 * @param population the population at each time point, for methods that use it as an offset, or {@code null}
 * @param frequency time points per year (52 for weekly data)
 */
public record Series(double[] observed, double @Nullable [] population, int frequency) {

    public Series {
        if (frequency < 1) {
            throw new IllegalArgumentException("frequency must be at least 1, not " + frequency);
        }
        for (int i = 0; i < observed.length; i++) {
            double o = observed[i];
            if (!Double.isNaN(o) && (o < 0 || o != Math.rint(o) || Double.isInfinite(o))) {
                throw new IllegalArgumentException("observed at t=" + (i + 1) + " is " + o
                        + "; counts are whole numbers of at least 0 (NaN for a missing count)");
            }
        }
        if (population != null && population.length != observed.length) {
            throw new IllegalArgumentException(
                    "population has " + population.length + " values, observed " + observed.length);
        }
        observed = observed.clone();
        population = population == null ? null : population.clone();
    }

    public static Series weekly(double... observed) {
        return new Series(observed, null, 52);
    }

    public int length() {
        return observed.length;
    }

    /** The count at 1-based time point {@code t}, NaN when missing. */
    public double observedAt(int t) {
        return observed[t - 1];
    }

    @Override
    public double[] observed() {
        return observed.clone();
    }

    @Override
    public double @Nullable [] population() {
        return population == null ? null : population.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Series s
                && frequency == s.frequency
                && Arrays.equals(observed, s.observed)
                && Arrays.equals(population, s.population);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(observed) + Arrays.hashCode(population) + frequency;
    }

    @Override
    public String toString() {
        return "Series[" + observed.length + " points, frequency " + frequency + "]";
    }
}
