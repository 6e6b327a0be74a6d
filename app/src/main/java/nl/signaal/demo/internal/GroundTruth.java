/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.demo.InjectedEvent;
import nl.signaal.ingest.ObservationKind;

/** Which records each event produced, collected as they are numbered. */
final class GroundTruth {

    private final List<PlannedEvent> planned;
    private final Map<String, Map<ObservationKind, List<String>>> ids = new LinkedHashMap<>();

    GroundTruth(List<PlannedEvent> planned) {
        this.planned = planned;
        planned.forEach(p -> ids.put(p.event().id(), new EnumMap<>(ObservationKind.class)));
    }

    void add(String event, ObservationKind kind, String externalId) {
        ids.computeIfAbsent(event, e -> new EnumMap<>(ObservationKind.class))
                .computeIfAbsent(kind, k -> new ArrayList<>())
                .add(externalId);
    }

    List<InjectedEvent> events() {
        return planned.stream()
                .map(p -> {
                    Map<ObservationKind, List<String>> byKind = new EnumMap<>(ObservationKind.class);
                    ids.getOrDefault(p.event().id(), Map.of())
                            .forEach((kind, list) -> byKind.put(kind, List.copyOf(list)));
                    return new InjectedEvent(
                            p.event().id(),
                            p.event().type(),
                            p.event().substance(),
                            p.event().region(),
                            p.first(),
                            p.last(),
                            byKind);
                })
                .toList();
    }
}
