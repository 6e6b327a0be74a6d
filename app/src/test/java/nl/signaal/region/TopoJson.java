/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.distance.DistanceOp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the region maps that the application serves from {@code static/geo/} (quantized TopoJSON, WGS84) into JTS
 * geometries, x = longitude and y = latitude. Only what those two files use: one GeometryCollection of Polygons and
 * MultiPolygons, delta-encoded arcs and a {@code transform}.
 */
public final class TopoJson {

    public static final String GGD_REGIONS = "static/geo/ggdregio_2023.topojson";
    public static final String PROVINCES = "static/geo/provincie_2023.topojson";

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final double EARTH_RADIUS_KM = 6371.0;

    private TopoJson() {}

    /** A region of a map: its CBS code ({@code statcode}), name ({@code statnaam}) and outline. */
    public record Area(String code, String name, Geometry geometry) {

        /** Kilometres from the point to this area; 0 inside it or on its edge. */
        public double distanceKm(double latitude, double longitude) {
            Point point = point(latitude, longitude);
            if (geometry.covers(point)) {
                return 0;
            }
            Coordinate nearest = DistanceOp.nearestPoints(geometry, point)[0];
            return haversineKm(latitude, longitude, nearest.y, nearest.x);
        }
    }

    public static Point point(double latitude, double longitude) {
        return FACTORY.createPoint(new Coordinate(longitude, latitude));
    }

    /** The areas of a map on the classpath, by CBS code, in file order. */
    public static Map<String, Area> read(String resource) {
        try (InputStream in = TopoJson.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("No " + resource + " on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Area> read(InputStream in) {
        JsonNode topology = JsonMapper.shared().readTree(in);
        List<List<Coordinate>> arcs = decodeArcs(topology);
        Map<String, Area> areas = new LinkedHashMap<>();
        for (JsonNode collection : topology.get("objects").values()) {
            for (JsonNode object : collection.get("geometries")) {
                JsonNode properties = object.get("properties");
                String code = properties.get("statcode").asString();
                Geometry geometry = switch (object.get("type").asString()) {
                    case "Polygon" -> polygon(object.get("arcs"), arcs);
                    case "MultiPolygon" -> {
                        List<Polygon> parts = new ArrayList<>();
                        for (JsonNode part : object.get("arcs")) {
                            parts.add(polygon(part, arcs));
                        }
                        yield FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
                    }
                    default -> throw new IllegalArgumentException(code + ": " + object.get("type"));
                };
                areas.put(code, new Area(code, properties.get("statnaam").asString(), valid(code, geometry)));
            }
        }
        return areas;
    }

    /**
     * The simplification left a few self-intersections in the maps (on the border of GG4506 and GG4607 at the
     * Hollandsche IJssel, a bow-tie of under 1000 m², and in the Oosterschelde), which JTS's overlay refuses. They are
     * repaired, and the repair must not change the area by more than 0.1%.
     */
    private static Geometry valid(String code, Geometry geometry) {
        if (geometry.isValid()) {
            return geometry;
        }
        Geometry fixed = GeometryFixer.fix(geometry);
        double change = Math.abs(fixed.getArea() - geometry.getArea()) / geometry.getArea();
        if (!fixed.isValid() || change > 0.001) {
            throw new IllegalStateException(code + ": repairing the outline changed its area by " + change);
        }
        return fixed;
    }

    /** Quantized arcs: the first position is absolute, each next one a delta; {@code transform} maps them to degrees. */
    private static List<List<Coordinate>> decodeArcs(JsonNode topology) {
        JsonNode scale = topology.get("transform").get("scale");
        JsonNode translate = topology.get("transform").get("translate");
        List<List<Coordinate>> arcs = new ArrayList<>();
        for (JsonNode arc : topology.get("arcs")) {
            List<Coordinate> positions = new ArrayList<>();
            long x = 0;
            long y = 0;
            for (JsonNode delta : arc) {
                x += delta.get(0).asLong();
                y += delta.get(1).asLong();
                positions.add(new Coordinate(
                        x * scale.get(0).asDouble() + translate.get(0).asDouble(),
                        y * scale.get(1).asDouble() + translate.get(1).asDouble()));
            }
            arcs.add(positions);
        }
        return arcs;
    }

    /** The first ring is the outline, any others are holes. */
    private static Polygon polygon(JsonNode rings, List<List<Coordinate>> arcs) {
        List<LinearRing> built = new ArrayList<>();
        for (JsonNode ring : rings) {
            built.add(FACTORY.createLinearRing(ring(ring, arcs).toArray(Coordinate[]::new)));
        }
        return FACTORY.createPolygon(
                built.getFirst(), built.subList(1, built.size()).toArray(LinearRing[]::new));
    }

    /**
     * A ring joins its arcs end to start, so each arc after the first drops its first position; index {@code ~i} (a
     * negative number) is arc {@code i} reversed.
     */
    private static List<Coordinate> ring(JsonNode arcIndexes, List<List<Coordinate>> arcs) {
        List<Coordinate> ring = new ArrayList<>();
        for (JsonNode index : arcIndexes) {
            int i = index.asInt();
            List<Coordinate> arc = i >= 0 ? arcs.get(i) : arcs.get(~i).reversed();
            ring.addAll(ring.isEmpty() ? arc : arc.subList(1, arc.size()));
        }
        return ring;
    }

    static double haversineKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double dLatitude = Math.toRadians(latitude2 - latitude1);
        double dLongitude = Math.toRadians(longitude2 - longitude1);
        double a = Math.pow(Math.sin(dLatitude / 2), 2)
                + Math.cos(Math.toRadians(latitude1))
                        * Math.cos(Math.toRadians(latitude2))
                        * Math.pow(Math.sin(dLongitude / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }
}
