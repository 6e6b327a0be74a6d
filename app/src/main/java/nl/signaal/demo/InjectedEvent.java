/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo;

import java.util.List;
import java.util.Map;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

/**
 * The ground truth of one scenario event, for evaluating detection: when and where it was injected, and which records
 * it produced.
 *
 * @param firstWeek the event's first week as the scenario defines it (records exist only within the data's weeks)
 * @param lastWeek the event's last week, inclusive
 * @param region the GGD region, or {@code null} for an event all over the country
 * @param externalIds the external ids of the records the event added, per kind, in the order they were sent
 */
public record InjectedEvent(
        String id,
        Scenario.Type type,
        String substance,
        @Nullable String region,
        IsoWeek firstWeek,
        IsoWeek lastWeek,
        Map<ObservationKind, List<String>> externalIds) {

    public InjectedEvent {
        externalIds = Map.copyOf(externalIds);
    }

    /** How many records of a kind the event added. */
    public int count(ObservationKind kind) {
        return externalIds.getOrDefault(kind, List.of()).size();
    }

    public boolean covers(IsoWeek week) {
        return week.compareTo(firstWeek) >= 0 && week.compareTo(lastWeek) <= 0;
    }
}
