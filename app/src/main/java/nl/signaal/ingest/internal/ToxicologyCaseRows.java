/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import nl.signaal.ingest.AgeBand;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.Sex;
import nl.signaal.ingest.ToxicologyCaseRecord;
import org.springframework.stereotype.Component;

/** Toxicology cases in CSV: one row per substance found, the case's columns repeated on each. */
@Component
class ToxicologyCaseRows implements RowMapper<ToxicologyCaseRecord> {

    static final List<String> CASE_COLUMNS =
            List.of("external_id", "death_date", "country", "region_code", "place", "age_band", "sex", "drug_related");
    private static final List<String> COLUMNS =
            SampleRows.concat(CASE_COLUMNS, List.of("substance", "concentration", "unit", "matrix", "contributory"));

    @Override
    public ObservationKind kind() {
        return ObservationKind.TOXICOLOGY_CASE;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("external_id", "death_date");
    }

    @Override
    public String groupColumn() {
        return "external_id";
    }

    @Override
    public List<String> recordColumns() {
        return CASE_COLUMNS;
    }

    @Override
    public ToxicologyCaseRecord read(List<SourceRow> rows, RowReader in) {
        SourceRow row = rows.getFirst();
        List<ToxicologyCaseRecord.Finding> findings = new ArrayList<>();
        for (SourceRow r : rows) {
            if (r.get("substance") == null && r.get("concentration") == null) {
                continue;
            }
            findings.add(new ToxicologyCaseRecord.Finding(
                    SampleRows.nonNull(in.text(r, "substance")),
                    in.decimal(r, "concentration"),
                    in.coded(r, "unit", ToxicologyCaseRecord.ConcentrationUnit.class),
                    in.coded(r, "matrix", ToxicologyCaseRecord.Matrix.class),
                    in.bool(r, "contributory")));
        }
        return new ToxicologyCaseRecord(
                SampleRows.nonNull(in.text(row, "external_id")),
                SampleRows.nonNull(in.date(row, "death_date")),
                in.text(row, "country"),
                in.text(row, "region_code"),
                in.text(row, "place"),
                in.coded(row, "age_band", AgeBand.class),
                in.coded(row, "sex", Sex.class),
                in.bool(row, "drug_related"),
                findings);
    }
}
