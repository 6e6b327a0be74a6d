/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.ingest.ObservationKind;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * The substances the UNC lab found per sample ({@code lab_detail.csv}), for samples loaded before with the
 * {@code unc} samples profile: {@code sampleid}, {@code substance} exactly as written, {@code method} (GCMS), and
 * {@code abundance}, where the lab writes "trace" and leaves primary substances blank (upstream README).
 */
@Component
class UncLabResultProfile implements ImportProfile {

    @Override
    public String name() {
        return "unc";
    }

    @Override
    public ObservationKind kind() {
        return ObservationKind.LAB_RESULTS;
    }

    @Override
    public String description() {
        return "UNC Street Drug Analysis Lab substances per sample (lab_detail.csv); blank abundance means primary";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("sampleid", "substance", "abundance", "method");
    }

    @Override
    public SourceRow map(CSVRecord record, Map<String, Integer> header) {
        Map<String, String> row = new HashMap<>();
        row.put("sample_external_id", String.valueOf(ProfileRow.source(record, header, "sampleid")));
        String substance = ProfileRow.source(record, header, "substance");
        if (substance != null) {
            row.put("substance", substance);
        }
        String abundance = ProfileRow.source(record, header, "abundance");
        row.put("abundance", abundance == null ? "major" : abundance);
        String method = ProfileRow.source(record, header, "method");
        if (method != null) {
            row.put("method", method);
        }
        return new ProfileRow(ProfileRow.line(record), row);
    }
}
