/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock, moved by an offset that a harness may change while the application runs: registered as the
 * application's primary {@link Clock} bean, it lets records arrive "later" than the machine's today.
 */
final class ShiftedClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** From now on, the application's now is the machine's now plus {@code by}. */
    void shift(Duration by) {
        offset.set(by);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // a zoned view of the same shifted instant, as LocalDate.now(clock.withZone(...)) expects
        ShiftedClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
