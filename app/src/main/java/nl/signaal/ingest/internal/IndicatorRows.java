/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import nl.signaal.ingest.IndicatorRecord;
import nl.signaal.ingest.ObservationKind;
import org.springframework.stereotype.Component;

/**
 * Indicators in CSV, one per row. Without an {@code external_id} a value is named by what it measures, for whom,
 * where and when.
 */
@Component
class IndicatorRows implements RowMapper<IndicatorRecord> {

    private static final List<String> COLUMNS = List.of(
            "external_id",
            "indicator",
            "substance",
            "population_group",
            "country",
            "region_code",
            "period",
            "value",
            "unit",
            "ci_low",
            "ci_high",
            "sample_size");

    @Override
    public ObservationKind kind() {
        return ObservationKind.INDICATOR;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("indicator", "population_group", "period", "value", "unit");
    }

    @Override
    public IndicatorRecord read(List<SourceRow> rows, RowReader in) {
        SourceRow row = rows.getFirst();
        String externalId = in.text(row, "external_id");
        if (externalId == null) {
            externalId = String.join(
                    "/",
                    String.valueOf(row.get("indicator")),
                    String.valueOf(row.get("substance")),
                    String.valueOf(row.get("population_group")),
                    String.valueOf(row.get("region_code")),
                    String.valueOf(row.get("period")));
        }
        return new IndicatorRecord(
                externalId,
                SampleRows.nonNull(in.coded(row, "indicator", IndicatorRecord.Indicator.class)),
                in.text(row, "substance"),
                SampleRows.nonNull(in.text(row, "population_group")),
                in.text(row, "country"),
                in.text(row, "region_code"),
                SampleRows.nonNull(in.period(row, "period")),
                SampleRows.nonNull(in.decimal(row, "value")),
                SampleRows.nonNull(in.coded(row, "unit", IndicatorRecord.Unit.class)),
                in.decimal(row, "ci_low"),
                in.decimal(row, "ci_high"),
                in.integer(row, "sample_size"));
    }
}
