/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The dashboard's charts: the path of each, how it is drawn, and the filters it takes (in the order the form shows
 * them). Texts are under {@code dashboard.chart.<path>.*}.
 */
public enum Chart {
    TRENDS("trends", "line", List.of("source", "subject", "region", "period", "from", "to")),
    MAP("map", "map", List.of("source", "subject", "level", "from", "to")),
    COMPOSITION("composition", "boxplot", List.of("measure", "region", "period", "from", "to")),
    ADULTERATION("adulteration", "share", List.of("soldAs", "region", "period", "from", "to")),
    SOLD_AS("sold-as", "stacked", List.of("region", "from", "to")),
    WASTEWATER("wastewater", "lines", List.of("metabolite", "from", "to")),
    INDICATORS("indicators", "indicators", List.of("substance"));

    private final String path;
    private final String kind;
    private final List<String> filters;

    Chart(String path, String kind, List<String> filters) {
        this.path = path;
        this.kind = kind;
        this.filters = filters;
    }

    public String path() {
        return path;
    }

    /** How the browser draws it (static/js/dashboard.js). */
    public String kind() {
        return kind;
    }

    public List<String> filters() {
        return filters;
    }

    static Optional<Chart> byPath(String path) {
        return Stream.of(values()).filter(c -> c.path.equals(path)).findFirst();
    }
}
