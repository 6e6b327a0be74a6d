/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.ObservationsAccepted;
import nl.signaal.ingest.ReportedSubstance;
import nl.signaal.substance.Substance;
import nl.signaal.substance.SubstanceManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the weekly series up to date: counts the records of every stored batch of samples (by the batch that brought
 * their results), incidents, seizures and toxicology cases. Wastewater and indicators are measurements, not records
 * to count, and have no series here.
 *
 * <p>Batches are counted by asynchronous listeners, possibly in parallel and beside another process ({@code ./signaal
 * ingest}) writing the same database: each batch is counted in one transaction (a savepoint in the listener's, so that
 * a listener holds one connection, not two), which also records the batch as counted, so that a redelivered event
 * counts nothing; an attempt that loses a race on a new cell (or a deadlock) is rolled back to the savepoint and run
 * again.
 */
@Component
public class SeriesCounter {

    private static final Logger log = LoggerFactory.getLogger(SeriesCounter.class);
    private static final Set<ObservationKind> COUNTED = Set.of(
            ObservationKind.SAMPLE,
            ObservationKind.LAB_RESULTS,
            ObservationKind.INCIDENT,
            ObservationKind.SEIZURE,
            ObservationKind.TOXICOLOGY_CASE);
    private static final int ATTEMPTS = 10;

    private final IngestManagement ingest;
    private final SubstanceManagement substances;
    private final CountRepository counts;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SeriesCounter(
            IngestManagement ingest,
            SubstanceManagement substances,
            CountRepository counts,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.ingest = ingest;
        this.substances = substances;
        this.counts = counts;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @ApplicationModuleListener
    void on(ObservationsAccepted accepted) {
        if (COUNTED.contains(accepted.kind())) {
            count(accepted.batchId());
        }
    }

    /** Counts a stored batch into the series, once. */
    public void count(UUID batchId) {
        // one recognition per distinct name and structure in the batch; unresolved names are remembered too
        Map<String, Optional<Substance>> recognised = new HashMap<>();
        BatchCounts batch = BatchCounts.of(
                ingest.storedRecords(batchId),
                ingest.reportedSubstances(batchId),
                mention -> recognised
                        .computeIfAbsent(mention.name() + '\u0000' + mention.smiles(), k -> recognise(mention))
                        .orElse(null));
        add(batchId, batch);
    }

    /** Adds the counts of a batch unless the batch was counted before. */
    public void add(UUID batchId, BatchCounts batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> {
                    if (counts.markCounted(batchId, clock.instant())) {
                        counts.add(batch);
                    }
                });
                return;
            } catch (DataIntegrityViolationException | TransientDataAccessException e) {
                // another transaction inserted a new cell of this batch first, or a lock timed out: all rolled back
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("Counting batch {} again (attempt {}): {}", batchId, attempt + 1, e.getMessage());
            }
        }
    }

    private Optional<Substance> recognise(ReportedSubstance mention) {
        return Optional.ofNullable(
                substances.recognise(mention.name(), mention.smiles()).substance());
    }
}
