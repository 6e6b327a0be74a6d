/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlines and names of the GGD regions and provinces, from the maps the application serves ({@code static/geo/},
 * CBS 2023 maps simplified with mapshaper, quantized TopoJSON in WGS84). The maps are read once; they are small.
 *
 * <p>An outline is the outer ring of each part of a region: CAP 1.2 (§3.2.4, {@code polygon}) has no holes, so lakes
 * and enclaves inside a region are left out and the CAP area may be a little larger than the region. The maps are
 * simplified, so borders move by up to a kilometre or two.
 */
@Service
public class RegionOutlines {

    static final String GGD_REGIONS = "static/geo/ggdregio_2023.topojson";
    static final String PROVINCES = "static/geo/provincie_2023.topojson";

    /** Decimals CAP polygons keep: 10⁻⁵ degree is about a metre, finer than the maps. */
    private static final int DECIMALS = 5;

    private record Outline(String name, List<List<LatLon>> rings) {}

    private final Map<String, Outline> byCode;

    public RegionOutlines() {
        Map<String, Outline> outlines = new HashMap<>();
        outlines.putAll(read(GGD_REGIONS));
        outlines.putAll(read(PROVINCES));
        this.byCode = Map.copyOf(outlines);
    }

    /**
     * One closed ring (first point equals last) per part of a GGD region ({@code GG3406}) or province ({@code PV27});
     * empty for the country ({@code NL}) and for codes the maps do not have.
     */
    public List<List<LatLon>> outline(String code) {
        Outline outline = byCode.get(code);
        return outline == null ? List.of() : outline.rings();
    }

    /** The map's name of a GGD region or province ({@code statnaam}, "GGD Amsterdam", "Fryslân"). */
    public Optional<String> name(String code) {
        return Optional.ofNullable(byCode.get(code)).map(Outline::name);
    }

    /**
     * A ring as a CAP 1.2 {@code polygon} (§3.2.4): whitespace-separated "latitude,longitude" pairs, at least four, the
     * first and last the same.
     *
     * @throws IllegalArgumentException for a ring of fewer than four points or one that is not closed
     */
    public static String capPolygon(List<LatLon> ring) {
        if (ring.size() < 4 || !ring.getFirst().equals(ring.getLast())) {
            throw new IllegalArgumentException("a CAP polygon needs a closed ring of at least 4 points, got " + ring);
        }
        return ring.stream()
                .map(p -> decimal(p.latitude()) + "," + decimal(p.longitude()))
                .collect(Collectors.joining(" "));
    }

    private static String decimal(double degrees) {
        return BigDecimal.valueOf(degrees)
                .setScale(DECIMALS, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static Map<String, Outline> read(String resource) {
        try (InputStream in = RegionOutlines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the classpath");
            }
            return read(JsonMapper.shared().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only what the two maps use: GeometryCollections of Polygons and MultiPolygons. */
    private static Map<String, Outline> read(JsonNode topology) {
        List<List<LatLon>> arcs = arcs(topology);
        Map<String, Outline> outlines = new HashMap<>();
        for (JsonNode collection : topology.get("objects").values()) {
            for (JsonNode object : collection.get("geometries")) {
                String code = object.get("properties").get("statcode").asString();
                String name = object.get("properties").get("statnaam").asString();
                List<List<LatLon>> rings = new ArrayList<>();
                switch (object.get("type").asString()) {
                    // a polygon's first ring is its outline, the others are holes
                    case "Polygon" -> rings.add(ring(object.get("arcs").get(0), arcs));
                    case "MultiPolygon" -> object.get("arcs").forEach(part -> rings.add(ring(part.get(0), arcs)));
                    default -> throw new IllegalStateException(code + ": " + object.get("type"));
                }
                outlines.put(code, new Outline(name, List.copyOf(rings)));
            }
        }
        return outlines;
    }

    /** Quantized arcs: the first position is absolute, each next one a delta; {@code transform} maps them to degrees. */
    private static List<List<LatLon>> arcs(JsonNode topology) {
        JsonNode scale = topology.get("transform").get("scale");
        JsonNode translate = topology.get("transform").get("translate");
        List<List<LatLon>> arcs = new ArrayList<>();
        for (JsonNode arc : topology.get("arcs")) {
            List<LatLon> points = new ArrayList<>();
            long x = 0;
            long y = 0;
            for (JsonNode delta : arc) {
                x += delta.get(0).asLong();
                y += delta.get(1).asLong();
                points.add(new LatLon(
                        y * scale.get(1).asDouble() + translate.get(1).asDouble(),
                        x * scale.get(0).asDouble() + translate.get(0).asDouble()));
            }
            arcs.add(points);
        }
        return arcs;
    }

    /**
     * A ring joins its arcs end to start, so each arc after the first drops its first point; index {@code ~i} (a
     * negative number) is arc {@code i} reversed. The last arc ends where the first began, which closes the ring.
     */
    private static List<LatLon> ring(JsonNode arcIndexes, List<List<LatLon>> arcs) {
        List<LatLon> ring = new ArrayList<>();
        for (JsonNode index : arcIndexes) {
            int i = index.asInt();
            List<LatLon> arc = i >= 0 ? arcs.get(i) : arcs.get(~i).reversed();
            ring.addAll(ring.isEmpty() ? arc : arc.subList(1, arc.size()));
        }
        if (!ring.getFirst().equals(ring.getLast())) {
            throw new IllegalStateException("a ring of the maps does not close: " + arcIndexes);
        }
        return List.copyOf(ring);
    }
}
