/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The population of several strata (regions, age bands, sexes) estimated apart: the sum of the strata's estimates, with
 * the standard errors taken from their intervals ({@link Interval#standardError}) added in quadrature, as for a sum of
 * independent estimates; the interval is the sum ± 1.96 se, not below the number seen in all strata together.
 */
public final class Stratified {

    private Stratified() {}

    /**
     * @param strata each stratum's estimate (e.g. its AIC-weighted average)
     * @param observed the people seen in all strata together
     * @return the combined estimate, or {@code null} when a stratum has none
     */
    public static @Nullable Interval combine(Collection<@Nullable Interval> strata, long observed) {
        double estimate = 0;
        double variance = 0;
        for (Interval stratum : strata) {
            if (stratum == null) {
                return null;
            }
            estimate += stratum.estimate();
            double se = stratum.standardError();
            variance += se * se;
        }
        double se = Math.sqrt(variance);
        return new Interval(estimate, Math.max(observed, estimate - Interval.Z_95 * se), estimate + Interval.Z_95 * se);
    }
}
