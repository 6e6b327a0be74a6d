/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

/**
 * The Chapman (1951) estimator for two lists, {@code N = (n1 + 1)(n2 + 1) / (m + 1) - 1} with {@code m} the people on
 * both, which is nearly unbiased and finite also when the lists have no one in common. Its variance is Seber's (1970),
 * {@code (n1 + 1)(n2 + 1)(n1 - m)(n2 - m) / ((m + 1)^2 (m + 2))}; the interval is Chao's (1987) log-normal interval for
 * the unseen {@code f0 = N - n}: {@code [n + f0 / C, n + f0 C]} with {@code C = exp(1.96 sqrt(log(1 + var / f0^2)))},
 * which never falls below the number seen.
 */
public final class Chapman {

    private Chapman() {}

    public static Interval estimate(CaptureHistories histories) {
        if (histories.lists().size() != 2) {
            throw new IllegalArgumentException("Chapman's estimator is for two lists, not "
                    + histories.lists().size());
        }
        double n1 = histories.seenBy(0);
        double n2 = histories.seenBy(1);
        double m = histories.counts()[0b11];
        double n = histories.observed();
        double estimate = (n1 + 1) * (n2 + 1) / (m + 1) - 1;
        double variance = (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) * (m + 1) * (m + 2));
        double unseen = estimate - n;
        if (unseen <= 0 || variance <= 0) {
            return new Interval(estimate, estimate, estimate);
        }
        double c = Math.exp(Interval.Z_95 * Math.sqrt(Math.log(1 + variance / (unseen * unseen))));
        return new Interval(estimate, n + unseen / c, n + unseen * c);
    }
}
