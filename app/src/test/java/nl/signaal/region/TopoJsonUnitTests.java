/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import nl.signaal.region.TopoJson.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopoJsonUnitTests {

    @ParameterizedTest // the sha256 values of shared reference/geo/SOURCE.md: the served copies are unchanged
    @CsvSource({
        TopoJson.GGD_REGIONS + ", 44ffbcf926d87e7931e23efa53ddf360d61db551149d8ab2bc193027e45bf687",
        TopoJson.PROVINCES + ", 98b891c44d9fd9f560045a631ee9343921f3dc28c8f268e9927ad274662af432"
    })
    void theServedMapsAreTheReferenceFilesUnchanged(String resource, String sha256)
            throws IOException, NoSuchAlgorithmException {
        try (InputStream in = TopoJson.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            assertThat(HexFormat.of().formatHex(digest)).isEqualTo(sha256);
        }
    }

    @Test
    void readsTwentyFiveGgdRegionsAndTwelveProvincesAsValidPolygons() {
        Map<String, Area> ggd = TopoJson.read(TopoJson.GGD_REGIONS);
        Map<String, Area> provinces = TopoJson.read(TopoJson.PROVINCES);

        assertThat(ggd).hasSize(25).containsKeys("GG0111", "GG3406", "GG7306");
        assertThat(provinces).hasSize(12).containsKeys("PV20", "PV31");
        assertThat(provinces.get("PV21").name()).isEqualTo("Fryslân");
        assertThat(ggd.values())
                .allSatisfy(area ->
                        assertThat(area.geometry().isValid()).as(area.code()).isTrue());
        assertThat(provinces.values())
                .allSatisfy(area ->
                        assertThat(area.geometry().isValid()).as(area.code()).isTrue());
    }

    @Test
    void placesAPointByLatitudeAndLongitude() {
        Map<String, Area> ggd = TopoJson.read(TopoJson.GGD_REGIONS);

        // Dam square, Amsterdam; the town hall of Heerlen
        assertThat(ggd.get("GG3406").distanceKm(52.3731, 4.8926)).isZero();
        assertThat(ggd.get("GG6106").distanceKm(50.888, 5.979)).isZero();
        // Dam square lies some 150 km from Maastricht's region
        assertThat(ggd.get("GG6106").distanceKm(52.3731, 4.8926)).isBetween(100.0, 200.0);
    }

    @Test
    void measuresDistancesOnTheSphere() {
        // Amsterdam Centraal to Utrecht Centraal: 35 km as the crow flies
        assertThat(TopoJson.haversineKm(52.3791, 4.9003, 52.0894, 5.1101)).isCloseTo(35.3, within(0.5));
    }
}
