/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import nl.signaal.region.internal.RegionRepository;
import nl.signaal.shared.RegionCode;
import org.junit.jupiter.api.Test;

class RegionsUnitTests {

    static final List<Region> REGIONS = List.of(
            new Region(new RegionCode("PV28"), "Zuid-Holland", RegionKind.PROVINCE, null),
            new Region(new RegionCode("GG7014"), "GGD Haaglanden", RegionKind.GGD_REGION, new RegionCode("PV28")),
            new Region(
                    new RegionCode("GG4607"), "GGD Rotterdam-Rijnmond", RegionKind.GGD_REGION, new RegionCode("PV28")));

    static Regions regions(Map<String, String> places) {
        RegionRepository repository = mock(RegionRepository.class);
        when(repository.findAll()).thenReturn(REGIONS);
        when(repository.findPlaces()).thenReturn(places);
        return new Regions(repository);
    }

    @Test
    void matchesAPlaceRegardlessOfCaseAccentsAndPunctuation() {
        Regions regions = regions(Map.of("'s-Gravenhage", "GG7014"));

        assertThat(Regions.placeKey("'s-Gravenhage")).isEqualTo("s gravenhage");
        assertThat(Regions.placeKey("Súdwest-Fryslân")).isEqualTo("sudwest fryslan");
        assertThat(regions.findByPlace(" S GRAVENHAGE ")).map(Region::name).contains("GGD Haaglanden");
    }

    @Test
    void acceptsNamesThatMatchAlikeInOneRegion() {
        Regions regions = regions(Map.of("Bergen (NH.)", "GG7014", "Bergen NH", "GG7014"));

        assertThat(regions.findByPlace("bergen nh")).map(r -> r.code().value()).contains("GG7014");
    }

    @Test
    void refusesNamesThatMatchAlikeInDifferentRegions() {
        assertThatThrownBy(() -> regions(Map.of("Den Haag", "GG7014", "den-haag", "GG4607")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("den haag")
                .hasMessageContaining("GG7014")
                .hasMessageContaining("GG4607");
    }
}
