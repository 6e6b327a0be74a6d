/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.signaal.alert.Effectiveness;
import nl.signaal.alert.IdentifyingFeatures;
import nl.signaal.alert.WarningDetail;
import nl.signaal.alert.WarningNotFoundException;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.SampleMatch;
import nl.signaal.signal.Signal;
import nl.signaal.signal.SignalDetail;
import nl.signaal.signal.SignalManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A warning's effectiveness: time from the first evidence and from the signal to the first publication, deliveries
 * made, and samples of the product before and after (the same window on both sides, so the counts compare; the after
 * window grows until it is as long as the before window).
 */
@Component
public class EffectivenessReport {

    /** Four weeks each side: drug-checking services see a product again within weeks if it is still sold. */
    static final int DAYS = 28;

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final AlertDesk desk;
    private final SignalManagement signals;
    private final IngestManagement ingest;
    private final Deliveries deliveries;
    private final Clock clock;

    EffectivenessReport(
            AlertDesk desk, SignalManagement signals, IngestManagement ingest, Deliveries deliveries, Clock clock) {
        this.desk = desk;
        this.signals = signals;
        this.ingest = ingest;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public Effectiveness of(UUID warningId) {
        WarningDetail detail = desk.find(warningId).orElseThrow(() -> new WarningNotFoundException(warningId));
        Instant published = detail.warning().firstPublishedAt();
        UUID signalId = detail.warning().signalId();
        Optional<Signal> signal =
                signalId == null ? Optional.empty() : signals.find(signalId).map(SignalDetail::signal);
        LocalDate firstEvidence = signal.map(Signal::firstEvidenceOn).orElse(null);
        Instant detected = signal.map(Signal::detectedAt).orElse(null);
        IdentifyingFeatures features =
                detail.published().orElse(detail.latest()).content().features();
        SampleMatch match = new SampleMatch(features.logo(), features.colour(), features.substance());
        long before = 0;
        long after = 0;
        int daysAfter = 0;
        if (published != null && !match.isEmpty()) {
            LocalDate day = published.atZone(AMSTERDAM).toLocalDate();
            LocalDate today = clock.instant().atZone(AMSTERDAM).toLocalDate();
            LocalDate end = min(day.plusDays(DAYS - 1), today);
            before = ingest.countSamples(match, day.minusDays(DAYS), day.minusDays(1));
            after = ingest.countSamples(match, day, end);
            daysAfter = (int) ChronoUnit.DAYS.between(day, end) + 1;
        }
        return new Effectiveness(
                warningId,
                published,
                firstEvidence,
                detected,
                between(
                        firstEvidence == null
                                ? null
                                : firstEvidence.atStartOfDay(AMSTERDAM).toInstant(),
                        published),
                between(detected, published),
                deliveries.counts(warningId),
                match.isEmpty() ? null : describe(match),
                DAYS,
                before,
                after,
                daysAfter);
    }

    private static String describe(SampleMatch match) {
        return Stream.of(match.colour(), match.logo(), match.substance())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
    }

    private static @Nullable Duration between(@Nullable Instant from, @Nullable Instant to) {
        return from == null || to == null ? null : Duration.between(from, to);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
