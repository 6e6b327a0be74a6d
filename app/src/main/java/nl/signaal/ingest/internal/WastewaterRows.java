/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.WastewaterRecord;
import org.springframework.stereotype.Component;

/**
 * Wastewater measurements in CSV, one per row. Without an {@code external_id} a measurement is named by its site,
 * metabolite and period, which identify it.
 */
@Component
class WastewaterRows implements RowMapper<WastewaterRecord> {

    private static final List<String> COLUMNS = List.of(
            "external_id",
            "site_id",
            "city",
            "country",
            "region_code",
            "metabolite",
            "period",
            "load_mg_per_day_per_1000",
            "population_served");

    @Override
    public ObservationKind kind() {
        return ObservationKind.WASTEWATER;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("site_id", "city", "metabolite", "period", "load_mg_per_day_per_1000");
    }

    @Override
    public WastewaterRecord read(List<SourceRow> rows, RowReader in) {
        SourceRow row = rows.getFirst();
        String externalId = in.text(row, "external_id");
        if (externalId == null) {
            externalId = row.get("site_id") + "/" + row.get("metabolite") + "/" + row.get("period");
        }
        return new WastewaterRecord(
                externalId,
                SampleRows.nonNull(in.text(row, "site_id")),
                SampleRows.nonNull(in.text(row, "city")),
                in.text(row, "country"),
                in.text(row, "region_code"),
                SampleRows.nonNull(in.text(row, "metabolite")),
                SampleRows.nonNull(in.period(row, "period")),
                SampleRows.nonNull(in.decimal(row, "load_mg_per_day_per_1000")),
                in.integer(row, "population_served"));
    }
}
