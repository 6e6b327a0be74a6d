/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An upload as the estimates page lists it. */
public record DatasetSummary(
        UUID id, String name, List<String> lists, Instant createdAt, String createdBy, long observed) {}
