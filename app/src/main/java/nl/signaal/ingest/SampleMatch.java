/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import org.jspecify.annotations.Nullable;

/**
 * Which samples are "the same product", for counting them: every given field must match, regardless of case; names
 * are compared as reported (a lab that writes another spelling of the substance is not counted).
 *
 * @param logo the tablet's logo
 * @param colour the tablet's colour
 * @param substance a substance found in the sample
 */
public record SampleMatch(
        @Nullable String logo,
        @Nullable String colour,
        @Nullable String substance) {

    public boolean isEmpty() {
        return logo == null && colour == null && substance == null;
    }
}
