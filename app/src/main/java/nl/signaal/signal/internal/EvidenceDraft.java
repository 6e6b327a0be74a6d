/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.time.LocalDate;
import java.util.UUID;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.signal.SignalKind;
import org.jspecify.annotations.Nullable;

/**
 * Evidence a rule or an alarm produced, before it is fused into a signal.
 *
 * @param subjectScope {@code SUBSTANCE} or {@code GROUP}
 * @param signalRegion the region of the signal it belongs to: {@code NL} for what travels with a product (samples,
 *     seizures: one signal for a product wherever it is found), the GGD region for incidents and series
 * @param region where the evidence itself comes from
 * @param product the product a rule groups by, else {@code null}
 * @param dedupKey what it is about, so that the same evidence is never added twice
 */
record EvidenceDraft(
        SignalKind kind,
        String subjectScope,
        String subject,
        String subjectName,
        String signalRegion,
        @Nullable String product,
        @Nullable ObservationKind source,
        @Nullable UUID recordId,
        @Nullable String externalId,
        @Nullable String seriesKey,
        LocalDate date,
        String region,
        double strength,
        String summary,
        int ruleVersion,
        String dedupKey) {}
