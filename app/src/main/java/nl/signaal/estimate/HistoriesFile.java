/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.signaal.shared.DirectIdentifiers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * Reads capture histories from a CSV file: one column per list holding 0 or 1, the name of the column being the list's
 * name; optionally {@code count}, the number of people with that history (without it each row is one person, as a
 * linked file of people has it); optionally the stratum columns {@code stratum}, {@code region}, {@code age_band},
 * {@code sex}. Rows with the same history (and stratum) add up. Every problem is collected with its line and column;
 * the file is refused as a whole when there is one. A column whose name or a stratum whose value looks like a direct
 * identifier ({@link DirectIdentifiers}), or the link key of pseudonymised rows, is refused: Signaal takes counts only.
 */
public final class HistoriesFile {

    static final String COUNT = "count";

    /** The column of {@code ./signaal pseudonymise}: rows of people, which are to be linked and counted first. */
    static final String LINK_KEY = "link_key";

    static final List<String> STRATUM_COLUMNS = List.of("stratum", "region", "age_band", "sex");

    /** List names become terms of R formulas ({@code A+B+A:B}): letters, digits, underscore and dot only. */
    private static final Pattern LIST_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,39}");

    /** Enough to correct a file in one go; more would bury the first. */
    static final int MAX_REFUSALS = 50;

    private static final int MAX_STRATUM_LENGTH = 100;

    private HistoriesFile() {}

    public static Histories read(InputStream input) throws RefusedUpload {
        Reader text = new InputStreamReader(
                input,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .get()
                .parse(withoutByteOrderMark(text))) {
            return read(parser);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new RefusedUpload(List.of(unreadable(e)));
        }
    }

    /** A file saved by a spreadsheet may start with a byte-order mark, which would become part of the first name. */
    private static Reader withoutByteOrderMark(Reader text) throws IOException {
        PushbackReader reader = new PushbackReader(text, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static Histories read(CSVParser parser) throws RefusedUpload {
        List<Refusal> refusals = new ArrayList<>();
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) {
            throw new RefusedUpload(List.of(Refusal.of(1, null, null, "empty")));
        }
        List<String> lists = new ArrayList<>();
        List<String> strata = new ArrayList<>();
        String countColumn = null;
        for (String column : header) {
            String name = column.toLowerCase(Locale.ROOT);
            if (DirectIdentifiers.identifierName(column) != null) {
                refusals.add(Refusal.of(1, column, null, "identifier_column"));
            } else if (name.equals(LINK_KEY)) {
                refusals.add(Refusal.of(1, column, null, "link_key"));
            } else if (name.equals(COUNT)) {
                countColumn = column;
            } else if (STRATUM_COLUMNS.contains(name)) {
                strata.add(column);
            } else if (!LIST_NAME.matcher(column).matches()) {
                refusals.add(Refusal.of(1, column, null, "list_name"));
            } else {
                lists.add(column);
            }
        }
        if (refusals.isEmpty() && (lists.size() < Histories.MIN_LISTS || lists.size() > Histories.MAX_LISTS)) {
            refusals.add(Refusal.of(1, null, String.join(",", header), "list_count", lists.size()));
        }
        if (!refusals.isEmpty()) {
            throw new RefusedUpload(refusals);
        }
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (CSVRecord row : parser) {
            long line = row.getRecordNumber() + 1;
            if (!row.isConsistent()) {
                refusals.add(Refusal.of(line, null, null, "field_count", row.size(), header.size()));
            } else {
                readRow(row, line, lists, strata, countColumn, counts, refusals);
            }
            if (refusals.size() >= MAX_REFUSALS) {
                break;
            }
        }
        if (refusals.isEmpty() && counts.isEmpty()) {
            refusals.add(Refusal.of(0, null, null, "no_rows"));
        }
        if (!refusals.isEmpty()) {
            throw new RefusedUpload(refusals);
        }
        return new Histories(lists, counts);
    }

    private static void readRow(
            CSVRecord row,
            long line,
            List<String> lists,
            List<String> strata,
            @Nullable String countColumn,
            Map<String, Map<String, Long>> counts,
            List<Refusal> refusals) {
        int before = refusals.size();
        StringBuilder history = new StringBuilder();
        for (String list : lists) {
            String value = row.get(list);
            switch (value) {
                case "0", "1" -> history.append(value);
                default -> refusals.add(Refusal.of(line, list, value, "zero_one"));
            }
        }
        long count = 1;
        if (countColumn != null) {
            String value = row.get(countColumn);
            try {
                count = Long.parseLong(value);
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 0) {
                refusals.add(Refusal.of(line, COUNT, value, "count"));
            }
        }
        List<String> labels = new ArrayList<>();
        for (String column : strata) {
            String value = row.get(column);
            if (value.length() > MAX_STRATUM_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
                refusals.add(Refusal.of(line, column, value, "stratum", MAX_STRATUM_LENGTH));
            } else if (DirectIdentifiers.identifierValue(value) != null) {
                // the value itself is not repeated: it may be the identifier
                refusals.add(Refusal.of(line, column, null, "identifier_value"));
            }
            labels.add(value);
        }
        if (refusals.size() > before) {
            return;
        }
        if (history.indexOf("1") < 0) {
            if (count > 0) {
                refusals.add(Refusal.of(line, null, history.toString(), "unseen"));
            }
            return;
        }
        counts.computeIfAbsent(String.join(" · ", labels), s -> new HashMap<>())
                .merge(history.toString(), count, Long::sum);
    }

    private static Refusal unreadable(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof CharacterCodingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof CharacterCodingException) {
            return Refusal.of(0, null, null, "not_utf8");
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("duplicate name")) {
            return Refusal.of(1, null, null, "duplicate_column");
        }
        return Refusal.of(0, null, null, "unreadable");
    }
}
