/**
 * Ingestion of every monitoring source: drug-checking samples and their lab results, incidents, seizures,
 * post-mortem toxicology cases, wastewater measurements and indicators, by JSON API, CSV upload and the command line,
 * with import profiles for known external files. Owns the {@code ingest_*} tables.
 *
 * <p>A batch is all-or-nothing: every problem in it is reported at once and nothing is stored until none is left.
 * Records are identified by their sending organisation and external id, so sending the same records again changes
 * nothing. Substance names are stored exactly as reported.
 *
 * <p>Publishes {@link nl.signaal.ingest.ObservationsAccepted} when a batch is stored. Consumes no events.
 */
@ApplicationModule(allowedDependencies = {"shared", "region", "access"})
@NullMarked
package nl.signaal.ingest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
