/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The hand-made points that check the places migration (src/test/resources/region/*.csv). */
final class RegionFixtures {

    private RegionFixtures() {}

    /** A municipality of 2023 and an approximate point of its town hall or main town ({@code point}). */
    record MunicipalityPoint(String code, String name, String point, double latitude, double longitude) {}

    /** Another name in region_place: an alias, a former municipality or a town, with the municipality it lies in. */
    record OtherPlacePoint(String name, String municipality, String kind, double latitude, double longitude) {}

    static List<MunicipalityPoint> municipalityPoints() {
        return read(
                "region/municipality-points.csv",
                r -> new MunicipalityPoint(
                        r.get("code"),
                        r.get("name"),
                        r.get("point"),
                        Double.parseDouble(r.get("latitude")),
                        Double.parseDouble(r.get("longitude"))));
    }

    static List<OtherPlacePoint> otherPlacePoints() {
        return read(
                "region/other-place-points.csv",
                r -> new OtherPlacePoint(
                        r.get("name"),
                        r.get("municipality"),
                        r.get("kind"),
                        Double.parseDouble(r.get("latitude")),
                        Double.parseDouble(r.get("longitude"))));
    }

    private static <T> List<T> read(String resource, Function<CSVRecord, T> row) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .get();
        try (InputStream in = RegionFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("No " + resource + " on the test classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.parse(reader, format)) {
                return parser.stream().map(row).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
