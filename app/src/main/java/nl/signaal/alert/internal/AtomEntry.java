/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One warning in an Atom feed (RFC 4287 §4.1.2).
 *
 * @param id permanent for the warning ({@code urn:uuid:...}): a new version updates the entry, it is not a new one
 * @param updated when the warning last changed (a new version, its cancellation)
 * @param published when it was first published
 * @param pageUrl the warning's public page, absolute
 * @param capUrl its newest CAP message, absolute
 * @param category a term to filter on (a severity, a substance), if any
 */
public record AtomEntry(
        String id,
        String title,
        Instant updated,
        Instant published,
        String summary,
        String pageUrl,
        String capUrl,
        @Nullable String category) {}
