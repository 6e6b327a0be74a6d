/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One danger: a substance or group in a region over a time window, with the evidence fused into it.
 *
 * @param kind the kind of its most urgent evidence
 * @param subjectScope {@code SUBSTANCE} or {@code GROUP}
 * @param subject the substance id or group id
 * @param subjectName the substance's or group's name, for people
 * @param region a GGD region code, or {@code NL}
 * @param product what the units look like (tablet logo and colour) where a rule groups evidence by product, else
 *     {@code null}
 * @param priority 1 (most urgent) to 4, of its most urgent evidence
 * @param score the sum of its evidence's strengths, to order signals of the same priority
 * @param ruleVersion the version of the rules that opened it ({@code 0} for a statistical alarm)
 * @param firstEvidenceOn the date of its earliest evidence (the record's date, not its arrival)
 * @param lastEvidenceOn the date of its latest evidence; new evidence up to the fusion window after it joins
 * @param detectedAt when it was opened
 */
public record Signal(
        UUID id,
        SignalKind kind,
        String subjectScope,
        String subject,
        String subjectName,
        String region,
        @Nullable String product,
        int priority,
        double score,
        SignalState state,
        @Nullable String assignee,
        int ruleVersion,
        LocalDate firstEvidenceOn,
        LocalDate lastEvidenceOn,
        int evidenceCount,
        Instant detectedAt,
        Instant updatedAt) {}
