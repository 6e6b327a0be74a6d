/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.signaal.shared.IsoWeek;
import nl.signaal.signal.Evidence;
import nl.signaal.signal.Signal;
import nl.signaal.signal.SignalDetail;
import nl.signaal.signal.SignalKind;
import org.jspecify.annotations.Nullable;

/**
 * Matches the signals of a replay to the scenario's events and computes when each event was signalled.
 *
 * <p>A piece of evidence belongs to an event when
 *
 * <ul>
 *   <li>it rests on a record (rules, first detections) and that record is one the event added (kind and external id);
 *       or
 *   <li>it is statistical (an alarm or a space-time cluster, no record), its signal's subject is the event's substance
 *       or one of its groups ({@link EventTruth#subjects}), its signal's region is the event's region or {@code NL}
 *       (a national series holds the records of every region; a national event takes any region), and the evidence's week lies within the event's weeks.
 * </ul>
 *
 * A signal belongs to an event when any of its evidence does. An event was signalled when evidence of it first stood
 * in a signal: the earliest {@link Evidence#addedAt} of its evidence (simulated clock), which is the signal's {@link
 * Signal#detectedAt} when the evidence opened the signal and later when it joined a signal that was already open. The
 * delays are that day (Europe/Amsterdam) minus the day of the event's first record, and minus the day its first
 * sample, seizure or toxicology case was confirmed by a lab.
 *
 * <p>An event is evaluated when its first record reached Signaal after the warm-up. A false signal is a signal opened
 * after the warm-up that belongs to no event at all; it is counted in the ISO week it was opened.
 */
public final class SignalMatching {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The region of national signals and series, which hold the records of every region. */
    static final String NATIONAL = "NL";

    private final List<EventTruth> events;
    private final LocalDate warmUpEnd;

    /** @param warmUpEnd the last day of the warm-up; signals opened on or before it are not counted */
    public SignalMatching(List<EventTruth> events, LocalDate warmUpEnd) {
        this.events = List.copyOf(events);
        this.warmUpEnd = warmUpEnd;
    }

    /** @param replayedWeeks the weeks replayed day by day, for false signals per week */
    public Evaluation evaluate(List<SignalDetail> signals, List<IsoWeek> replayedWeeks) {
        List<EventOutcome> outcomes = new ArrayList<>();
        for (EventTruth truth : events) {
            outcomes.add(outcome(truth, signals));
        }
        Map<IsoWeek, Integer> perWeek = new TreeMap<>();
        replayedWeeks.forEach(w -> perWeek.put(w, 0));
        List<FalseSignal> falseSignals = new ArrayList<>();
        for (SignalDetail detail : signals) {
            LocalDate opened = day(detail.signal().detectedAt());
            if (!opened.isAfter(warmUpEnd)) {
                continue;
            }
            boolean belongs = events.stream()
                    .anyMatch(e -> detail.evidence().stream().anyMatch(ev -> belongs(ev, detail.signal(), e)));
            if (!belongs) {
                IsoWeek week = IsoWeek.of(opened);
                falseSignals.add(new FalseSignal(detail.signal(), week));
                perWeek.merge(week, 1, Integer::sum);
            }
        }
        falseSignals.sort(Comparator.comparing((FalseSignal f) -> f.signal().detectedAt()));
        return new Evaluation(outcomes, falseSignals, perWeek);
    }

    private EventOutcome outcome(EventTruth truth, List<SignalDetail> signals) {
        LocalDate arrival = truth.firstArrival();
        if (arrival == null || !arrival.isAfter(warmUpEnd)) {
            return EventOutcome.notEvaluated(
                    truth, arrival == null ? "no records in the data" : "first record during the warm-up");
        }
        @Nullable Evidence first = null;
        @Nullable Signal firstSignal = null;
        for (SignalDetail detail : signals) {
            for (Evidence evidence : detail.evidence()) {
                if (belongs(evidence, detail.signal(), truth)
                        && (first == null || evidence.addedAt().isBefore(first.addedAt()))) {
                    first = evidence;
                    firstSignal = detail.signal();
                }
            }
        }
        if (first == null || firstSignal == null) {
            return new EventOutcome(truth, true, null, null, null, null, false, null, null, null);
        }
        LocalDate signalled = day(first.addedAt());
        LocalDate evidenceDay = Objects.requireNonNull(truth.firstEvidence());
        LocalDate lab = truth.firstLabConfirmed();
        return new EventOutcome(
                truth,
                true,
                null,
                signalled,
                first.kind(),
                firstSignal,
                !firstSignal.detectedAt().isBefore(first.addedAt()),
                ChronoUnit.DAYS.between(evidenceDay, signalled),
                lab == null ? null : ChronoUnit.DAYS.between(lab, signalled),
                first.summary());
    }

    /** Whether a piece of evidence of a signal belongs to an event (class comment). */
    static boolean belongs(Evidence evidence, Signal signal, EventTruth truth) {
        if (evidence.source() != null && evidence.externalId() != null) {
            return truth.records().contains(RecordRef.of(evidence.source(), evidence.externalId()));
        }
        String region = truth.event().region();
        return truth.subjects().contains(signal.subject())
                && (region == null || region.equals(signal.region()) || NATIONAL.equals(signal.region()))
                && truth.event().covers(IsoWeek.of(evidence.date()));
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /**
     * What became of one event.
     *
     * @param reason why it was not evaluated, {@code null} when it was
     * @param signalledOn the day evidence of it first stood in a signal, {@code null} when it never did
     * @param kind the kind of that evidence
     * @param openedSignal whether that evidence opened its signal (rather than joining one already open)
     * @param delayDays days from its first record to {@code signalledOn}
     * @param delayFromLabDays days from its first lab-confirmed record to {@code signalledOn}
     */
    public record EventOutcome(
            EventTruth truth,
            boolean evaluated,
            @Nullable String reason,
            @Nullable LocalDate signalledOn,
            @Nullable SignalKind kind,
            @Nullable Signal signal,
            boolean openedSignal,
            @Nullable Long delayDays,
            @Nullable Long delayFromLabDays,
            @Nullable String summary) {

        static EventOutcome notEvaluated(EventTruth truth, String reason) {
            return new EventOutcome(truth, false, reason, null, null, null, false, null, null, null);
        }

        public boolean signalled() {
            return signalledOn != null;
        }
    }

    /** A signal opened after the warm-up that belongs to no event. */
    public record FalseSignal(Signal signal, IsoWeek week) {}

    /** Everything the evaluation found. */
    public record Evaluation(List<EventOutcome> events, List<FalseSignal> falseSignals, Map<IsoWeek, Integer> perWeek) {

        public Evaluation {
            events = List.copyOf(events);
            falseSignals = List.copyOf(falseSignals);
            perWeek = java.util.Collections.unmodifiableMap(new TreeMap<>(perWeek));
        }

        public List<EventOutcome> evaluated() {
            return events.stream().filter(EventOutcome::evaluated).toList();
        }

        public long signalled() {
            return evaluated().stream().filter(EventOutcome::signalled).count();
        }

        /** Median days from first evidence to signal, over the signalled events; {@code null} when none. */
        public @Nullable Double medianDelay() {
            List<Long> delays = new ArrayList<>();
            for (EventOutcome o : evaluated()) {
                if (o.delayDays() != null) {
                    delays.add(o.delayDays());
                }
            }
            return median(delays);
        }

        /** Median days from first lab-confirmed evidence to signal, over the signalled events that have one. */
        public @Nullable Double medianDelayFromLab() {
            List<Long> delays = new ArrayList<>();
            for (EventOutcome o : evaluated()) {
                if (o.delayFromLabDays() != null) {
                    delays.add(o.delayFromLabDays());
                }
            }
            return median(delays);
        }

        public double meanFalsePerWeek() {
            return perWeek.isEmpty() ? 0 : (double) falseSignals.size() / perWeek.size();
        }

        public int maxFalsePerWeek() {
            return perWeek.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        static @Nullable Double median(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            if (n == 0) {
                return null;
            }
            return n % 2 == 1 ? (double) sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        }
    }
}
