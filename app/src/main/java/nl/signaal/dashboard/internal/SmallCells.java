/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import org.jspecify.annotations.Nullable;

/**
 * Small-cell suppression for public figures (DESIGN §8): a count of people or records from 1 to {@code minimum - 1}
 * is not published, nor a share, mean or quantile computed from fewer than {@code minimum}. Zero is published: it
 * singles out nobody. Monitoring staff see exact figures.
 *
 * <p>This is primary suppression only: a reader who subtracts published totals can sometimes recover a suppressed
 * cell (docs/dashboards.md).
 */
record SmallCells(int minimum, boolean exact) {

    /** A count as it may be shown. */
    Object count(long n) {
        return !exact && n > 0 && n < minimum ? DataTable.SUPPRESSED : n;
    }

    /** A figure computed from {@code n} records, as it may be shown; {@code null} stays null (no value). */
    @Nullable
    Object figure(@Nullable Double value, long n) {
        if (value == null) {
            return null;
        }
        return !exact && n < minimum ? DataTable.SUPPRESSED : value;
    }
}
