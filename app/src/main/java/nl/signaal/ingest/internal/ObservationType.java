/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import java.util.UUID;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;
import org.jspecify.annotations.Nullable;

/**
 * How one kind of record is checked and stored. The {@link IngestPipeline} does the rest: reading, de-duplication,
 * the transaction, the report and the event.
 */
interface ObservationType<R extends Observation> {

    ObservationKind kind();

    /** The tables written, parents first. */
    List<Table> tables();

    /** Reports every problem of the record; returns the values to store or {@code null} when it had problems. */
    @Nullable
    R check(R record, Checks checks);

    /** Adds the record's rows to {@code rows}, one list per table of {@link #tables()}. */
    void write(R record, Stored stored, List<List<Object[]>> rows);

    /** What a re-sent record with this fingerprint means, given what is stored under its external id. */
    default Decision decide(@Nullable Existing existing, String fingerprint) {
        if (existing == null) {
            return Decision.NEW;
        }
        return fingerprint.equals(existing.fingerprint()) ? Decision.UNCHANGED : Decision.CONFLICT;
    }

    /** Identity of a record being stored; {@code existingId} is the stored parent it attaches to, if any. */
    record Stored(
            UUID id,
            UUID batchId,
            UUID organisationId,
            String fingerprint,
            @Nullable UUID existingId) {}

    record Existing(UUID id, @Nullable String fingerprint) {}

    enum Decision {
        NEW,
        UNCHANGED,
        CONFLICT,
        MISSING
    }
}
