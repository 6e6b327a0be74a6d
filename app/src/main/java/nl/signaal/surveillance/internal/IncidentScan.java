/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.signaal.shared.IsoWeek;
import nl.signaal.stats.scan.ScanResult;
import nl.signaal.stats.scan.SpaceTimeCluster;
import nl.signaal.stats.scan.SpaceTimePermutationScan;
import nl.signaal.surveillance.SpaceTimeClusterDetected;
import nl.signaal.surveillance.internal.CountRepository.DayCount;
import org.springframework.stereotype.Component;

/**
 * The prospective space-time permutation scan (Kulldorff et al. 2005, {@link SpaceTimePermutationScan}) over the
 * incidents of each substance in the last days up to the Sunday of a week, with the 25 GGD regions as zones placed at
 * their centroids. Substances with fewer incidents than the configured minimum are not scanned: with few cases the
 * permutation distribution is too coarse for a small p-value. The most likely and the secondary clusters below the
 * p-value threshold are reported. The scan looks for sudden local outbreaks; a rise lasting weeks is left to Farrington
 * on the regional series (docs/surveillance.md says why). It assumes that the population at risk shifts alike in every
 * region over the period; keep the period short (four weeks by default).
 */
@Component
public class IncidentScan {

    private final CountRepository counts;
    private final SurveillanceProperties.Scan properties;
    private final SpaceTimePermutationScan scan;
    private final GgdCentroids zones = GgdCentroids.shipped();

    IncidentScan(CountRepository counts, SurveillanceProperties properties) {
        this.counts = counts;
        this.properties = properties.scan();
        this.scan = new SpaceTimePermutationScan(this.properties.options());
    }

    /** The clusters below the p-value threshold in the period ending on the week's Sunday, by substance. */
    public List<SpaceTimeClusterDetected> clusters(UUID runId, IsoWeek week) {
        LocalDate last = week.sunday();
        LocalDate first = last.minusDays(properties.days() - 1L);
        Map<String, int[][]> bySubstance = new TreeMap<>();
        for (DayCount count : counts.incidentDays(first, last)) {
            int zone = zones.indexOf(count.region());
            if (zone < 0) {
                continue;
            }
            int day = (int) ChronoUnit.DAYS.between(first, count.day());
            int[][] matrix = bySubstance.computeIfAbsent(
                    count.substance(), s -> new int[zones.codes().size()][properties.days()]);
            matrix[zone][day] += (int) count.n();
        }
        List<SpaceTimeClusterDetected> clusters = new ArrayList<>();
        bySubstance.forEach((substance, matrix) -> {
            if (total(matrix) < properties.minIncidents()) {
                return;
            }
            ScanResult result = scan.scan(matrix, zones.latitudes(), zones.longitudes());
            if (result.mostLikely() == null) {
                return;
            }
            List<SpaceTimeCluster> found = new ArrayList<>(List.of(result.mostLikely()));
            found.addAll(result.secondary());
            for (SpaceTimeCluster cluster : found) {
                if (cluster.pValue() < properties.pThreshold()) {
                    clusters.add(new SpaceTimeClusterDetected(
                            runId,
                            substance,
                            cluster.zones().stream().map(zones.codes()::get).toList(),
                            first.plusDays(cluster.startDay()),
                            first.plusDays(cluster.endDay()),
                            cluster.observed(),
                            cluster.expected(),
                            cluster.pValue()));
                }
            }
        });
        return clusters;
    }

    private static long total(int[][] matrix) {
        long total = 0;
        for (int[] row : matrix) {
            for (int n : row) {
                total += n;
            }
        }
        return total;
    }
}
