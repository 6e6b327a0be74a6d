/**
 * The dashboards, public and internal: trends per substance and group (weekly, monthly, yearly), the composition of
 * what drug-checking services test (MDMA per tablet, cocaine purity, adulteration, sold-as versus found), maps by GGD
 * region and province, wastewater per city and published indicators; every chart with its data as a table and as CSV,
 * small cells suppressed for the public. Owns the {@code dashboard_*} tables (composition of samples per month).
 *
 * <p>Consumes {@link nl.signaal.ingest.ObservationsAccepted}; reads counts from {@code surveillance}.
 */
@ApplicationModule(allowedDependencies = {"shared", "region", "ingest", "substance", "surveillance"})
@NullMarked
package nl.signaal.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
