/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of record Signaal takes in; {@link #path()} is the name used in URLs and on the command line. */
public enum ObservationKind {
    SAMPLE("samples"),
    LAB_RESULTS("lab-results"),
    INCIDENT("incidents"),
    SEIZURE("seizures"),
    TOXICOLOGY_CASE("toxicology-cases"),
    WASTEWATER("wastewater"),
    INDICATOR("indicators");

    private final String path;

    ObservationKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<ObservationKind> fromPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
