/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.region;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import nl.signaal.TestDatabases;
import nl.signaal.region.internal.RegionRepository;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The regions and places as the migrations load them, looked up through {@link Regions}, on H2 and PostgreSQL. */
class RegionsIntegrationTests {

    @Nested
    @SpringBootTest
    @ActiveProfiles("test")
    class OnH2 extends Contract {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.h2(registry);
        }
    }

    @Nested
    @SpringBootTest
    @ActiveProfiles("test")
    class OnPostgres extends Contract {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.postgres(registry);
        }
    }

    abstract static class Contract {

        @Autowired
        Regions regions;

        @Autowired
        RegionRepository repository;

        @Autowired
        JdbcClient jdbc;

        @Test
        void hasTheCountryTwelveProvincesAndTwentyFiveGgdRegions() {
            assertThat(regions.all(RegionKind.COUNTRY)).extracting(Region::name).containsExactly("Nederland");
            assertThat(regions.all(RegionKind.PROVINCE)).hasSize(12);
            assertThat(regions.all(RegionKind.GGD_REGION)).hasSize(25);
            assertThat(regions.find("PV21")).map(Region::name).contains("Fryslân");
        }

        @Test
        void hasEveryMunicipalityOf2023AndOtherNames() {
            Integer places = jdbc.sql("SELECT COUNT(*) FROM region_place")
                    .query(Integer.class)
                    .single();
            assertThat(places)
                    .isEqualTo(RegionFixtures.municipalityPoints().size()
                            + RegionFixtures.otherPlacePoints().size());
            assertThat(RegionFixtures.municipalityPoints())
                    .allSatisfy(m -> assertThat(regions.findByPlace(m.name()))
                            .as(m.name())
                            .isPresent());
        }

        @Test
        void namesThatMatchAlikeLieInOneRegion() {
            Map<String, Set<String>> regionsByKey = repository.findPlaces().entrySet().stream()
                    .collect(groupingBy(e -> Regions.placeKey(e.getKey()), mapping(Map.Entry::getValue, toSet())));

            assertThat(regionsByKey)
                    .allSatisfy((key, codes) -> assertThat(codes).as(key).hasSize(1));
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                quoteCharacter = '"',
                value = {
                    "'s-Gravenhage      | GG7014",
                    "Den Haag           | GG7014",
                    "DEN HAAG           | GG7014",
                    "the hague          | GG7014",
                    "s Gravenhage       | GG7014",
                    "Den Bosch          | GG5406",
                    "'s-Hertogenbosch   | GG5406",
                    "Sudwest Fryslan    | GG7206",
                    "Súdwest-Fryslân    | GG7206",
                    "Bergen (NH.)       | GG2707",
                    "Bergen NH          | GG2707",
                    "Bergen (L.)        | GG6011",
                    "Hengelo            | GG1106",
                    "Hengelo (O.)       | GG1106",
                    "Nuenen             | GG5608",
                    "Nuenen, Gerwen en Nederwetten | GG5608",
                    "Hoofddorp          | GG3109",
                    "Weesp              | GG3406",
                    "Eemnes             | GG2514",
                    "Tilburg            | GG5406",
                    "Breda              | GG5206"
                })
        void findsAPlaceRegardlessOfCaseAccentsAndPunctuation(String place, String region) {
            assertThat(regions.findByPlace(place)).map(r -> r.code().value()).contains(region);
        }

        @ParameterizedTest // Bergen is both Bergen (NH.) and Bergen (L.); Atlantis is nowhere
        @ValueSource(strings = {"Bergen", "Atlantis", ""})
        void doesNotGuessAnAmbiguousOrUnknownPlace(String place) {
            assertThat(regions.findByPlace(place)).isEmpty();
        }
    }
}
