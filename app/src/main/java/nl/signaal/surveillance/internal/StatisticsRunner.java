/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;
import nl.signaal.stats.detection.Detection;
import nl.signaal.surveillance.SeriesKey;
import nl.signaal.surveillance.SpaceTimeClusterDetected;
import nl.signaal.surveillance.StatisticalAlarmRaised;
import nl.signaal.surveillance.StatisticsRun;
import nl.signaal.surveillance.internal.ResultRepository.Result;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One statistics run over a week: Farrington flexible on that week of every series with a count in the last two years
 * ({@code history-weeks}), then the space-time scan over incidents. Results replace those of an earlier run of the same
 * week; an alarm or a cluster is published only the first time it is found.
 */
@Component
public class StatisticsRunner {

    private static final Logger log = LoggerFactory.getLogger(StatisticsRunner.class);

    private final CountRepository counts;
    private final ResultRepository results;
    private final IncidentScan scan;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AdaptiveFarrington farrington;
    private final int historyWeeks;

    StatisticsRunner(
            CountRepository counts,
            ResultRepository results,
            IncidentScan scan,
            ApplicationEventPublisher events,
            Clock clock,
            SurveillanceProperties properties) {
        this.counts = counts;
        this.results = results;
        this.scan = scan;
        this.events = events;
        this.clock = clock;
        this.farrington = new AdaptiveFarrington(properties.farrington().options());
        this.historyWeeks = properties.farrington().historyWeeks();
    }

    /** Runs the statistics over a week; one run at a time in this process, as two would race on the week's results. */
    @Transactional
    public synchronized StatisticsRun run(IsoWeek week) {
        long started = System.nanoTime();
        Instant startedAt = clock.instant();
        UUID runId = UUID.randomUUID();
        LocalDate monday = week.monday();
        Map<SeriesKey, long[]> series = series(monday);
        Map<ObservationKind, LocalDate> firstWeeks = counts.firstWeeks();

        List<Optional<Result>> evaluated = series.entrySet().parallelStream()
                .filter(e -> recent(e.getValue()))
                .map(e -> evaluate(
                        e.getKey(), e.getValue(), firstWeeks.get(e.getKey().source()), monday))
                .toList();
        int skipped = (int) evaluated.stream().filter(Optional::isEmpty).count();
        Set<SeriesKey> published = results.published(monday, AdaptiveFarrington.METHOD);
        List<Result> stored = evaluated.stream()
                .flatMap(Optional::stream)
                .map(r -> published.contains(r.key()) ? withPublished(r) : r)
                .toList();
        results.replace(monday, AdaptiveFarrington.METHOD, runId, stored);
        int alarms = 0;
        for (Result r : stored) {
            if (r.alarm()) {
                alarms++;
                if (!published.contains(r.key())) {
                    events.publishEvent(new StatisticalAlarmRaised(
                            runId,
                            AdaptiveFarrington.METHOD,
                            r.key(),
                            week,
                            r.observed(),
                            Objects.requireNonNull(r.expected()),
                            Objects.requireNonNull(r.upperbound())));
                }
            }
        }

        List<SpaceTimeClusterDetected> clusters = scan.clusters(runId, week);
        for (SpaceTimeClusterDetected cluster : clusters) {
            if (results.recordCluster(cluster)) {
                events.publishEvent(cluster);
            }
        }

        StatisticsRun run = new StatisticsRun(
                runId,
                week,
                stored.size(),
                skipped,
                alarms,
                clusters.size(),
                (System.nanoTime() - started) / 1_000_000);
        results.insertRun(run, startedAt);
        log.info(
                "Statistics run {} over {}: {} series evaluated, {} skipped (short history), {} alarms, {} clusters in {} ms",
                runId,
                week,
                run.seriesEvaluated(),
                run.seriesSkipped(),
                run.alarms(),
                run.clusters(),
                run.durationMillis());
        return run;
    }

    /** Every series' counts over the weeks the method may need, the last being the week run. */
    private Map<SeriesKey, long[]> series(LocalDate monday) {
        int weeks = farrington.weeksNeeded();
        LocalDate from = monday.minusWeeks(weeks - 1L);
        Map<SeriesKey, long[]> series = new HashMap<>();
        counts.eachCount(from, monday, c -> {
            long[] weekly = series.computeIfAbsent(c.key(), k -> new long[weeks]);
            weekly[(int) ChronoUnit.WEEKS.between(from, c.monday())] = c.n();
        });
        return series;
    }

    private boolean recent(long[] counts) {
        return Arrays.stream(counts, Math.max(0, counts.length - historyWeeks), counts.length)
                        .sum()
                > 0;
    }

    /** The result of the week, empty if the source's history is too short; the series starts with its source. */
    private Optional<Result> evaluate(SeriesKey key, long[] counts, @Nullable LocalDate firstWeek, LocalDate monday) {
        long available = firstWeek == null ? counts.length : ChronoUnit.WEEKS.between(firstWeek, monday) + 1;
        long[] history =
                Arrays.copyOfRange(counts, counts.length - (int) Math.min(available, counts.length), counts.length);
        return farrington.evaluate(history).map(e -> result(key, e));
    }

    private static Result result(SeriesKey key, AdaptiveFarrington.Evaluation evaluation) {
        Detection d = evaluation.detection();
        return new Result(
                key,
                (long) d.observed(),
                finite(d.expected()),
                finite(d.upperbound()),
                d.alarm(),
                d.alarm(),
                evaluation.b());
    }

    private static Result withPublished(Result r) {
        return new Result(r.key(), r.observed(), r.expected(), r.upperbound(), r.alarm(), true, r.yearsBack());
    }

    private static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
