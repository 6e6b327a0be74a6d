/**
 * Signals: rules on every accepted record, alarms of the statistics, fused into one signal per danger (substance or
 * group, region and time window) with all its evidence, and the triage workflow with its append-only history. Owns
 * the {@code signal_*} tables.
 *
 * <p>Consumes {@link nl.signaal.ingest.ObservationsAccepted}, {@link nl.signaal.substance.SubstanceFirstDetected},
 * {@link nl.signaal.surveillance.StatisticalAlarmRaised} and {@link nl.signaal.surveillance.SpaceTimeClusterDetected}.
 * Publishes {@link nl.signaal.signal.SignalDetected} and {@link nl.signaal.signal.SignalEscalated}.
 */
@ApplicationModule(allowedDependencies = {"shared", "ingest", "substance", "surveillance"})
@NullMarked
package nl.signaal.signal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
