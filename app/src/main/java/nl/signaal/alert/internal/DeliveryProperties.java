/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery of warnings to subscribers.
 *
 * @param enabled whether this process sends (the server does; commands and tests do not, unless told)
 * @param poll the pause between two rounds of sending
 * @param backoff the wait after a first failed attempt; it doubles after each further failure
 * @param maxBackoff the longest wait between two attempts
 * @param giveUpAfter how long after planning a delivery that still fails is given up
 * @param timeout for connecting to a webhook and for its answer
 * @param mailFrom the sender address of warning e-mails
 */
@ConfigurationProperties("signaal.alert.delivery")
record DeliveryProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT2S") Duration poll,
        @DefaultValue("PT10S") Duration backoff,
        @DefaultValue("PT5M") Duration maxBackoff,
        @DefaultValue("P3D") Duration giveUpAfter,
        @DefaultValue("PT10S") Duration timeout,
        @DefaultValue("signaal@localhost") String mailFrom) {

    /** The wait after failed attempt {@code attempt} (1 for the first): backoff, doubled per attempt, capped. */
    Duration backoffAfter(int attempt) {
        int doublings = Math.clamp(attempt - 1, 0, 30);
        Duration wait = backoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
