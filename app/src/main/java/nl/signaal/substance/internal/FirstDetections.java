/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.ObservationsAccepted;
import nl.signaal.ingest.ReportedSubstance;
import nl.signaal.substance.LegalStatus;
import nl.signaal.substance.Recognition;
import nl.signaal.substance.Substance;
import nl.signaal.substance.SubstanceFirstDetected;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recognises the substances of every new batch and publishes a {@link SubstanceFirstDetected} the first time a
 * substance or group is seen in the Netherlands and in each GGD region. Counted are Dutch records only, and of
 * incidents only confirmed substances. A structure that no substance has becomes a substance of its own, so an
 * unknown nitazene reported with its SMILES is a first detection of that substance, with its groups.
 */
@Component
public class FirstDetections {

    private static final Set<ObservationKind> WITH_SUBSTANCES = Set.of(
            ObservationKind.SAMPLE,
            ObservationKind.LAB_RESULTS,
            ObservationKind.SEIZURE,
            ObservationKind.TOXICOLOGY_CASE,
            ObservationKind.INCIDENT);

    private final IngestManagement ingest;
    private final SubstanceKnowledge knowledge;
    private final SubstanceRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate savepoint;
    /** Subjects known to be recorded, with a date on or after their first date; what this process has seen. */
    private final Map<Subject, LocalDate> seenBefore = new ConcurrentHashMap<>();

    FirstDetections(
            IngestManagement ingest,
            SubstanceKnowledge knowledge,
            SubstanceRepository repository,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.ingest = ingest;
        this.knowledge = knowledge;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @ApplicationModuleListener
    void on(ObservationsAccepted accepted) {
        if (WITH_SUBSTANCES.contains(accepted.kind())) {
            detect(ingest.reportedSubstances(accepted.batchId()));
        }
    }

    /**
     * Recognises the mentions and records what is seen for the first time; also used after curating a name. One batch
     * at a time in this process: batches arrive in parallel, and two may bring the same first.
     */
    @Transactional
    public synchronized void detect(List<ReportedSubstance> mentions) {
        Map<String, Recognition> recognitions = new HashMap<>();
        Map<String, Integer> unresolved = new LinkedHashMap<>();
        Map<String, List<String>> suggestions = new HashMap<>();
        Map<Subject, Seen> firsts = new LinkedHashMap<>();
        for (ReportedSubstance mention : mentions) {
            Recognition recognition =
                    recognitions.computeIfAbsent(mention.name() + '\u0000' + mention.smiles(), k -> recognise(mention));
            Substance substance = recognition.substance();
            if (substance == null) {
                unresolved.merge(mention.name(), 1, Integer::sum);
                suggestions.put(mention.name(), recognition.suggestions());
                continue;
            }
            if (!"NL".equals(mention.country()) || !mention.confirmed()) {
                continue;
            }
            Set<String> regions = new HashSet<>(Set.of("NL"));
            if (mention.regionCode() != null && mention.regionCode().startsWith("GG")) {
                regions.add(mention.regionCode());
            }
            for (String region : regions) {
                earliest(
                        firsts,
                        new Subject(SubstanceFirstDetected.Scope.SUBSTANCE, substance.id(), region),
                        mention,
                        substance);
                for (String group : substance.groups()) {
                    earliest(
                            firsts, new Subject(SubstanceFirstDetected.Scope.GROUP, group, region), mention, substance);
                }
            }
        }
        firsts.forEach(this::recordFirst);
        if (!unresolved.isEmpty()) {
            knowledge.noteUnresolved(unresolved, suggestions);
        }
    }

    private Recognition recognise(ReportedSubstance mention) {
        Recognition recognition = knowledge.recognise(mention.name(), mention.smiles());
        if (recognition.substance() == null && recognition.inchiKey() != null && mention.smiles() != null) {
            Substance stored = knowledge.storeStructure(
                    mention.name(), mention.smiles(), recognition.inchiKey(), recognition.structuralGroups());
            return new Recognition(stored, "structure", stored.inchiKey(), stored.groups(), List.of(), null);
        }
        return recognition;
    }

    private static void earliest(
            Map<Subject, Seen> firsts, Subject subject, ReportedSubstance mention, Substance substance) {
        Seen seen = firsts.get(subject);
        if (seen == null || mention.date().isBefore(seen.mention().date())) {
            firsts.put(subject, new Seen(mention, substance));
        }
    }

    private void recordFirst(Subject subject, Seen seen) {
        ReportedSubstance mention = seen.mention();
        LocalDate seenOn = seenBefore.get(subject);
        if (seenOn != null && !mention.date().isBefore(seenOn)) {
            return; // recorded on that date or earlier: nothing to store, and no savepoint round trip per batch
        }
        remember(subject, mention.date());
        boolean first;
        try {
            first = Boolean.TRUE.equals(savepoint.execute(status -> repository.recordFirst(
                    subject.scope().name(),
                    subject.subject(),
                    subject.region(),
                    mention.date(),
                    mention.kind().name(),
                    mention.recordId(),
                    clock.instant())));
        } catch (DuplicateKeyException e) {
            // another process (./signaal ingest beside the server) recorded it first
            first = false;
        }
        if (first) {
            LegalStatus status = knowledge.statusOn(seen.substance(), mention.date());
            events.publishEvent(new SubstanceFirstDetected(
                    subject.scope(),
                    subject.subject(),
                    mention.name(),
                    subject.scope() == SubstanceFirstDetected.Scope.GROUP
                            ? Set.of(subject.subject())
                            : seen.substance().groups(),
                    status.list(),
                    subject.region().equals("NL") ? null : subject.region(),
                    mention.date(),
                    mention.kind(),
                    mention.recordId()));
        }
    }

    /**
     * Remembers, once the transaction has committed, that a subject is recorded with a first date no later than {@code
     * date}: a later mention then needs no database work. Not before the commit: a batch whose transaction rolls back is
     * handled again, and must then still record what it brought.
     */
    private void remember(Subject subject, LocalDate date) {
        Runnable put = () -> seenBefore.merge(subject, date, (a, b) -> a.isBefore(b) ? a : b);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    put.run();
                }
            });
        } else {
            put.run();
        }
    }

    private record Subject(SubstanceFirstDetected.Scope scope, String subject, String region) {}

    private record Seen(ReportedSubstance mention, Substance substance) {}
}
