/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import org.jspecify.annotations.Nullable;

/**
 * What a detection method concluded at one time point.
 *
 * @param t the 1-based time point
 * @param observed the count, NaN when missing
 * @param expected the expected count, NaN where the method gives none (R's {@code NA})
 * @param upperbound the threshold the count is compared with, NaN where the method gives none
 * @param alarm the count exceeded the threshold; always false where no threshold could be computed
 * @param reason why no threshold was computed or no alarm could be raised (too short a history, missing count,
 *     fewer cases than the limit), {@code null} when the method ran normally
 */
public record Detection(
        int t,
        double observed,
        double expected,
        double upperbound,
        boolean alarm,
        @Nullable String reason) {

    /** A time point where the method gives no threshold, for the reason stated. */
    public static Detection none(int t, double observed, String reason) {
        return new Detection(t, observed, Double.NaN, Double.NaN, false, reason);
    }
}
