/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal;

import java.time.Instant;
import java.util.List;

/** A reported name Signaal could not recognise yet, how often it came, and the likeliest substances. */
public record UnresolvedName(
        String name, int occurrences, Instant firstSeen, Instant lastSeen, List<String> suggestions) {}
