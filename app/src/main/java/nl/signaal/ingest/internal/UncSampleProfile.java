/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.signaal.ingest.ObservationKind;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The samples of the UNC Street Drug Analysis Lab ({@code analysis_dataset.csv}, {@code nc_analysis_dataset.csv}):
 * what the participant said on the collection card. Only the card's facts are taken, never its free-text notes.
 *
 * <ul>
 *   <li>{@code sampleid} is the external id; {@code date_collect} the sample date and {@code date_complete} the result
 *       date, both written {@code 01Apr2022}.
 *   <li>Country {@code US}; place "county, state" as given; {@code location} is the service location.
 *   <li>Sold as: {@code expectedsubstance} as given ("heroin; fentanyl").
 *   <li>Form from the card's texture flags: {@code pill} → tablet, else {@code powder} → powder, else {@code crystals}
 *       → crystal, else other.
 *   <li>Known quirk: a missing or impossible collection date (blank in 14 NC rows; {@code 30Dec0222}) is replaced by
 *       the completion date, and the sample's note says so. Nothing else is changed.
 * </ul>
 */
@Component
class UncSampleProfile implements ImportProfile {

    static final DateTimeFormatter UNC_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("ddMMMuuuu")
            .toFormatter(Locale.ENGLISH);

    @Override
    public String name() {
        return "unc";
    }

    @Override
    public ObservationKind kind() {
        return ObservationKind.SAMPLE;
    }

    @Override
    public String description() {
        return "UNC Street Drug Analysis Lab samples (analysis_dataset.csv, nc_analysis_dataset.csv): card data, "
                + "country US; a missing or impossible date_collect is replaced by date_complete and noted";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(
                "sampleid",
                "date_collect",
                "date_complete",
                "state",
                "county",
                "expectedsubstance",
                "pill",
                "powder",
                "crystals");
    }

    @Override
    public SourceRow map(CSVRecord record, Map<String, Integer> header) {
        Map<String, String> row = new HashMap<>();
        put(row, "external_id", ProfileRow.source(record, header, "sampleid"));
        String collected = ProfileRow.source(record, header, "date_collect");
        String completed = ProfileRow.source(record, header, "date_complete");
        LocalDate sampleDate = uncDate(collected);
        LocalDate resultDate = uncDate(completed);
        if (sampleDate == null || sampleDate.getYear() < 2000) {
            sampleDate = resultDate;
            if (resultDate != null) {
                put(
                        row,
                        "note",
                        "sample date taken from date_complete: date_collect was "
                                + (collected == null ? "empty" : "'" + collected + "'"));
            }
        }
        put(row, "sample_date", sampleDate == null ? collected : sampleDate.toString());
        put(row, "result_date", resultDate == null ? completed : resultDate.toString());
        put(row, "country", "US");
        String state = ProfileRow.source(record, header, "state");
        String county = ProfileRow.source(record, header, "county");
        put(row, "place", county == null ? state : state == null ? county : county + ", " + state);
        put(row, "service_location", ProfileRow.source(record, header, "location"));
        put(row, "sold_as", ProfileRow.source(record, header, "expectedsubstance"));
        put(row, "form", form(record, header));
        return new ProfileRow(ProfileRow.line(record), row);
    }

    private static String form(CSVRecord record, Map<String, Integer> header) {
        if ("1".equals(ProfileRow.source(record, header, "pill"))) {
            return "tablet";
        }
        if ("1".equals(ProfileRow.source(record, header, "powder"))) {
            return "powder";
        }
        if ("1".equals(ProfileRow.source(record, header, "crystals"))) {
            return "crystal";
        }
        return "other";
    }

    static @Nullable LocalDate uncDate(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, UNC_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void put(Map<String, String> row, String column, @Nullable String value) {
        if (value != null) {
            row.put(column, value);
        }
    }
}
