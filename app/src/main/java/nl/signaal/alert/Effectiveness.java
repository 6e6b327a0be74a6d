/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a warning did: how fast it followed the first evidence, and whether the product it warned of still turned up in
 * samples after it (the same number of days before and after the first publication).
 *
 * @param firstEvidenceOn the date of the earliest evidence of the signal it was drafted from
 * @param signalDetectedAt when that signal was opened
 * @param fromFirstEvidence from the start of the first evidence's day to the first publication
 * @param fromDetection from the signal's opening to the first publication
 * @param match what a sample must show to count as the product ({@code null}: the warning names no product)
 * @param samplesBefore samples of the product in the {@code days} days before the first publication
 * @param samplesAfter samples of the product from the first publication on, for {@code daysAfter} days so far
 */
public record Effectiveness(
        UUID warningId,
        @Nullable Instant firstPublishedAt,
        @Nullable LocalDate firstEvidenceOn,
        @Nullable Instant signalDetectedAt,
        @Nullable Duration fromFirstEvidence,
        @Nullable Duration fromDetection,
        DeliveryCounts deliveries,
        @Nullable String match,
        int days,
        long samplesBefore,
        long samplesAfter,
        int daysAfter) {}
