/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A substance named in a stored record, as reported: a lab result of a sample, a substance found in a seizure or a
 * toxicology case, or a substance involved in an incident.
 *
 * @param kind the kind of record: samples, seizures, toxicology cases or incidents
 * @param recordId the record (sample, seizure, case, incident) the substance belongs to
 * @param date the record's date (sample, seizure, death or incident date)
 * @param regionCode the record's Dutch region, {@code null} abroad or when unknown
 * @param smiles the structure the lab gave, if any
 * @param confirmed {@code false} only for an incident's merely suspected substance
 */
public record ReportedSubstance(
        ObservationKind kind,
        UUID recordId,
        LocalDate date,
        String country,
        @Nullable String regionCode,
        String name,
        @Nullable String smiles,
        boolean confirmed) {}
