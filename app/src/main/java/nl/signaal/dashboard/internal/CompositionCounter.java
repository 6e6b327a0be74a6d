/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.ObservationsAccepted;
import nl.signaal.substance.Substance;
import nl.signaal.substance.SubstanceManagement;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the composition tables up to date: every stored batch is marked counted once (in a savepoint of the listener's
 * transaction, so a redelivered event counts nothing), and the samples whose results a batch brought are added. An
 * attempt that loses a race on a new cell is rolled back to the savepoint and run again, as in the surveillance counts.
 */
@Component
class CompositionCounter {

    private static final Set<ObservationKind> WITH_RESULTS =
            Set.of(ObservationKind.SAMPLE, ObservationKind.LAB_RESULTS);
    private static final int ATTEMPTS = 10;

    private final IngestManagement ingest;
    private final SubstanceManagement substances;
    private final CompositionRepository composition;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CompositionCounter(
            IngestManagement ingest,
            SubstanceManagement substances,
            CompositionRepository composition,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.ingest = ingest;
        this.substances = substances;
        this.composition = composition;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @ApplicationModuleListener
    void on(ObservationsAccepted accepted) {
        count(accepted.batchId(), accepted.kind());
    }

    void count(UUID batchId, ObservationKind kind) {
        SampleCells cells = WITH_RESULTS.contains(kind) ? cells(batchId) : new SampleCells(Map.of(), Map.of());
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> {
                    if (composition.markCounted(batchId, clock.instant()) && !cells.isEmpty()) {
                        composition.add(cells);
                    }
                });
                return;
            } catch (DataIntegrityViolationException | TransientDataAccessException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private SampleCells cells(UUID batchId) {
        // one recognition per distinct name in the batch
        Map<String, Optional<String>> recognised = new HashMap<>();
        return SampleCells.of(
                ingest.findings(batchId),
                name -> recognised
                        .computeIfAbsent(
                                name,
                                n -> Optional.ofNullable(
                                                substances.recognise(n, null).substance())
                                        .map(Substance::id))
                        .orElse(null));
    }
}
