/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to deliver a CAP message to a subscription.
 *
 * @param status the delivery's state now: PENDING, DELIVERED or FAILED
 * @param outcome of this attempt: DELIVERED, FAILED (retried at {@code retryAt}) or GAVE_UP
 * @param response the receiver's answer: the HTTP status, or the mail server's reply
 */
record DeliveryLogEntry(
        UUID deliveryId,
        String capIdentifier,
        String messageType,
        String status,
        int attempt,
        Instant at,
        String outcome,
        @Nullable String response,
        @Nullable String error,
        @Nullable Instant retryAt) {}
