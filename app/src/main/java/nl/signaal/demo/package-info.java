/**
 * Synthetic national data for demonstration and evaluation: five years of drug-checking samples, incidents, seizures,
 * toxicology cases, wastewater and indicators, calibrated to published Dutch figures, with the events a scenario file
 * describes injected. Stores nothing itself: everything goes through the ingest module like any other source. On a
 * first start with an empty database it creates the demo organisations and accounts and loads the default scenario in
 * the background, then runs the weekly statistics over its last weeks and publishes the demo warnings (one updated,
 * one cancelled). Publishes no events; consumes none.
 */
@ApplicationModule(allowedDependencies = {"shared", "region", "access", "ingest", "surveillance", "signal", "alert"})
@NullMarked
package nl.signaal.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
