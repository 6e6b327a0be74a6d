/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.signaal.region.TopoJson.Area;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class RegionOutlinesUnitTests {

    static final Map<String, Area> GGD_REGIONS = TopoJson.read(TopoJson.GGD_REGIONS);
    static final Map<String, Area> PROVINCES = TopoJson.read(TopoJson.PROVINCES);

    /**
     * The test decoder repairs these regions' self-intersections (see TopoJson#valid), which moves the start of a ring
     * or splits a bow-tie off; the outlines keep the maps' rings as they are.
     */
    static final Set<String> REPAIRED = Set.of("GG4506", "GG4607", "GG5006", "PV29");

    final RegionOutlines outlines = new RegionOutlines();

    @Test
    void everyGgdRegionAndProvinceHasClosedRingsInsideTheNetherlands() {
        List<String> codes = allCodes();
        assertThat(codes).hasSize(37);
        assertThat(codes).allSatisfy(code -> {
            List<List<LatLon>> rings = outlines.outline(code);
            assertThat(rings).as(code).isNotEmpty();
            assertThat(rings).allSatisfy(ring -> {
                assertThat(ring).as(code).hasSizeGreaterThanOrEqualTo(4);
                assertThat(ring.getFirst()).as(code).isEqualTo(ring.getLast());
                assertThat(ring).allSatisfy(p -> {
                    assertThat(p.latitude()).as(code).isBetween(50.7, 53.6);
                    assertThat(p.longitude()).as(code).isBetween(3.3, 7.3);
                });
            });
        });
    }

    @Test
    void theOuterRingsAreThoseOfTheTestDecoderExceptWhereItRepairedThem() {
        Map<String, Area> areas = new HashMap<>(GGD_REGIONS);
        areas.putAll(PROVINCES);
        Set<String> differ = new TreeSet<>();
        areas.values().forEach(area -> {
            List<List<LatLon>> rings = outlines.outline(area.code());
            List<Polygon> parts = parts(area.geometry());
            if (rings.size() != parts.size()) {
                differ.add(area.code());
                return;
            }
            for (int i = 0; i < parts.size(); i++) {
                Coordinate[] shell = parts.get(i).getExteriorRing().getCoordinates();
                if (rings.get(i).size() != shell.length
                        || !rings.get(i).getFirst().equals(new LatLon(shell[0].y, shell[0].x))) {
                    differ.add(area.code());
                }
            }
        });
        assertThat(differ).containsExactlyInAnyOrderElementsOf(REPAIRED);
    }

    @Test
    void everyPointOfAnOutlineIsAPointOfTheTestDecodersOutline() {
        Map<String, Area> areas = new HashMap<>(GGD_REGIONS);
        areas.putAll(PROVINCES);
        Map<String, Long> strays = new TreeMap<>();
        areas.values().forEach(area -> {
            Set<LatLon> points = new HashSet<>();
            for (Coordinate c : area.geometry().getCoordinates()) {
                points.add(new LatLon(c.y, c.x));
            }
            long stray = outlines.outline(area.code()).stream()
                    .flatMap(List::stream)
                    .filter(p -> !points.contains(p))
                    .count();
            if (stray > 0) {
                strays.put(area.code(), stray);
            }
        });
        // the repair drops the three points of the bow-tie at the Hollandsche IJssel (under 1000 m²); see
        // TopoJson#valid
        assertThat(strays).containsExactly(Map.entry("GG4607", 3L));
    }

    @Test
    void namesTheRegionsAsTheMapsDo() {
        assertThat(outlines.name("GG3406")).contains("GGD Amsterdam");
        assertThat(outlines.name("PV21")).contains("Fryslân");
        assertThat(outlines.name("NL")).isEmpty();
    }

    @Test
    void theCountryAndUnknownCodesHaveNoOutline() {
        assertThat(outlines.outline("NL")).isEmpty();
        assertThat(outlines.outline("GG9999")).isEmpty();
        assertThat(outlines.outline("")).isEmpty();
    }

    @Test
    void damSquareLiesInsideAmsterdam() {
        LatLon dam = new LatLon(52.373, 4.893);
        assertThat(outlines.outline("GG3406"))
                .anySatisfy(ring -> assertThat(inside(dam, ring)).isTrue());
        assertThat(outlines.outline("GG6106"))
                .noneSatisfy(ring -> assertThat(inside(dam, ring)).isTrue());
    }

    @Test
    void writesACapPolygonWithFiveDecimalsAndTheFirstPairLast() {
        List<LatLon> ring = List.of(
                new LatLon(52.1, 4.0),
                new LatLon(52.123456789, 4.2000000001),
                new LatLon(52.3, 4.999999999),
                new LatLon(52.1, 4.0));

        assertThat(RegionOutlines.capPolygon(ring)).isEqualTo("52.1,4 52.12346,4.2 52.3,5 52.1,4");
    }

    @Test
    void everyOutlineIsAValidCapPolygon() {
        assertThat(allCodes())
                .allSatisfy(code -> assertThat(outlines.outline(code)).allSatisfy(ring -> {
                    String[] pairs = RegionOutlines.capPolygon(ring).split(" ");
                    assertThat(pairs).as(code).hasSizeGreaterThanOrEqualTo(4);
                    assertThat(pairs[0]).isEqualTo(pairs[pairs.length - 1]);
                    assertThat(pairs)
                            .allSatisfy(pair -> assertThat(pair).matches("\\d+(\\.\\d{1,5})?,\\d+(\\.\\d{1,5})?"));
                }));
    }

    @Test
    void refusesARingThatIsOpenOrTooShort() {
        LatLon a = new LatLon(52, 4);
        LatLon b = new LatLon(52, 5);
        LatLon c = new LatLon(53, 5);
        assertThatIllegalArgumentException().isThrownBy(() -> RegionOutlines.capPolygon(List.of(a, b, a)));
        assertThatIllegalArgumentException().isThrownBy(() -> RegionOutlines.capPolygon(List.of(a, b, c, b)));
    }

    private static List<String> allCodes() {
        return Stream.concat(GGD_REGIONS.keySet().stream(), PROVINCES.keySet().stream())
                .toList();
    }

    private static List<Polygon> parts(Geometry geometry) {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            parts.add((Polygon) geometry.getGeometryN(i));
        }
        return parts;
    }

    /** Ray casting: a ray from the point eastwards crosses the ring's edges an odd number of times inside it. */
    static boolean inside(LatLon point, List<LatLon> ring) {
        boolean inside = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            LatLon a = ring.get(i);
            LatLon b = ring.get(j);
            if ((a.latitude() > point.latitude()) != (b.latitude() > point.latitude())) {
                double crossing = a.longitude()
                        + (point.latitude() - a.latitude())
                                / (b.latitude() - a.latitude())
                                * (b.longitude() - a.longitude());
                if (point.longitude() < crossing) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
