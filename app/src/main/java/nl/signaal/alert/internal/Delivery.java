/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One CAP message to one subscription.
 *
 * @param messageSeq the order in which the messages were issued; a subscription gets them in this order
 * @param attempts how many attempts were started
 */
record Delivery(
        UUID id,
        UUID subscriptionId,
        UUID warningId,
        int version,
        String messageType,
        String capIdentifier,
        long messageSeq,
        Status status,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt) {

    enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }
}
