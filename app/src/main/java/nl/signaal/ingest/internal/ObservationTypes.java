/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;
import org.springframework.stereotype.Component;

/** Every kind's checks and storage, its CSV format and its import profiles. */
@Component
public class ObservationTypes {

    private final Map<ObservationKind, ObservationType<?>> types = new EnumMap<>(ObservationKind.class);
    private final Map<ObservationKind, RowMapper<?>> mappers = new EnumMap<>(ObservationKind.class);
    private final List<ImportProfile> profiles;

    ObservationTypes(List<ObservationType<?>> types, List<RowMapper<?>> mappers, List<ImportProfile> profiles) {
        types.forEach(t -> this.types.put(t.kind(), t));
        mappers.forEach(m -> this.mappers.put(m.kind(), m));
        this.profiles = List.copyOf(profiles);
        for (ObservationKind kind : ObservationKind.values()) {
            if (!this.types.containsKey(kind) || !this.mappers.containsKey(kind)) {
                throw new IllegalStateException("no storage or CSV format for " + kind);
            }
        }
    }

    @SuppressWarnings("unchecked")
    <R extends Observation> ObservationType<R> type(ObservationKind kind) {
        return (ObservationType<R>) types.get(kind);
    }

    @SuppressWarnings("unchecked")
    public <R extends Observation> RowMapper<R> mapper(ObservationKind kind) {
        return (RowMapper<R>) mappers.get(kind);
    }

    public List<ImportProfile> profiles(ObservationKind kind) {
        return profiles.stream().filter(p -> p.kind() == kind).toList();
    }

    List<ImportProfile> profiles() {
        return profiles;
    }
}
