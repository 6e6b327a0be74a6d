/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench.evaluation;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.signaal.access.AccessManagement;
import nl.signaal.demo.DemoData;
import nl.signaal.demo.InjectedEvent;
import nl.signaal.demo.Scenario;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;
import nl.signaal.substance.Recognition;
import nl.signaal.substance.SubstanceManagement;
import nl.signaal.surveillance.SurveillanceManagement;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Replays a scenario's data through the ingest module of a running application as they would have arrived.
 *
 * <p>The data are generated week by week ({@link DemoData#generate} with one week per batch) and every record is held
 * until the day it arrives ({@link Arrivals#arrives}). The first {@code historyWeeks} weeks are the warm-up: loaded in
 * bulk with the clock at the end of their last day, as a history for the statistics, and not evaluated. Every later
 * day is replayed on its own: the clock is set to the end of the day (Europe/Amsterdam), that day's records are
 * ingested, kind by kind, and the replay waits until the application has handled every event (no incomplete
 * publication in Spring Modulith's registry); at the end of each Sunday the statistics run over the week that ends, and
 * the replay waits again. A listener that fails is counted and reported, not retried.
 */
public final class Replay {

    /** The ingest module takes 10,000 records in one batch; the demo sends at most 5,000. */
    private static final int BATCH = 5_000;

    private final ApplicationContext context;
    private final SimulatedClock clock;
    private final Duration timeout;
    private final PrintStream progress;
    private final IngestManagement ingest;
    private final EventPublicationRegistry registry;
    private final SurveillanceManagement statistics;

    private final TreeMap<LocalDate, Map<ObservationKind, List<Observation>>> pending = new TreeMap<>();
    private final Map<ObservationKind, UUID> senders = new EnumMap<>(ObservationKind.class);
    private final Map<ObservationKind, Integer> stored = new EnumMap<>(ObservationKind.class);
    private final Set<UUID> failures = new HashSet<>();
    private int generated;
    private final List<String> failureMessages = new ArrayList<>();

    public Replay(ApplicationContext context, SimulatedClock clock, Duration timeout, PrintStream progress) {
        this.context = context;
        this.clock = clock;
        this.timeout = timeout;
        this.progress = progress;
        this.ingest = context.getBean(IngestManagement.class);
        this.registry = context.getBean(EventPublicationRegistry.class);
        this.statistics = context.getBean(SurveillanceManagement.class);
    }

    /** The end of a day in the Netherlands: when the replay ingests that day's records. */
    public static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(SignalMatching.ZONE).toInstant().minusSeconds(1);
    }

    /**
     * Replays the scenario.
     *
     * @param end the last week of data (the scenario's {@code end}, or the week for {@code auto})
     * @param historyWeeks weeks of warm-up, 0 to the scenario's weeks minus 1
     */
    public Result run(Scenario scenario, long seed, IsoWeek end, int historyWeeks) {
        DemoData demo = context.getBean(DemoData.class);
        AccessManagement access = context.getBean(AccessManagement.class);
        Map<String, UUID> organisations = new HashMap<>();
        DemoData.ORGANISATIONS.forEach((code, name) ->
                organisations.put(code, access.ensureOrganisation(code, name).id()));

        IsoWeek first = end.plusWeeks(1L - scenario.weeks());
        IsoWeek lastHistoryWeek = first.plusWeeks(historyWeeks - 1L);
        LocalDate warmUpEnd = lastHistoryWeek.sunday();
        List<IsoWeek> replayed = new ArrayList<>();
        for (IsoWeek w = lastHistoryWeek.plusWeeks(1); w.compareTo(end) <= 0; w = w.plusWeeks(1)) {
            replayed.add(w);
        }
        List<InjectedEvent> events = demo.injectedEvents(scenario, seed, end);
        EventTruth.Collector truth = new EventTruth.Collector(events);
        clock.set(endOfDay(warmUpEnd));

        long started = System.nanoTime();
        long[] warmUpNanos = {0};
        IsoWeek[] next = {first};
        Runnable finishOne = () -> {
            IsoWeek week = next[0];
            if (week.compareTo(lastHistoryWeek) <= 0) {
                long index = weeksBetween(first, week);
                if (week.equals(lastHistoryWeek) || (index + 1) % 13 == 0) {
                    ingestArrivedBy(warmUpEnd, scenario.name());
                    awaitEvents();
                    progress.printf(
                            Locale.ROOT, "warm-up: up to %s (%d of %d weeks) loaded%n", week, index + 1, historyWeeks);
                }
                if (week.equals(lastHistoryWeek)) {
                    warmUpNanos[0] = System.nanoTime() - started;
                }
            } else {
                replayWeek(week, scenario.name());
                progress.printf(
                        Locale.ROOT,
                        "replay: week %d of %d (%s) done, %,d records stored so far%n",
                        replayed.indexOf(week) + 1,
                        replayed.size(),
                        week,
                        stored.values().stream().mapToInt(Integer::intValue).sum());
            }
            next[0] = week.plusWeeks(1);
        };
        demo.generate(scenario, seed, end, 1, (organisation, kind, records) -> {
            if (records.isEmpty()) {
                return;
            }
            IsoWeek week = records.stream()
                    .map(r -> IsoWeek.of(Arrivals.happened(r)))
                    .max(IsoWeek::compareTo)
                    .orElseThrow();
            while (next[0].compareTo(week) < 0) {
                finishOne.run();
            }
            senders.put(kind, organisations.get(organisation));
            generated += records.size();
            for (Observation record : records) {
                truth.saw(record);
                pending.computeIfAbsent(Arrivals.arrives(record), d -> new EnumMap<>(ObservationKind.class))
                        .computeIfAbsent(kind, k -> new ArrayList<>())
                        .add(record);
            }
        });
        while (next[0].compareTo(end) <= 0) {
            finishOne.run();
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("records left after the last day: " + pending.firstKey());
        }
        long replayNanos = System.nanoTime() - started - warmUpNanos[0];

        SubstanceManagement substances = context.getBean(SubstanceManagement.class);
        Map<String, Set<String>> subjects = new LinkedHashMap<>();
        for (InjectedEvent event : events) {
            Recognition recognition = substances.recognise(event.substance(), null);
            Set<String> ids = new HashSet<>(recognition.structuralGroups());
            if (recognition.substance() != null) {
                ids.add(recognition.substance().id());
                ids.addAll(recognition.substance().groups());
            }
            subjects.put(event.id(), ids);
        }
        return new Result(
                truth.truths(subjects),
                first,
                end,
                warmUpEnd,
                replayed,
                generated,
                new EnumMap<>(stored),
                true,
                List.copyOf(failureMessages),
                warmUpNanos[0] / 1e9,
                replayNanos / 1e9);
    }

    private void replayWeek(IsoWeek week, String scenario) {
        for (int d = 0; d < 7; d++) {
            LocalDate day = week.monday().plusDays(d);
            clock.set(endOfDay(day));
            ingestArrivedBy(day, scenario);
            awaitEvents();
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                statistics.run(week);
                awaitEvents();
            }
        }
    }

    /** Ingests every held record that has arrived by the end of {@code day}, kind by kind, in time order. */
    private void ingestArrivedBy(LocalDate day, String scenario) {
        Map<ObservationKind, List<Observation>> due = new EnumMap<>(ObservationKind.class);
        while (!pending.isEmpty() && !pending.firstKey().isAfter(day)) {
            pending.pollFirstEntry()
                    .getValue()
                    .forEach((kind, records) ->
                            due.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(records));
        }
        due.forEach((kind, records) -> {
            UUID sender = senders.get(kind);
            if (sender == null) {
                throw new IllegalStateException("no sender for " + kind);
            }
            for (int from = 0; from < records.size(); from += BATCH) {
                List<Observation> batch = records.subList(from, Math.min(records.size(), from + BATCH));
                var report = ingest.ingest(kind, sender, batch, "evaluation:" + scenario);
                stored.merge(kind, report.stored(), Integer::sum);
            }
        });
    }

    /**
     * Waits until every event publication is complete, or has failed: a failed listener is reported once and not
     * waited for.
     *
     * @throws IllegalStateException when publications are still incomplete after the timeout
     */
    public void awaitEvents() {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Collection<TargetEventPublication> incomplete = registry.findIncompletePublications();
            int waiting = 0;
            for (TargetEventPublication publication : incomplete) {
                if (publication.getStatus() == EventPublication.Status.FAILED) {
                    if (failures.add(publication.getIdentifier())) {
                        String message = "listener "
                                + publication.getTargetIdentifier().getValue() + " failed on " + publication.getEvent();
                        failureMessages.add(message);
                        progress.println("WARNING: " + message);
                    }
                } else {
                    waiting++;
                }
            }
            if (waiting == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(waiting + " event publications still incomplete after " + timeout
                        + " (a listener is stuck or far too slow), e.g. "
                        + incomplete.iterator().next().getEvent());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for events", e);
            }
        }
    }

    private static long weeksBetween(IsoWeek from, IsoWeek to) {
        return java.time.temporal.ChronoUnit.WEEKS.between(from.monday(), to.monday());
    }

    /**
     * What the replay did.
     *
     * @param warmUpEnd the last day of the warm-up (the day before the first week when there is none)
     * @param generated records generated (each should be stored once)
     * @param statisticsRan whether the statistics ran at the end of each replayed week
     * @param listenerFailures listeners that failed on an event, one line each
     */
    public record Result(
            List<EventTruth> events,
            IsoWeek firstWeek,
            IsoWeek lastWeek,
            LocalDate warmUpEnd,
            List<IsoWeek> replayedWeeks,
            int generated,
            Map<ObservationKind, Integer> stored,
            boolean statisticsRan,
            List<String> listenerFailures,
            double warmUpSeconds,
            double replaySeconds) {

        public Result {
            events = List.copyOf(events);
            replayedWeeks = List.copyOf(replayedWeeks);
            stored = java.util.Collections.unmodifiableMap(new EnumMap<>(stored));
            listenerFailures = List.copyOf(listenerFailures);
        }

        public int storedRecords() {
            return stored.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
