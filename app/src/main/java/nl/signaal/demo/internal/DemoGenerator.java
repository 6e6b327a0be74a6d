/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.signaal.demo.InjectedEvent;
import nl.signaal.demo.Scenario;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;
import org.springframework.stereotype.Component;

/**
 * Generates a scenario's synthetic national data week by week: drug-checking samples with lab results, incidents,
 * seizures, post-mortem toxicology, wastewater and (at each year's end) the yearly indicators, with the scenario's
 * events added. Calibration and sources are in each source's generator and in {@code docs/demo-scenarios.md}.
 *
 * <p>Deterministic: the same scenario, seed and end week give the same records with the same external ids, sent in
 * the same order. Each week's records are sorted by date and numbered ({@code DC-2025-W14-0001}), so ids run in time
 * order. Only a quarter's records (at most {@link Batches#MAX} per batch) are held at a time, whatever the number of
 * weeks.
 */
@Component
public class DemoGenerator {

    /** Weeks between flushes: a quarter, so progress moves and batches stay well below their maximum. */
    private static final int FLUSH_WEEKS = 13;

    /**
     * Sends the scenario's records to {@code sink} and tells which records each event produced.
     *
     * @param end the last week of data
     * @throws IllegalArgumentException when an event of the scenario cannot be generated
     */
    public List<InjectedEvent> generate(Scenario scenario, long seed, IsoWeek end, DemoSink sink) {
        return generate(scenario, seed, end, FLUSH_WEEKS, sink);
    }

    /**
     * Sends the scenario's records to {@code sink}, every {@code flushWeeks} weeks, and tells which records each event
     * produced. With {@code flushWeeks} 1 every batch holds one week's records of one kind, in week order, which is how
     * an evaluation replays the data as they would have arrived; the records are the same whatever the interval.
     *
     * @param flushWeeks weeks between batches, at least 1 (a kind with a full batch of {@link Batches#MAX} records is
     *     sent earlier)
     * @throws IllegalArgumentException when an event of the scenario cannot be generated
     */
    public List<InjectedEvent> generate(Scenario scenario, long seed, IsoWeek end, int flushWeeks, DemoSink sink) {
        if (flushWeeks < 1) {
            throw new IllegalArgumentException("flushWeeks must be at least 1, not " + flushWeeks);
        }
        IsoWeek first = end.plusWeeks(1L - scenario.weeks());
        LocalDate lastDay = end.sunday();
        Scenario.Baseline baseline = scenario.baseline();
        SampleGenerator samples = new SampleGenerator(seed, baseline.samplesPerYear(), lastDay);
        IncidentGenerator incidents = new IncidentGenerator(seed, baseline.incidentsPerYear());
        SeizureGenerator seizures = new SeizureGenerator(seed, baseline.seizuresPerYear(), lastDay);
        ToxicologyGenerator toxicology = new ToxicologyGenerator(seed, baseline.toxicologyCasesPerYear());
        WastewaterGenerator wastewater = new WastewaterGenerator(seed);
        IndicatorGenerator indicators = new IndicatorGenerator(seed);
        EventInjector events = new EventInjector(scenario.events(), end, seed, samples, incidents, seizures);
        GroundTruth truth = new GroundTruth(events.planned());
        Batches batches = new Batches(sink, first);
        for (int w = 0; w < scenario.weeks(); w++) {
            IsoWeek week = first.plusWeeks(w);
            WeekDrafts drafts = new WeekDrafts(
                    samples.week(week), incidents.week(week), seizures.week(week), toxicology.week(week));
            events.week(week, drafts);
            batches.at(week, 100 * w / scenario.weeks());
            batches.add(
                    "demo-drugchecking",
                    ObservationKind.SAMPLE,
                    number("DC", week, drafts.samples(), ObservationKind.SAMPLE, truth));
            batches.add(
                    "demo-ambulance",
                    ObservationKind.INCIDENT,
                    number("INC", week, drafts.incidents(), ObservationKind.INCIDENT, truth));
            batches.add(
                    "demo-forensic",
                    ObservationKind.SEIZURE,
                    number("SZ", week, drafts.seizures(), ObservationKind.SEIZURE, truth));
            batches.add(
                    "demo-forensic",
                    ObservationKind.TOXICOLOGY_CASE,
                    number("TOX", week, drafts.toxicology(), ObservationKind.TOXICOLOGY_CASE, truth));
            batches.add("demo-wastewater", ObservationKind.WASTEWATER, wastewater.week(week));
            int year = week.monday().getYear();
            if (IsoWeek.of(LocalDate.of(year, 12, 31)).equals(week)) {
                // the week holding 31 December closes the year: only then are its indicators known
                batches.add("demo-monitoring", ObservationKind.INDICATOR, indicators.year(year));
            }
            batches.at(week, 100 * (w + 1) / scenario.weeks());
            if ((w + 1) % flushWeeks == 0) {
                batches.flush();
            }
        }
        batches.flush();
        return truth.events();
    }

    /** Sorts a week's drafts by date (stable: the baseline before the events) and gives them their external ids. */
    private static <R extends Observation> List<R> number(
            String prefix, IsoWeek week, List<Draft<R>> drafts, ObservationKind kind, GroundTruth truth) {
        List<Draft<R>> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparing(Draft::date));
        List<R> records = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Draft<R> draft = sorted.get(i);
            String id = "%s-%s-%04d".formatted(prefix, week, i + 1);
            records.add(draft.build().apply(id));
            if (draft.event() != null) {
                truth.add(draft.event(), kind, id);
            }
        }
        return records;
    }
}
