/* Signaal: national drug monitoring, early warning and risk communication. */
/**
 * The mathematics of Signaal, in plain Java without Spring or a database, so that it can be unit-tested against its
 * references, benchmarked and reused: detection methods (Farrington flexible, EARS, negative-binomial CUSUM),
 * the space-time scan statistic and capture-recapture. Filled by the detection and estimation issues.
 */
@NullMarked
package nl.signaal.stats;

import org.jspecify.annotations.NullMarked;
