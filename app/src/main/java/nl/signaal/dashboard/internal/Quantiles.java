/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import java.util.SortedMap;

/**
 * Quantiles of values known only as counts per bin of equal width, by linear interpolation within the bin that holds
 * the quantile (the grouped-data estimator, e.g. Freund, <i>Modern Elementary Statistics</i>, median of grouped data):
 * values are taken as spread evenly over their bin, so an estimate is off by at most one bin width.
 */
final class Quantiles {

    private Quantiles() {}

    /**
     * @param bins counts per bin; bin {@code b} holds values in [b × width, (b + 1) × width)
     * @param p the probability, 0 to 1
     * @return the estimate, or {@code NaN} when there are no values
     */
    static double of(SortedMap<Integer, Long> bins, int width, double p) {
        long total = bins.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Double.NaN;
        }
        double rank = p * total;
        long below = 0;
        for (var bin : bins.entrySet()) {
            long n = bin.getValue();
            if (n > 0 && below + n >= rank) {
                return (bin.getKey() + (rank - below) / n) * width;
            }
            below += n;
        }
        return (bins.lastKey() + 1.0) * width;
    }
}
