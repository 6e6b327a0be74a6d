/* Signaal: national drug monitoring, early warning and risk communication. */
/**
 * Clusters of cases in space and time: the space-time permutation scan statistic (Kulldorff et al. 2005), which needs
 * only case counts per zone and day, no population. {@link nl.signaal.stats.scan.SpaceTimePermutationScan} reads a
 * zone-by-day count matrix and the zones' centroids and gives a {@link nl.signaal.stats.scan.ScanResult}: the most
 * likely cluster and non-overlapping secondary clusters, each with a Monte Carlo p-value.
 *
 * <p>Named interface {@code scan} of the {@code stats} module, so that application modules may use it.
 */
@NamedInterface("scan")
@NullMarked
package nl.signaal.stats.scan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
