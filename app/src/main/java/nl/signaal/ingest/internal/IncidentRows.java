/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import nl.signaal.ingest.AgeBand;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.Sex;
import org.springframework.stereotype.Component;

/** Incidents in CSV: one row per substance involved, the incident's columns repeated; one row if none is known. */
@Component
class IncidentRows implements RowMapper<IncidentRecord> {

    static final List<String> INCIDENT_COLUMNS = List.of(
            "external_id",
            "incident_date",
            "country",
            "region_code",
            "place",
            "setting",
            "age_band",
            "sex",
            "severity",
            "naloxone_given",
            "outcome",
            "reporter_type");
    private static final List<String> COLUMNS =
            SampleRows.concat(INCIDENT_COLUMNS, List.of("substance", "substance_status"));

    @Override
    public ObservationKind kind() {
        return ObservationKind.INCIDENT;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("external_id", "incident_date", "setting", "severity", "reporter_type");
    }

    @Override
    public String groupColumn() {
        return "external_id";
    }

    @Override
    public List<String> recordColumns() {
        return INCIDENT_COLUMNS;
    }

    @Override
    public IncidentRecord read(List<SourceRow> rows, RowReader in) {
        SourceRow row = rows.getFirst();
        List<IncidentRecord.ReportedSubstance> substances = new ArrayList<>();
        for (SourceRow r : rows) {
            if (r.get("substance") != null || r.get("substance_status") != null) {
                substances.add(new IncidentRecord.ReportedSubstance(
                        SampleRows.nonNull(in.text(r, "substance")),
                        SampleRows.nonNull(
                                in.coded(r, "substance_status", IncidentRecord.ReportedSubstance.Status.class))));
            }
        }
        return new IncidentRecord(
                SampleRows.nonNull(in.text(row, "external_id")),
                SampleRows.nonNull(in.date(row, "incident_date")),
                in.text(row, "country"),
                in.text(row, "region_code"),
                in.text(row, "place"),
                SampleRows.nonNull(in.coded(row, "setting", IncidentRecord.Setting.class)),
                in.coded(row, "age_band", AgeBand.class),
                in.coded(row, "sex", Sex.class),
                SampleRows.nonNull(in.integer(row, "severity")),
                in.bool(row, "naloxone_given"),
                in.coded(row, "outcome", IncidentRecord.Outcome.class),
                SampleRows.nonNull(in.coded(row, "reporter_type", IncidentRecord.ReporterType.class)),
                substances);
    }
}
