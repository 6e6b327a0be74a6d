/**
 * Warnings: drafted by an analyst (from an escalated signal or from scratch), approved and published by a coordinator
 * who did not write them, updated in new versions, cancelled, expired; issued as CAP 1.2 messages, on public pages
 * and in Atom feeds, and delivered to subscribers (webhooks, e-mail). Owns the {@code alert_*} tables.
 *
 * <p>Consumes {@link nl.signaal.signal.SignalEscalated}. Publishes {@link nl.signaal.alert.WarningPublished}, from
 * which the deliveries to subscribers are planned.
 */
@ApplicationModule(allowedDependencies = {"shared", "access", "region", "signal", "ingest"})
@NullMarked
package nl.signaal.alert;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
