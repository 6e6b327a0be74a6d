/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;
import nl.signaal.surveillance.CountPeriod;
import nl.signaal.surveillance.RegionCount;
import nl.signaal.surveillance.SeriesKey;
import nl.signaal.surveillance.SeriesWeek;
import nl.signaal.surveillance.internal.ResultRepository.Result;
import org.springframework.stereotype.Component;

/** A series week by week, with its population and the latest statistics result of each week. */
@Component
public class SeriesReader {

    private final CountRepository counts;
    private final ResultRepository results;

    SeriesReader(CountRepository counts, ResultRepository results) {
        this.counts = counts;
        this.results = results;
    }

    public List<RegionCount> regionCounts(
            ObservationKind source,
            SeriesKey.Scope scope,
            String subject,
            CountPeriod period,
            LocalDate from,
            LocalDate to) {
        return counts.regionCounts(source, scope, subject, period, from, to);
    }

    public List<SeriesWeek> weeks(SeriesKey key, IsoWeek from, IsoWeek to) {
        LocalDate first = from.monday();
        LocalDate last = to.monday();
        Map<LocalDate, Long> observed = counts.counts(key, first, last);
        Map<LocalDate, Long> population =
                key.scope() == SeriesKey.Scope.ALL ? observed : counts.counts(key.population(), first, last);
        Map<LocalDate, Result> stored = results.results(key, AdaptiveFarrington.METHOD, first, last);
        List<SeriesWeek> weeks = new ArrayList<>();
        for (IsoWeek week = from; week.compareTo(to) <= 0; week = week.plusWeeks(1)) {
            LocalDate monday = week.monday();
            Result result = stored.get(monday);
            weeks.add(new SeriesWeek(
                    week,
                    observed.getOrDefault(monday, 0L),
                    population.getOrDefault(monday, 0L),
                    result == null ? null : result.expected(),
                    result == null ? null : result.upperbound(),
                    result != null && result.alarm()));
        }
        return weeks;
    }
}
