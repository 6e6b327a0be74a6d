/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

/**
 * The multiplier method (EMCDDA 1997; UNAIDS/WHO 2010 guidelines on estimating the size of key populations): a benchmark
 * count {@code B} (people in treatment, say) times a multiplier {@code M}, how many people there are for each one in the
 * benchmark (the inverse of the share the benchmark sees). The uncertainty of {@code M} comes as its 95% interval; on the
 * log scale its standard error is {@code (log M_high - log M_low) / (2 × 1.96)}, and the benchmark, a count, adds
 * {@code 1 / B} to the variance of {@code log N} (delta method). The interval is {@code N exp(± 1.96 se)}.
 */
public final class Multiplier {

    private Multiplier() {}

    /**
     * @throws IllegalArgumentException when the benchmark is not positive or the multiplier is not within its interval
     */
    public static Interval estimate(long benchmark, double multiplier, double low, double high) {
        if (benchmark < 1) {
            throw new IllegalArgumentException("the benchmark count must be at least 1, not " + benchmark);
        }
        if (!(low > 0 && low <= multiplier && multiplier <= high && Double.isFinite(high))) {
            throw new IllegalArgumentException("the multiplier " + multiplier
                    + " must be positive and within its interval [" + low + ", " + high + "]");
        }
        double seLogM = (Math.log(high) - Math.log(low)) / (2 * Interval.Z_95);
        double se = Math.sqrt(seLogM * seLogM + 1.0 / benchmark);
        double estimate = benchmark * multiplier;
        return new Interval(
                estimate, estimate * Math.exp(-Interval.Z_95 * se), estimate * Math.exp(Interval.Z_95 * se));
    }
}
