/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;
import nl.signaal.surveillance.internal.SeriesReader;
import nl.signaal.surveillance.internal.StatisticsRunner;
import org.springframework.stereotype.Service;

/** The weekly series and the statistics over them: runs on demand, and the series with their results for charts. */
@Service
public class SurveillanceManagement {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final StatisticsRunner runner;
    private final SeriesReader reader;
    private final Clock clock;

    SurveillanceManagement(StatisticsRunner runner, SeriesReader reader, Clock clock) {
        this.runner = runner;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * Runs every statistic over one week of every series, synchronously. Running a week again replaces its results;
     * alarms and clusters already published are not published again.
     */
    public StatisticsRun run(IsoWeek week) {
        return runner.run(week);
    }

    /**
     * Every week from one to another (inclusive), with zeros where nothing was counted and the latest stored result of
     * Farrington flexible where a run evaluated the week.
     */
    public List<SeriesWeek> series(SeriesKey key, IsoWeek from, IsoWeek to) {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        return reader.weeks(key, from, to);
    }

    /**
     * The records of a subject per region and period, from one period start to another (inclusive; weeks by Monday,
     * months by their first day). Only the cells with records: a region or period that is absent counted none.
     */
    public List<RegionCount> regionCounts(
            ObservationKind source,
            SeriesKey.Scope scope,
            String subject,
            CountPeriod period,
            LocalDate from,
            LocalDate to) {
        return reader.regionCounts(source, scope, subject, period, from, to);
    }

    /** The last week that has ended, in Dutch time. */
    public IsoWeek lastCompleteWeek() {
        return IsoWeek.of(LocalDate.now(clock.withZone(NETHERLANDS))).plusWeeks(-1);
    }
}
