/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.region;

import nl.signaal.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A Dutch region.
 *
 * @param province the province a GGD region lies in; {@code null} for provinces and the country
 */
public record Region(
        RegionCode code,
        String name,
        RegionKind kind,
        @Nullable RegionCode province) {}
