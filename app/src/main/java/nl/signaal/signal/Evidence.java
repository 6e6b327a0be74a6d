/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.signaal.ingest.ObservationKind;
import org.jspecify.annotations.Nullable;

/**
 * One piece of a signal's evidence: a record a rule fired on, or a statistical alarm or cluster.
 *
 * @param source the kind of record, {@code null} for statistical evidence
 * @param recordId the record, {@code null} for statistical evidence
 * @param externalId the record's id at its sender, {@code null} for statistical evidence
 * @param date the record's date, or the last day of the alarm's week or cluster
 * @param region the record's region, or the series' or cluster's centre region
 * @param strength how strongly it points at a danger, 0 to 1: 1 for a potent opioid sold as something else, the
 *     excess over the threshold for a statistical alarm
 * @param summary what it shows, in English, for the evidence list (pages translate by {@code kind})
 * @param ruleVersion the rules version that fired, {@code 0} for statistical evidence
 */
public record Evidence(
        UUID id,
        SignalKind kind,
        @Nullable ObservationKind source,
        @Nullable UUID recordId,
        @Nullable String externalId,
        LocalDate date,
        String region,
        double strength,
        String summary,
        int ruleVersion,
        Instant addedAt) {}
