/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.alert.AlertManagement;
import nl.signaal.alert.Warning;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningState;
import nl.signaal.alert.WarningText;
import nl.signaal.signal.Signal;
import nl.signaal.signal.SignalKind;
import nl.signaal.signal.SignalManagement;
import nl.signaal.signal.SignalQuery;
import nl.signaal.signal.SignalState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's warnings ({@code demo/warnings.json}), so a new user sees the public pages, feeds and CAP at once: drafted
 * by the demo analyst (from the demo's signal where it found one, which is then escalated), approved by the demo
 * coordinator; the first is updated once, the last cancelled.
 */
@Component
class DemoWarnings {

    static final String ANALYST = "analyst";
    static final String COORDINATOR = "coordinator";

    private final AlertManagement alerts;
    private final SignalManagement signals;
    private final Clock clock;

    DemoWarnings(AlertManagement alerts, SignalManagement signals, Clock clock) {
        this.alerts = alerts;
        this.signals = signals;
        this.clock = clock;
    }

    /** Publishes the demo warnings unless there are warnings already; returns how many it published. */
    int publish() {
        if (!alerts.list(EnumSet.allOf(WarningState.class), 1).isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Planned> planned = read();
        for (Planned p : planned) {
            Optional<Signal> signal = signal(p);
            WarningContent content = p.content(now);
            Warning warning = alerts.draft(content, signal.map(Signal::id).orElse(null), ANALYST);
            signal.ifPresent(DemoWarnings.this::escalate);
            alerts.approve(warning.id(), COORDINATOR);
            Update update = p.update();
            if (update != null) {
                alerts.revise(warning.id(), update.apply(content), ANALYST);
                alerts.approve(warning.id(), COORDINATOR);
            }
            if (p.cancelReason() != null) {
                alerts.cancel(warning.id(), p.cancelReason(), COORDINATOR);
            }
        }
        return planned.size();
    }

    private Optional<Signal> signal(Planned p) {
        if (p.signalSubject() == null) {
            return Optional.empty();
        }
        return signals
                .signals(new SignalQuery(EnumSet.allOf(SignalState.class), p.signalKind(), null, p.signalSubject(), 10))
                .stream()
                .findFirst();
    }

    /** The analyst escalates the signal the warning answers, as she would have before drafting it. */
    private void escalate(Signal signal) {
        UUID id = signal.id();
        if (signal.state() == SignalState.NEW) {
            signals.move(id, SignalState.TRIAGED, null, ANALYST);
        }
        if (signal.state() == SignalState.NEW
                || signal.state() == SignalState.TRIAGED
                || signal.state() == SignalState.UNDER_ASSESSMENT) {
            signals.move(id, SignalState.ESCALATED, null, ANALYST);
        }
    }

    private static List<Planned> read() {
        JsonMapper json = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
        try (InputStream in = DemoWarnings.class.getResourceAsStream("/demo/warnings.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/warnings.json is missing from the classpath");
            }
            return List.of(json.readValue(in, Planned[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One demo warning as {@code demo/warnings.json} holds it: its content without a validity (valid for
     * {@code validDays} from the first start), the signal it answers, and what happens to it after publication.
     */
    record Planned(
            @Nullable String signalSubject,
            @Nullable SignalKind signalKind,
            int validDays,
            WarningContent content,
            @Nullable Update update,
            @Nullable String cancelReason) {

        WarningContent content(Instant now) {
            return new WarningContent(
                    content.nl(),
                    content.en(),
                    content.audience(),
                    content.urgency(),
                    content.severity(),
                    content.certainty(),
                    content.response(),
                    content.areas(),
                    content.features(),
                    null,
                    now.plus(Duration.ofDays(validDays)));
        }
    }

    /** A second version: new headlines and areas. */
    record Update(String nlHeadline, String enHeadline, List<String> areas) {

        WarningContent apply(WarningContent c) {
            WarningText en = c.en();
            return new WarningContent(
                    new WarningText(c.nl().event(), nlHeadline, c.nl().description(), c.nl().advice()),
                    en == null ? null : new WarningText(en.event(), enHeadline, en.description(), en.advice()),
                    c.audience(),
                    c.urgency(),
                    c.severity(),
                    c.certainty(),
                    c.response(),
                    areas,
                    c.features(),
                    c.photo(),
                    c.validUntil());
        }
    }
}
