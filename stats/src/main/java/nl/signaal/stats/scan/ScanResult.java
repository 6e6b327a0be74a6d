/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.scan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link SpaceTimePermutationScan} found.
 *
 * @param mostLikely the cylinder with the largest log-likelihood ratio, whatever its p-value; {@code null} when there
 *     is none (see {@code reason})
 * @param secondary further clusters, none sharing a zone with the most likely cluster or with each other, by
 *     decreasing LLR; empty when {@code mostLikely} is null
 * @param reason why there is no cluster (no cases, one zone, one day, no cylinder above its expectation), {@code null}
 *     when there is one
 * @param totalCases C, the number of cases in the data
 * @param candidateZoneSets distinct circular zone sets within the spatial limit holding at least the minimum cases
 * @param candidateWindows time windows within the temporal limit (ending on the last day in prospective mode)
 * @param replicates Monte Carlo replicates run; 0 when there is no cluster
 */
public record ScanResult(
        @Nullable SpaceTimeCluster mostLikely,
        List<SpaceTimeCluster> secondary,
        @Nullable String reason,
        int totalCases,
        int candidateZoneSets,
        int candidateWindows,
        int replicates) {

    public ScanResult {
        secondary = List.copyOf(secondary);
        if ((mostLikely == null) == (reason == null)) {
            throw new IllegalArgumentException(
                    "a result has either a most likely cluster or a reason, not " + mostLikely + " and " + reason);
        }
    }

    static ScanResult none(String reason, int totalCases, int candidateZoneSets, int candidateWindows) {
        return new ScanResult(null, List.of(), reason, totalCases, candidateZoneSets, candidateWindows, 0);
    }

    public boolean hasCluster() {
        return mostLikely != null;
    }
}
