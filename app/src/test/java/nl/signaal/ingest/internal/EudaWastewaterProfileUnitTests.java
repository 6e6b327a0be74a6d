/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.signaal.SharedReference;
import nl.signaal.region.TopoJson;
import nl.signaal.region.TopoJson.Area;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The GGD region of each Dutch SCORE site against the treatment plant's coordinates and the GGD region map. */
class EudaWastewaterProfileUnitTests {

    static final Map<String, Area> GGD_REGIONS = TopoJson.read(TopoJson.GGD_REGIONS);

    static List<CSVRecord> dutchSites() throws IOException {
        Path file = SharedReference.file("data/euda-wastewater/ww-site-info.csv");
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.stream().filter(r -> r.get("Country").equals("NL")).toList();
        }
    }

    @Test
    void everyDutchSiteOfTheSiteFileHasARegion() throws IOException {
        assertThat(dutchSites())
                .extracting(r -> r.get("SiteID"))
                .containsExactlyInAnyOrderElementsOf(EudaWastewaterProfile.DUTCH_SITES.keySet());
    }

    @Test
    void everyDutchSiteLiesInTheGgdRegionItIsGiven() throws IOException {
        assertThat(dutchSites()).allSatisfy(site -> {
            String region = EudaWastewaterProfile.DUTCH_SITES.get(site.get("SiteID"));
            assertThat(GGD_REGIONS).as(site.get("SiteID")).containsKey(region);
            double latitude = Double.parseDouble(site.get("Latitude"));
            double longitude = Double.parseDouble(site.get("Longitude"));
            assertThat(GGD_REGIONS.get(region).distanceKm(latitude, longitude))
                    .as(
                            "%s %s (%s, %s): km outside %s",
                            site.get("SiteID"), site.get("City"), latitude, longitude, region)
                    .isZero();
        });
    }
}
