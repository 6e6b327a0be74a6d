/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.alert.CapMessage;
import nl.signaal.alert.WarningVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the planned deliveries. Per subscription only its oldest pending delivery may go, and only when every message
 * issued before it has been planned: so a subscriber always gets the messages in the order they were issued, also
 * after it was down for a while. A failure waits (10 s, doubling, at most 5 minutes by default) and is retried; after
 * {@code give-up-after} it is given up and the next message goes. Every attempt is logged. No transaction is open
 * while a message is on the wire.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final AlertRepository alerts;
    private final AlertProperties alertProperties;
    private final DeliveryProperties properties;
    private final Map<Subscription.Channel, DeliverySender> senders = new EnumMap<>(Subscription.Channel.class);
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeliveryWorker(
            DeliveryRepository deliveries,
            AlertRepository alerts,
            AlertProperties alertProperties,
            DeliveryProperties properties,
            List<DeliverySender> senders,
            TransactionTemplate transactions,
            Clock clock) {
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.alertProperties = alertProperties;
        this.properties = properties;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${signaal.alert.delivery.poll:PT2S}")
    void poll() {
        if (properties.enabled()) {
            sendDue();
        }
    }

    /** One round: the due head of every subscription's queue; returns how many were sent. */
    int sendDue() {
        int sent = 0;
        for (Delivery head : deliveries.heads()) {
            if (head.nextAttemptAt().isAfter(clock.instant())
                    || deliveries.earlierUnplanned(head.messageSeq(), head.warningId())) {
                continue;
            }
            Optional<Subscription> subscription = deliveries.subscription(head.subscriptionId());
            if (subscription.isEmpty() || !subscription.get().active()) {
                continue;
            }
            if (attempt(subscription.get(), head)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean attempt(Subscription subscription, Delivery delivery) {
        int attempt = delivery.attempts() + 1;
        try {
            String response = senders.get(subscription.channel()).send(subscription, delivery, outgoing(delivery));
            transactions.executeWithoutResult(
                    t -> deliveries.delivered(delivery.id(), attempt, clock.instant(), response));
            return true;
        } catch (DeliverySender.DeliveryFailedException e) {
            Instant now = clock.instant();
            boolean giveUp = !now.isBefore(delivery.createdAt().plus(properties.giveUpAfter()));
            @Nullable Instant retry = giveUp ? null : now.plus(properties.backoffAfter(attempt));
            transactions.executeWithoutResult(t -> deliveries.failed(
                    delivery.id(), attempt, now, e.response(), String.valueOf(e.getMessage()), retry));
            if (giveUp) {
                log.warn(
                        "Gave up delivering {} to subscription {} after {} attempts: {}",
                        delivery.capIdentifier(),
                        subscription.id(),
                        attempt,
                        e.getMessage());
            }
            return false;
        }
    }

    private OutgoingMessage outgoing(Delivery delivery) {
        UUID warning = delivery.warningId();
        CapMessage cap = alerts.message(delivery.capIdentifier()).orElseThrow();
        WarningVersion version = alerts.versions(warning).stream()
                .filter(v -> v.version() == delivery.version())
                .findFirst()
                .orElseThrow();
        String base = alertProperties.publicUrl();
        return new OutgoingMessage(
                cap, version.content(), base + "/warnings/" + warning, base + "/api/v1/warnings/" + warning + ".cap");
    }
}
