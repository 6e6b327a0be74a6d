/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.scan;

import java.util.List;

/**
 * One space-time cylinder found by {@link SpaceTimePermutationScan}: a circular set of zones over a run of consecutive
 * days.
 *
 * @param zones the zone indices (rows of the count matrix), nearest to the centre first; the centre comes first
 * @param radiusKm great-circle distance from the centre's centroid to the farthest zone's centroid in the set
 * @param startDay first day of the window, a 0-based column of the count matrix, inclusive
 * @param endDay last day of the window, inclusive; the last day of the data in prospective mode
 * @param observed cases in the cylinder
 * @param expected cases expected in the cylinder if there were no space-time interaction: {@code sum over the cylinder
 *     of C_z * C_d / C}
 * @param relativeRisk risk inside against risk outside: {@code (observed / expected) / ((C - observed) / (C -
 *     expected))}; infinite when every case lies inside
 * @param llr the Poisson log-likelihood ratio of the cylinder
 * @param pValue {@code (1 + replicates whose largest LLR is at least this one) / (replicates + 1)}; the smallest
 *     attainable value is {@code 1 / (replicates + 1)}. Secondary clusters are compared with the same maxima, so their
 *     p-values are conservative
 * @param recurrenceIntervalDays {@code 1 / pValue}: in prospective mode, with the scan repeated every day, how many days
 *     one would wait on average for a cluster this strong by chance; NaN in retrospective mode
 */
public record SpaceTimeCluster(
        List<Integer> zones,
        double radiusKm,
        int startDay,
        int endDay,
        int observed,
        double expected,
        double relativeRisk,
        double llr,
        double pValue,
        double recurrenceIntervalDays) {

    public SpaceTimeCluster {
        zones = List.copyOf(zones);
    }

    /** The zone the circle is centred on. */
    public int centre() {
        return zones.getFirst();
    }

    /** Number of days in the window. */
    public int days() {
        return endDay - startDay + 1;
    }

    /** What SaTScan reports as "observed / expected" for this model. */
    public double observedOverExpected() {
        return observed / expected;
    }
}
