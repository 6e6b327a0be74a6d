/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The R references of the stats module's estimates, and the CSV the command and the page write, for tests. */
public final class EstimateReferences {

    private EstimateReferences() {}

    /** A file made by {@code make_references.R}; a test that cannot find it fails and says where it looked. */
    public static Path reference(String name) {
        Path path = Path.of("../stats/src/test/resources/estimate", name)
                .toAbsolutePath()
                .normalize();
        assertThat(path)
                .as("the R reference %s (made by make_references.R)", path)
                .isRegularFile();
        return path;
    }

    /** CSV text with a header, as records by column name. */
    public static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }
}
