/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * The space-time permutation scan (Kulldorff 2005) over incidents found more incidents with a substance in a group of
 * neighbouring GGD regions and days than the rest of the data leads one to expect. Published once per substance and
 * cluster (the same regions and first day), however often the scan runs again.
 *
 * @param substance the substance id of the incidents
 * @param regions the GGD regions of the cluster, the centre first
 * @param from the cluster's first day
 * @param to the cluster's last day
 * @param observed incidents in the cluster
 * @param expected incidents expected there under no space-time interaction
 * @param pValue the Monte Carlo p-value
 */
@Externalized("signaal.surveillance.cluster::#{substance()}")
public record SpaceTimeClusterDetected(
        UUID runId,
        String substance,
        List<String> regions,
        LocalDate from,
        LocalDate to,
        long observed,
        double expected,
        double pValue) {

    public SpaceTimeClusterDetected {
        regions = List.copyOf(regions);
    }
}
