/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored record with what was found in it, for the rules that judge each record as it arrives: a drug-checking sample
 * with its lab results, a seizure with its substances, a toxicology case with its findings, or an incident with its
 * substances.
 *
 * @param soldAs what a sample was bought as
 * @param form the physical form of a sample or seizure
 * @param severity an incident's Poisoning Severity Score (0 to 4)
 */
public record RecordFindings(
        ObservationKind kind,
        UUID recordId,
        String externalId,
        LocalDate date,
        String country,
        @Nullable String regionCode,
        @Nullable String soldAs,
        @Nullable String form,
        @Nullable String tabletLogo,
        @Nullable String tabletColour,
        @Nullable Integer severity,
        List<Finding> findings) {

    public RecordFindings {
        findings = List.copyOf(findings);
    }

    /**
     * A substance found in, or (for an incident) reported with, a record.
     *
     * @param amount the amount in {@code unit} (mg per unit, percent, ...)
     * @param confirmed {@code false} only for an incident's merely suspected substance
     */
    public record Finding(
            String substance,
            @Nullable String smiles,
            @Nullable BigDecimal amount,
            @Nullable String unit,
            @Nullable String saltForm,
            boolean confirmed) {}
}
