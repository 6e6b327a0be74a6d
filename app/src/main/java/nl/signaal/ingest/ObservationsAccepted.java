/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A batch of new records was stored. Listeners read the records of {@code batchId} through the ingest module's API.
 *
 * @param stored number of new records in the batch
 */
@Externalized("signaal.ingest.accepted::#{organisationId()}")
public record ObservationsAccepted(UUID batchId, ObservationKind kind, UUID organisationId, int stored) {}
