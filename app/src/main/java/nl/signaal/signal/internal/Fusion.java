/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.signal.Signal;
import nl.signaal.signal.SignalDetected;
import nl.signaal.signal.SignalKind;
import nl.signaal.signal.SignalState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Joins evidence into signals: evidence about the same subject (substance or group), region and product within the
 * fusion window joins one signal instead of opening another. A national signal takes evidence from every region, so a
 * product found all over the country is one signal. A dismissed signal keeps absorbing evidence that is no more urgent
 * than it was, so that dismissing it silences repeats; more urgent evidence opens a new signal.
 */
@Component
class Fusion {

    static final String SYSTEM = "signaal";

    private final SignalRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Fusion(SignalRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds evidence to the signal it belongs to, opening one if there is none. Called within {@link SignalWrites}, so
     * that two listeners with evidence of one danger cannot both miss the other's new signal and open two.
     *
     * @param fusionDays how many days after a signal's latest evidence new evidence still joins it
     * @return the signal, or empty when this evidence was added before (its key is unique)
     */
    Optional<Signal> add(EvidenceDraft evidence, int fusionDays) {
        return add(evidence, fusionDays, true);
    }

    /**
     * @param mayOpen whether this evidence may open a signal; if not, it only joins one that exists
     */
    Optional<Signal> add(EvidenceDraft evidence, int fusionDays, boolean mayOpen) {
        if (repository.hasEvidence(evidence.dedupKey())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        LocalDate since = evidence.date().minusDays(fusionDays);
        List<Signal> candidates = repository.candidates(
                evidence.subjectScope(), evidence.subject(), evidence.signalRegion(), evidence.product(), since);
        int priority = evidence.kind().priority();
        Optional<Signal> joined = candidates.stream()
                .filter(s -> s.state() != SignalState.DISMISSED || priority >= s.priority())
                .findFirst();
        if (joined.isEmpty() && !mayOpen) {
            return Optional.empty();
        }
        Signal signal = joined.map(s -> join(s, evidence, now)).orElseGet(() -> open(evidence, now));
        repository.insertEvidence(signal.id(), UUID.randomUUID(), evidence, now);
        return Optional.of(signal);
    }

    private Signal open(EvidenceDraft e, Instant now) {
        Signal signal = new Signal(
                UUID.randomUUID(),
                e.kind(),
                e.subjectScope(),
                e.subject(),
                e.subjectName(),
                e.signalRegion(),
                e.product(),
                e.kind().priority(),
                e.strength(),
                SignalState.NEW,
                null,
                e.ruleVersion(),
                e.date(),
                e.date(),
                1,
                now,
                now);
        repository.insertSignal(signal);
        repository.appendHistory(signal.id(), now, SYSTEM, "opened", null, SignalState.NEW, e.summary());
        events.publishEvent(
                new SignalDetected(signal.id(), signal.kind(), signal.subject(), signal.region(), signal.priority()));
        return signal;
    }

    private Signal join(Signal s, EvidenceDraft e, Instant now) {
        SignalKind kind = e.kind().priority() < s.priority() ? e.kind() : s.kind();
        Signal updated = new Signal(
                s.id(),
                kind,
                s.subjectScope(),
                s.subject(),
                s.subjectName(),
                s.region(),
                s.product(),
                kind.priority() < s.priority() ? kind.priority() : s.priority(),
                s.score() + e.strength(),
                s.state(),
                s.assignee(),
                s.ruleVersion(),
                e.date().isBefore(s.firstEvidenceOn()) ? e.date() : s.firstEvidenceOn(),
                e.date().isAfter(s.lastEvidenceOn()) ? e.date() : s.lastEvidenceOn(),
                s.evidenceCount() + 1,
                s.detectedAt(),
                now);
        repository.updateForEvidence(updated);
        if (updated.priority() < s.priority()) {
            // more urgent evidence is worth a line in the history: the queue moves the signal up
            repository.appendHistory(s.id(), now, SYSTEM, "priority", null, null, e.summary());
        }
        return updated;
    }
}
