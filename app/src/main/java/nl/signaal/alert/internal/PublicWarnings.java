/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import nl.signaal.alert.PublishedWarning;
import nl.signaal.alert.WarningPublished;
import nl.signaal.alert.WarningState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The warnings the public sees, kept in memory: the public pages and feeds are read far more often than warnings
 * change. The list is read again after every publication, update or cancellation (after its commit), and when the
 * first of its warnings expires.
 */
@Component
class PublicWarnings {

    /** How long a cancelled warning stays in the feeds, so their readers learn of the cancellation. */
    static final Duration CANCELLED_SHOWN = Duration.ofDays(7);

    private final AlertRepository repository;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.MIN);

    PublicWarnings(AlertRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Published, still valid warnings and recent cancellations, newest publication first. */
    List<PublishedWarning> current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (!now.isBefore(s.validUntil())) {
            s = read(now);
            snapshot = s;
        }
        return s.warnings();
    }

    @TransactionalEventListener
    void on(WarningPublished event) {
        invalidate();
    }

    void invalidate() {
        snapshot = new Snapshot(List.of(), Instant.MIN);
    }

    private Snapshot read(Instant now) {
        List<PublishedWarning> warnings = repository.published(now, now.minus(CANCELLED_SHOWN));
        // the list changes on its own when a warning expires or a cancellation leaves it, and another process (the
        // command line) may publish: read it again at least every minute
        Instant next = warnings.stream()
                .map(w -> w.state() == WarningState.PUBLISHED
                        ? w.content().validUntil()
                        : w.capSent().plus(CANCELLED_SHOWN))
                .filter(t -> t.isBefore(now.plus(Duration.ofMinutes(1))))
                .min(Comparator.naturalOrder())
                .orElse(now.plus(Duration.ofMinutes(1)));
        return new Snapshot(warnings, next);
    }

    private record Snapshot(List<PublishedWarning> warnings, Instant validUntil) {}
}
