/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One CAP 1.2 message as it was issued: an Alert at first publication, an Update for each new version, a Cancel.
 * Stored as written, so a receiver that asks again gets the same bytes.
 *
 * @param messageType {@code Alert}, {@code Update} or {@code Cancel}
 */
public record CapMessage(
        String identifier, UUID warningId, int version, String messageType, OffsetDateTime sent, String xml) {}
