/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.SampleResults;
import org.springframework.stereotype.Component;

/** Lab results for samples registered earlier: one row per result, named by the sample's external id. */
@Component
class SampleResultsRows implements RowMapper<SampleResults> {

    private static final List<String> COLUMNS =
            SampleRows.concat(List.of("sample_external_id"), SampleRows.RESULT_COLUMNS);

    @Override
    public ObservationKind kind() {
        return ObservationKind.LAB_RESULTS;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("sample_external_id", "substance");
    }

    @Override
    public String groupColumn() {
        return "sample_external_id";
    }

    @Override
    public List<String> recordColumns() {
        return List.of("sample_external_id");
    }

    @Override
    public SampleResults read(List<SourceRow> rows, RowReader in) {
        return new SampleResults(
                SampleRows.nonNull(in.text(rows.getFirst(), "sample_external_id")), SampleRows.results(rows, in));
    }
}
