/**
 * Regions by CBS code: the country, its 12 provinces and 25 GGD regions, and the places (municipalities) that lie in
 * each GGD region. Owns the {@code region_*} tables. Publishes no events and consumes none; other modules ask
 * {@link nl.signaal.region.Regions} to check a code or to find the GGD region of a place, and
 * {@link nl.signaal.region.RegionOutlines} for the outline of a region on the maps the application serves.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package nl.signaal.region;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
