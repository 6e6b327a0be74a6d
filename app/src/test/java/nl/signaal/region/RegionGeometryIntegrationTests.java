/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.region;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.signaal.TestDatabases;
import nl.signaal.region.RegionFixtures.MunicipalityPoint;
import nl.signaal.region.RegionFixtures.OtherPlacePoint;
import nl.signaal.region.TopoJson.Area;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Checks the region and place migrations against the GGD region and province maps the application serves (copies of
 * the CBS 2023 maps, simplified): the regions are the maps' regions, every GGD region lies in its province, and a
 * point of every place name lies in the GGD region the migration gives it. The data is read as the migrations load it.
 */
@SpringBootTest
@ActiveProfiles("test")
class RegionGeometryIntegrationTests {

    /**
     * The maps are simplified, so coasts and borders move by up to a kilometre or two: a point this close to its
     * region counts as in it, but must be listed in {@link #NEAR_THE_EDGE}.
     */
    static final double TOLERANCE_KM = 2.0;

    /**
     * Points outside their region's outline on the simplified map, but within {@link #TOLERANCE_KM}: West-Terschelling
     * lies on the island's south-west shore, which the simplified map draws some 200 m inland.
     */
    static final Set<String> NEAR_THE_EDGE = Set.of("Terschelling");

    static final Map<String, Area> GGD_REGIONS = TopoJson.read(TopoJson.GGD_REGIONS);
    static final Map<String, Area> PROVINCES = TopoJson.read(TopoJson.PROVINCES);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    Regions regions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRegionsAreTheRegionsOfTheMapsWithTheSameNames() {
        assertSameRegions(RegionKind.GGD_REGION, GGD_REGIONS);
        assertSameRegions(RegionKind.PROVINCE, PROVINCES);
    }

    private void assertSameRegions(RegionKind kind, Map<String, Area> map) {
        assertThat(regions.all(kind))
                .extracting(r -> r.code().value())
                .containsExactlyInAnyOrderElementsOf(map.keySet());
        assertThat(map.values())
                .allSatisfy(area -> assertThat(regions.find(area.code()).map(Region::name))
                        .as(area.code())
                        .contains(area.name()));
    }

    @Test
    void everyGgdRegionLiesInItsProvince() {
        assertThat(regions.all(RegionKind.GGD_REGION)).hasSize(25).allSatisfy(region -> {
            assertThat(region.province()).as(region.code().value()).isNotNull();
            Geometry ggd = GGD_REGIONS.get(region.code().value()).geometry();
            Geometry province = PROVINCES.get(region.province().value()).geometry();
            assertThat(province.covers(ggd.getInteriorPoint()))
                    .as("an inner point of %s lies in %s", region.code(), region.province())
                    .isTrue();
            assertThat(ggd.intersection(province).getArea() / ggd.getArea())
                    .as("share of %s inside %s", region.code(), region.province())
                    .isGreaterThanOrEqualTo(0.99);
        });
    }

    @Test
    void everyMunicipalityOf2023HasAPlaceRowWhosePointLiesInItsRegion() {
        List<MunicipalityPoint> municipalities = RegionFixtures.municipalityPoints();
        assertThat(municipalities).hasSize(342);
        assertThat(municipalities.stream().map(MunicipalityPoint::code).distinct())
                .hasSize(342);

        assertThat(misplaced(municipalities.stream().map(Placed::of))).isEmpty();
    }

    @Test
    void everyOtherNameHasTheRegionOfItsMunicipalityAndItsPointLiesInIt() {
        List<OtherPlacePoint> others = RegionFixtures.otherPlacePoints();
        assertThat(others)
                .allSatisfy(other -> assertThat(regionOf(other.name()))
                        .as(other.name())
                        .isPresent()
                        .isEqualTo(regionOf(other.municipality())));

        assertThat(misplaced(others.stream().map(Placed::of))).isEmpty();
    }

    @Test
    void everyPlaceRowHasAPointThatChecksIt() {
        Set<String> rows = new HashSet<>(
                jdbc.sql("SELECT name FROM region_place").query(String.class).list());
        Set<String> checked = Stream.concat(
                        RegionFixtures.municipalityPoints().stream().map(MunicipalityPoint::name),
                        RegionFixtures.otherPlacePoints().stream().map(OtherPlacePoint::name))
                .collect(toSet());

        assertThat(rows).containsExactlyInAnyOrderElementsOf(checked);
    }

    @Test
    void onlyTheListedPointsNeedTheTolerance() {
        Map<String, String> nearTheEdge = new TreeMap<>();
        Stream.concat(
                        RegionFixtures.municipalityPoints().stream().map(Placed::of),
                        RegionFixtures.otherPlacePoints().stream().map(Placed::of))
                .forEach(place -> {
                    String code = regionOf(place.name()).orElseThrow();
                    double km = GGD_REGIONS.get(code).distanceKm(place.latitude(), place.longitude());
                    if (km > 0) {
                        nearTheEdge.put(place.name(), place.label() + " " + describe(place, code, km));
                    }
                });

        assertThat(nearTheEdge.keySet())
                .as("points outside their region's outline: %s", nearTheEdge.values())
                .containsExactlyInAnyOrderElementsOf(NEAR_THE_EDGE);
    }

    /** A place name, how to name it in a message, and its point. */
    record Placed(String name, String label, double latitude, double longitude) {

        static Placed of(MunicipalityPoint m) {
            return new Placed(m.name(), m.name() + " (" + m.point() + ")", m.latitude(), m.longitude());
        }

        static Placed of(OtherPlacePoint o) {
            return new Placed(
                    o.name(), o.name() + " (" + o.kind() + ", " + o.municipality() + ")", o.latitude(), o.longitude());
        }
    }

    /** Each place whose point lies farther than the tolerance from the region its place row gives, with why. */
    private List<String> misplaced(Stream<Placed> places) {
        List<String> misplaced = new ArrayList<>();
        places.forEach(place -> {
            Optional<String> code = regionOf(place.name());
            if (code.isEmpty()) {
                misplaced.add(place.label() + ": no place row");
                return;
            }
            double km = GGD_REGIONS.get(code.get()).distanceKm(place.latitude(), place.longitude());
            if (km > TOLERANCE_KM) {
                misplaced.add(place.label() + " " + describe(place, code.get(), km));
            }
        });
        return misplaced;
    }

    private static String describe(Placed place, String code, double km) {
        String containing = GGD_REGIONS.values().stream()
                .filter(a -> a.distanceKm(place.latitude(), place.longitude()) == 0)
                .map(Area::code)
                .findFirst()
                .orElse("no region");
        return String.format(
                Locale.ROOT,
                "(%.3f, %.3f) is %.1f km outside %s, in %s",
                place.latitude(),
                place.longitude(),
                km,
                code,
                containing);
    }

    private Optional<String> regionOf(String place) {
        return jdbc.sql("SELECT region_code FROM region_place WHERE name = :name")
                .param("name", place)
                .query(String.class)
                .optional();
    }
}
