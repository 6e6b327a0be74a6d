/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Instant;
import java.util.List;

/**
 * An Atom feed of warnings (RFC 4287 §4.1.1).
 *
 * @param id a permanent IRI of the feed, which must not change when it moves ({@code urn:uuid:...} or its address)
 * @param selfUrl the feed's own absolute address
 * @param updated when any entry last changed
 */
public record AtomFeed(String id, String title, String selfUrl, Instant updated, List<AtomEntry> entries) {

    public AtomFeed {
        entries = List.copyOf(entries);
    }
}
