/**
 * Weekly series and the statistics over them: counts per (source × substance or group × region, and national), kept
 * up to date as records arrive, with the number of records of the source as the population for proportions; the
 * statistics of {@code stats/} over every series on a schedule and on demand, and the space-time scan over incidents.
 * Owns the {@code surveillance_*} tables.
 *
 * <p>Consumes {@link nl.signaal.ingest.ObservationsAccepted}. Publishes {@link
 * nl.signaal.surveillance.StatisticalAlarmRaised} and {@link nl.signaal.surveillance.SpaceTimeClusterDetected}.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "region", "ingest", "substance", "stats :: detection", "stats :: scan"})
@NullMarked
package nl.signaal.surveillance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
