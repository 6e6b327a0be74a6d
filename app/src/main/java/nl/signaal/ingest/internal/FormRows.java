/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import nl.signaal.access.SignaalUser;
import nl.signaal.ingest.BatchRejectedException;
import nl.signaal.ingest.Coded;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A page's form as rows of Signaal's own CSV, so that it is stored with exactly the checks of an uploaded file: the
 * record's fields on every row, and one row per filled repeat of a group (the substances of an incident, the results
 * of a sample), named {@code column_1}, {@code column_2}, … on the form. A problem the checks report is put back next
 * to the form field it concerns.
 *
 * @param fields the record's columns, which are the form's field names
 * @param group the columns repeated per row; the first one decides whether a repeat is filled
 * @param repeats how many repeats the form offers
 * @param placed the form field for a problem with a field the form does not show by that name (the lab-results CSV
 *     reports a conflict on {@code external_id}, a missing result on {@code results})
 */
record FormRows(List<String> fields, List<String> group, int repeats, Map<String, String> placed) {

    FormRows(List<String> fields, List<String> group, int repeats) {
        this(fields, group, repeats, Map.of());
    }

    /**
     * Stores the form as one record of {@code kind} sent by the user's organisation, with the checks of an upload.
     *
     * @param amend adds to the record what a CSV row cannot carry (a photo); it gives a record of the same kind
     * @param words a problem in the reader's language
     * @return the problems by form field when the checks refuse it (nothing is stored then), else none
     */
    Map<String, String> store(
            IngestPipeline ingest,
            ObservationKind kind,
            SignaalUser user,
            Map<String, String> form,
            UnaryOperator<Observation> amend,
            Function<Problem, String> words) {
        try {
            ingest.runCsv(kind, null, user.organisationId(), csv(form), "form", amend);
            return Map.of();
        } catch (BatchRejectedException e) {
            return problems(e.problems(), form, words);
        }
    }

    /** The form with the sender's own reference, or one made for it when they left it empty. */
    static Map<String, String> withReference(Map<String, String> form) {
        Map<String, String> values = new HashMap<>(form);
        if (values.getOrDefault("external_id", "").isBlank()) {
            values.put(
                    "external_id",
                    "WEB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
        }
        return values;
    }

    /** The CSV, as a stream for the ingestion. */
    InputStream csv(Map<String, String> form) {
        List<String> header = new ArrayList<>(fields);
        header.addAll(group);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(out)) {
            for (int repeat : filled(form)) {
                List<String> row = new ArrayList<>();
                fields.forEach(f -> row.add(value(form, f)));
                group.forEach(g -> row.add(value(form, g + "_" + repeat)));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Each problem by form field; a group column's by the repeat its line holds (line 2 is the first row). */
    Map<String, String> problems(List<Problem> problems, Map<String, String> form, Function<Problem, String> words) {
        List<Integer> rows = filled(form);
        Map<String, String> byField = new LinkedHashMap<>();
        for (Problem p : problems) {
            String field = p.field() == null ? "form" : placed.getOrDefault(p.field(), p.field());
            if (group.contains(field)) {
                field = field + "_" + rows.get((int) Math.clamp(p.line() - 2, 0, rows.size() - 1));
            }
            byField.merge(field, words.apply(p), (a, b) -> a.equals(b) ? a : a + "; " + b);
        }
        return byField;
    }

    /** The repeats that are filled in; the first alone when none is, so the record still has its row. */
    private List<Integer> filled(Map<String, String> form) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 1; i <= repeats; i++) {
            if (!value(form, group.getFirst() + "_" + i).isEmpty()) {
                rows.add(i);
            }
        }
        return rows.isEmpty() ? List.of(1) : rows;
    }

    private static String value(Map<String, String> form, String name) {
        return form.getOrDefault(name, "").strip();
    }

    /** The codes a list of the form offers. */
    static List<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }
}
