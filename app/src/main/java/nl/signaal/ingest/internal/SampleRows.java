/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.ingest.TabletFeatures;
import org.springframework.stereotype.Component;

/**
 * Samples in CSV: one row per lab result, the sample's columns repeated on each; a sample without results has one
 * row with the result columns empty.
 */
@Component
class SampleRows implements RowMapper<SampleRecord> {

    static final List<String> SAMPLE_COLUMNS = List.of(
            "external_id",
            "sample_date",
            "result_date",
            "country",
            "region_code",
            "place",
            "service_location",
            "sold_as",
            "form",
            "tablet_logo",
            "tablet_colour",
            "tablet_diameter_mm",
            "tablet_thickness_mm",
            "tablet_weight_mg",
            "tablet_score_line",
            "price_eur",
            "purchase_channel",
            "note");
    static final List<String> RESULT_COLUMNS =
            List.of("substance", "amount", "unit", "salt_form", "abundance", "method", "smiles");

    private static final List<String> COLUMNS = concat(SAMPLE_COLUMNS, RESULT_COLUMNS);

    @Override
    public ObservationKind kind() {
        return ObservationKind.SAMPLE;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("external_id", "sample_date", "form");
    }

    @Override
    public String groupColumn() {
        return "external_id";
    }

    @Override
    public List<String> recordColumns() {
        return SAMPLE_COLUMNS;
    }

    @Override
    public SampleRecord read(List<SourceRow> rows, RowReader in) {
        SourceRow row = rows.getFirst();
        TabletFeatures tablet = new TabletFeatures(
                in.text(row, "tablet_logo"),
                in.text(row, "tablet_colour"),
                in.decimal(row, "tablet_diameter_mm"),
                in.decimal(row, "tablet_thickness_mm"),
                in.decimal(row, "tablet_weight_mg"),
                in.coded(row, "tablet_score_line", TabletFeatures.ScoreLine.class));
        return new SampleRecord(
                nonNull(in.text(row, "external_id")),
                nonNull(in.date(row, "sample_date")),
                in.date(row, "result_date"),
                in.text(row, "country"),
                in.text(row, "region_code"),
                in.text(row, "place"),
                in.text(row, "service_location"),
                in.text(row, "sold_as"),
                nonNull(in.coded(row, "form", SampleRecord.Form.class)),
                tablet.isEmpty() ? null : tablet,
                in.decimal(row, "price_eur"),
                in.coded(row, "purchase_channel", SampleRecord.PurchaseChannel.class),
                null,
                results(rows, in),
                in.text(row, "note"));
    }

    static List<LabResult> results(List<SourceRow> rows, RowReader in) {
        List<LabResult> results = new ArrayList<>(rows.size());
        for (SourceRow row : rows) {
            if (RESULT_COLUMNS.stream().allMatch(c -> row.get(c) == null)) {
                continue;
            }
            results.add(new LabResult(
                    nonNull(in.text(row, "substance")),
                    in.decimal(row, "amount"),
                    in.coded(row, "unit", LabResult.Unit.class),
                    in.coded(row, "salt_form", LabResult.SaltForm.class),
                    in.coded(row, "abundance", LabResult.Abundance.class),
                    in.text(row, "method"),
                    in.text(row, "smiles")));
        }
        return results;
    }

    /**
     * A required value that may be missing: the record is built anyway so that every problem of the row is found, and
     * its check reports the missing value.
     */
    @SuppressWarnings("NullAway")
    static <T> T nonNull(@org.jspecify.annotations.Nullable T value) {
        return value;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
