/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.signal.HistoryEntry;
import nl.signaal.signal.Signal;
import nl.signaal.signal.SignalDetail;
import nl.signaal.signal.SignalEscalated;
import nl.signaal.signal.SignalNotFoundException;
import nl.signaal.signal.SignalQuery;
import nl.signaal.signal.SignalState;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The triage workflow: new → triaged → under assessment → escalated (to a warning draft) or dismissed (with a reason);
 * assignment and comments. Every step is a line in the signal's history, which is only ever appended to.
 */
@Component
public class SignalWorkflow {

    private static final int MAX_TEXT = 2_000;

    private final SignalRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignalWorkflow(SignalRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Signal> signals(SignalQuery query) {
        return repository.list(query);
    }

    @Transactional(readOnly = true)
    public Optional<SignalDetail> find(UUID id) {
        return repository.find(id).map(s -> new SignalDetail(s, repository.evidence(id), repository.history(id)));
    }

    /** The series of a signal's statistical evidence, newest first, as {@code SOURCE|SCOPE|subject|region}. */
    @Transactional(readOnly = true)
    public List<String> seriesKeys(UUID id) {
        return repository.seriesKeys(id);
    }

    @Transactional
    public Signal move(UUID id, SignalState to, @Nullable String reason, String actor) {
        Signal signal = repository.findForUpdate(id).orElseThrow(() -> new SignalNotFoundException(id));
        if (!signal.state().next().contains(to)) {
            throw new IllegalStateException("a signal that is " + signal.state() + " cannot become " + to
                    + "; it can become " + signal.state().next());
        }
        String text = text(reason, "reason");
        if (to == SignalState.DISMISSED && text == null) {
            throw new IllegalArgumentException("say why the signal is dismissed (reason)");
        }
        Instant now = clock.instant();
        repository.updateState(id, to, now);
        repository.appendHistory(id, now, actor, "state", signal.state(), to, text);
        if (to == SignalState.ESCALATED) {
            events.publishEvent(new SignalEscalated(id, signal.subject(), signal.region(), actor));
        }
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public Signal assign(UUID id, @Nullable String assignee, String actor) {
        if (repository.findForUpdate(id).isEmpty()) {
            throw new SignalNotFoundException(id);
        }
        String who = text(assignee, "assignee");
        Instant now = clock.instant();
        repository.updateAssignee(id, who, now);
        repository.appendHistory(id, now, actor, "assigned", null, null, who);
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public HistoryEntry comment(UUID id, String text, String actor) {
        if (repository.find(id).isEmpty()) {
            throw new SignalNotFoundException(id);
        }
        String comment = text(text, "text");
        if (comment == null) {
            throw new IllegalArgumentException("a comment needs text");
        }
        Instant now = clock.instant();
        repository.appendHistory(id, now, actor, "comment", null, null, comment);
        return new HistoryEntry(now, actor, "comment", null, null, comment);
    }

    private static @Nullable String text(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is " + text.length() + " characters; at most " + MAX_TEXT);
        }
        return text.strip();
    }
}
