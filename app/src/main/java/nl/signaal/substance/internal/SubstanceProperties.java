/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param nitazeneListingDate the date the nitazene group listing on list IA takes effect; until it is set, nitazenes
 *     are controlled only where they are named on a list
 */
@ConfigurationProperties("signaal.substance")
record SubstanceProperties(@Nullable LocalDate nitazeneListingDate) {}
