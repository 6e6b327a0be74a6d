/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A sample the lab registered earlier whose results have not arrived yet, as the results page lists it (public for
 * the page's template).
 *
 * @param form the code of the sample's physical form
 */
public record AwaitingResults(
        String externalId, LocalDate sampleDate, @Nullable String soldAs, String form) {}
