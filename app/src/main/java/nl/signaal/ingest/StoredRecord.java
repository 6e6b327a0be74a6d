/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored record of a batch, whatever substances it holds: what counts the records of a source.
 *
 * @param kind samples (for samples and lab results: the samples whose results the batch brought), incidents, seizures
 *     or toxicology cases
 * @param date the record's date (sample, incident, seizure or death date)
 * @param regionCode the record's Dutch region, {@code null} abroad or when unknown
 */
public record StoredRecord(
        ObservationKind kind,
        UUID recordId,
        LocalDate date,
        String country,
        @Nullable String regionCode) {}
