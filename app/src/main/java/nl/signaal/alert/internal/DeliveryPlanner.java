/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningPublished;
import nl.signaal.alert.WarningVersion;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Plans the deliveries of every CAP message: one per active subscription the warning concerns. It listens to
 * {@link WarningPublished} through Spring Modulith's event publication registry, the transactional outbox: the event is
 * stored in the transaction that issued the message, and offered again after a crash or restart until this listener
 * has completed. Planning twice plans nothing twice (one delivery per subscription and message), and the message is
 * marked planned in the same transaction, so the worker never sends a later message while an earlier one waits to be
 * planned.
 */
@Component
class DeliveryPlanner {

    private final DeliveryRepository deliveries;
    private final AlertRepository alerts;
    private final SubscriptionMatch match;
    private final Clock clock;

    DeliveryPlanner(DeliveryRepository deliveries, AlertRepository alerts, SubscriptionMatch match, Clock clock) {
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.match = match;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WarningPublished event) {
        long seq = deliveries
                .messageSeq(event.capIdentifier())
                .orElseThrow(() -> new IllegalStateException("no CAP message " + event.capIdentifier()));
        if (deliveries.isPlanned(seq)) {
            return;
        }
        WarningContent content = alerts.versions(event.warningId()).stream()
                .filter(v -> v.version() == event.version())
                .map(WarningVersion::content)
                .findFirst()
                .orElseThrow();
        Instant now = clock.instant();
        for (Subscription subscription : deliveries.subscriptions(true)) {
            if (match.matches(subscription, content)) {
                deliveries.insert(new Delivery(
                        UUID.randomUUID(),
                        subscription.id(),
                        event.warningId(),
                        event.version(),
                        event.messageType(),
                        event.capIdentifier(),
                        seq,
                        Delivery.Status.PENDING,
                        0,
                        now,
                        now));
            }
        }
        deliveries.markPlanned(seq, now);
    }
}
