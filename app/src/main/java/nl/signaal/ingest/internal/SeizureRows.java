/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.ingest.SeizureRecord;
import nl.signaal.ingest.TabletFeatures;
import org.springframework.stereotype.Component;

/** Seizures in CSV: one row per substance found, the seizure's columns repeated on each. */
@Component
class SeizureRows implements RowMapper<SeizureRecord> {

    static final List<String> SEIZURE_COLUMNS = List.of(
            "external_id",
            "seizure_date",
            "analysis_date",
            "country",
            "region_code",
            "place",
            "form",
            "description",
            "tablet_logo",
            "tablet_colour",
            "unit_count",
            "gross_weight_g");
    private static final List<String> COLUMNS = SampleRows.concat(SEIZURE_COLUMNS, SampleRows.RESULT_COLUMNS);

    @Override
    public ObservationKind kind() {
        return ObservationKind.SEIZURE;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("external_id", "seizure_date", "form");
    }

    @Override
    public String groupColumn() {
        return "external_id";
    }

    @Override
    public List<String> recordColumns() {
        return SEIZURE_COLUMNS;
    }

    @Override
    public SeizureRecord read(List<SourceRow> rows, RowReader in) {
        SourceRow row = rows.getFirst();
        TabletFeatures tablet =
                new TabletFeatures(in.text(row, "tablet_logo"), in.text(row, "tablet_colour"), null, null, null, null);
        return new SeizureRecord(
                SampleRows.nonNull(in.text(row, "external_id")),
                SampleRows.nonNull(in.date(row, "seizure_date")),
                in.date(row, "analysis_date"),
                in.text(row, "country"),
                in.text(row, "region_code"),
                in.text(row, "place"),
                SampleRows.nonNull(in.coded(row, "form", SampleRecord.Form.class)),
                in.text(row, "description"),
                tablet.isEmpty() ? null : tablet,
                in.integer(row, "unit_count"),
                in.decimal(row, "gross_weight_g"),
                SampleRows.results(rows, in));
    }
}
