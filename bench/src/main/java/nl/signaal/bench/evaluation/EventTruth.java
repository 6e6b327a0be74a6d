/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.signaal.demo.InjectedEvent;
import nl.signaal.ingest.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The ground truth of one event with the dates of its records, as the evaluation needs them.
 *
 * @param records the records the event added
 * @param subjects the substance id the event's substance is recognised as, and its groups: a statistical alarm about
 *     any of them, in the event's region and weeks, counts as the event's
 * @param firstEvidence the earliest date of its records (sample handed in, incident, seizure, death), {@code null} when
 *     the event has no records in the data
 * @param firstLabConfirmed the earliest date a lab had confirmed one of its samples, seizures or toxicology cases
 *     ({@link Arrivals#labConfirmed}); {@code null} for an event without any (an incident rise)
 * @param firstArrival the earliest day one of its records reached Signaal
 */
public record EventTruth(
        InjectedEvent event,
        Set<RecordRef> records,
        Set<String> subjects,
        @Nullable LocalDate firstEvidence,
        @Nullable LocalDate firstLabConfirmed,
        @Nullable LocalDate firstArrival) {

    public EventTruth {
        records = Set.copyOf(records);
        subjects = Set.copyOf(subjects);
    }

    public String id() {
        return event.id();
    }

    /** Collects the dates of the events' records while the records are generated. */
    public static final class Collector {

        private final Map<RecordRef, String> eventOf = new HashMap<>();
        private final Map<String, Dates> dates = new LinkedHashMap<>();
        private final List<InjectedEvent> events;

        public Collector(List<InjectedEvent> events) {
            this.events = List.copyOf(events);
            for (InjectedEvent event : events) {
                dates.put(event.id(), new Dates());
                event.externalIds()
                        .forEach((kind, ids) -> ids.forEach(id -> eventOf.put(RecordRef.of(kind, id), event.id())));
            }
        }

        /** Looks at a generated record: if an event added it, its dates count. */
        public void saw(Observation record) {
            String event = eventOf.get(RecordRef.of(record.kind(), record.externalId()));
            if (event == null) {
                return;
            }
            Dates d = Objects.requireNonNull(dates.get(event));
            d.evidence = earliest(d.evidence, Arrivals.happened(record));
            d.arrival = earliest(d.arrival, Arrivals.arrives(record));
            d.lab = earliest(d.lab, Arrivals.labConfirmed(record));
        }

        /** @param subjects per event id, what the event's substance is recognised as (see {@link EventTruth#subjects}) */
        public List<EventTruth> truths(Map<String, Set<String>> subjects) {
            return events.stream()
                    .map(e -> {
                        Set<RecordRef> records = new HashSet<>();
                        e.externalIds().forEach((kind, ids) -> ids.forEach(id -> records.add(RecordRef.of(kind, id))));
                        Dates d = Objects.requireNonNull(dates.get(e.id()));
                        return new EventTruth(
                                e, records, subjects.getOrDefault(e.id(), Set.of()), d.evidence, d.lab, d.arrival);
                    })
                    .toList();
        }

        private static @Nullable LocalDate earliest(@Nullable LocalDate a, @Nullable LocalDate b) {
            if (a == null) {
                return b;
            }
            return b == null || !b.isBefore(a) ? a : b;
        }

        private static final class Dates {
            @Nullable
            LocalDate evidence;

            @Nullable
            LocalDate lab;

            @Nullable
            LocalDate arrival;
        }
    }
}
