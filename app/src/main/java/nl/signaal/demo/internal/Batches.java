/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;

/**
 * Collects records per kind and sends them to the sink in batches of at most {@link #MAX} records, in the order they
 * were added: whenever a kind has a full batch, and for every kind at {@link #flush}. A batch of 5,000 stays well
 * within the ingest module's limit of 10,000 records and keeps memory small.
 */
final class Batches {

    static final int MAX = 5_000;

    private final DemoSink sink;
    private final Map<ObservationKind, List<Observation>> pending = new EnumMap<>(ObservationKind.class);
    private final Map<ObservationKind, String> organisations = new EnumMap<>(ObservationKind.class);
    private IsoWeek week;
    private int percent;

    Batches(DemoSink sink, IsoWeek firstWeek) {
        this.sink = sink;
        this.week = firstWeek;
    }

    /** Where the generation is, for the progress told with each batch. */
    void at(IsoWeek week, int percent) {
        this.week = week;
        this.percent = percent;
    }

    void add(String organisation, ObservationKind kind, List<? extends Observation> records) {
        organisations.put(kind, organisation);
        List<Observation> batch = pending.computeIfAbsent(kind, k -> new ArrayList<>());
        for (Observation record : records) {
            batch.add(record);
            if (batch.size() == MAX) {
                send(kind, batch);
                batch.clear();
            }
        }
    }

    void flush() {
        pending.forEach((kind, batch) -> {
            if (!batch.isEmpty()) {
                send(kind, batch);
                batch.clear();
            }
        });
    }

    private void send(ObservationKind kind, List<Observation> batch) {
        sink.accept(
                organisations.getOrDefault(kind, "demo-monitoring"),
                kind,
                List.copyOf(batch),
                kind.path() + " up to " + week,
                percent);
    }
}
