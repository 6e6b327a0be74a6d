/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.signaal.ingest.Observation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * Records from a CSV file: UTF-8 (with or without byte-order mark), comma- or semicolon-separated (a semicolon file
 * may use decimal commas), a header line, then one row per record or, for records with items, one row per item.
 *
 * <p>Problems with the file as a whole (not UTF-8, broken quoting, missing or unknown columns) stop the reading, as
 * nothing after them can be trusted; problems with a value are reported and reading goes on, so that a file's problems
 * are all found in one go.
 */
final class CsvRecordSource<R extends Observation> implements RecordSource<R>, AutoCloseable {

    private final RowMapper<R> mapper;
    private final @Nullable ImportProfile profile;
    private final Problems problems;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final RowReader reader;
    private final Map<String, Integer> header;
    private final @Nullable String groupColumn;
    private final Set<String> finishedGroups = new HashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final List<SourceRow> group = new ArrayList<>();
    private @Nullable String groupKey;
    private int index;
    private int skipped;
    private boolean broken;

    CsvRecordSource(RowMapper<R> mapper, @Nullable ImportProfile profile, InputStream input, Problems problems) {
        this.mapper = mapper;
        this.profile = profile;
        this.problems = problems;
        this.groupColumn = mapper.groupColumn();
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader text = new BufferedReader(new InputStreamReader(input, decoder), 1 << 16);
        char delimiter = delimiter(text);
        try {
            this.parser = CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setIgnoreSurroundingSpaces(true)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                    .get()
                    .parse(text);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw describe(e, 1);
        }
        this.header = new LinkedHashMap<>(parser.getHeaderMap());
        this.reader = new RowReader(problems, delimiter == ';');
        this.records = parser.iterator();
        checkHeader();
    }

    /** A file that cannot be read at all: the reason is reported as the batch's only problem. */
    static final class UnreadableFile extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final Reason reason;
        private final transient Object[] args;

        UnreadableFile(Reason reason, Object... args) {
            super(reason.key(), null, false, false);
            this.reason = reason;
            this.args = args;
        }

        /** @param line where reading stopped, or 0 when the file as a whole is unreadable */
        void report(Problems problems, long line) {
            problems.add(line, 0, null, null, reason, args);
        }
    }

    private void checkHeader() {
        if (header.isEmpty()) {
            fileProblem(1, Reason.EMPTY_FILE, String.join(",", mapper.requiredColumns()));
            return;
        }
        List<String> required = profile == null ? mapper.requiredColumns() : profile.requiredColumns();
        List<String> missing =
                required.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            fileProblem(1, Reason.MISSING_COLUMNS, String.join(", ", missing), String.join(",", header.keySet()));
        }
        if (profile == null) {
            List<String> unknown = header.keySet().stream()
                    .filter(c -> !mapper.columns().contains(c))
                    .toList();
            if (!unknown.isEmpty()) {
                fileProblem(
                        1,
                        Reason.UNKNOWN_COLUMNS,
                        String.join(", ", unknown),
                        mapper.kind().path(),
                        String.join(",", mapper.columns()));
            }
        }
    }

    private void fileProblem(long line, Reason reason, Object... args) {
        problems.add(line, 0, null, null, reason, args);
        broken = true;
    }

    @Override
    public @Nullable Parsed<R> next(Problems ignored) {
        while (!broken) {
            SourceRow row = nextRow();
            if (row == null) {
                break;
            }
            if (groupColumn == null) {
                return read(List.of(row));
            }
            String key = Objects.requireNonNullElse(row.get(groupColumn), "");
            if (group.isEmpty() || key.equals(groupKey)) {
                group.add(row);
                groupKey = key;
                continue;
            }
            Parsed<R> done = finishGroup();
            group.add(row);
            groupKey = key;
            if (done != null) {
                return done;
            }
        }
        return group.isEmpty() ? null : finishGroup();
    }

    private @Nullable Parsed<R> finishGroup() {
        List<SourceRow> rows = List.copyOf(group);
        String key = Objects.requireNonNullElse(groupKey, "");
        group.clear();
        groupKey = null;
        if (!key.isEmpty() && !finishedGroups.add(key)) {
            problems.add(rows.getFirst().line(), index + 1, groupColumn, key, Reason.GROUP_NOT_ADJACENT);
        }
        SourceRow first = rows.getFirst();
        for (SourceRow row : rows.subList(1, rows.size())) {
            for (String column : mapper.recordColumns()) {
                if (!Objects.equals(first.get(column), row.get(column))) {
                    problems.add(
                            row.line(),
                            index + 1,
                            column,
                            row.get(column),
                            Reason.DIFFERS_FROM_LINE,
                            first.line(),
                            first.get(column),
                            groupColumn);
                }
            }
        }
        return read(rows);
    }

    private Parsed<R> read(List<SourceRow> rows) {
        reader.startRecord(++index);
        R record = mapper.read(rows, reader);
        long[] lines = rows.size() > 1 || groupColumn != null
                ? rows.stream().mapToLong(SourceRow::line).toArray()
                : new long[0];
        return new Parsed<>(record, rows.getFirst().line(), index, lines, reader.unreadable());
    }

    private @Nullable SourceRow nextRow() {
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                describe(e, parser.getCurrentLineNumber() + 1).report(problems, parser.getCurrentLineNumber() + 1);
                broken = true;
                return null;
            }
            long line = record.getRecordNumber() + 1;
            if (!record.isConsistent()) {
                problems.add(line, index + 1, null, null, Reason.FIELD_COUNT, record.size(), header.size());
                continue;
            }
            if (profile == null) {
                return new NativeRow(record, header, line);
            }
            String skip = profile.skipReason(record, header);
            if (skip != null) {
                skipped++;
                if (notes.size() < 20) {
                    notes.add("line " + line + " skipped: " + skip);
                }
                continue;
            }
            return profile.map(record, header);
        }
    }

    @Override
    public int skipped() {
        return skipped;
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static char delimiter(BufferedReader text) {
        try {
            text.mark(1 << 15);
            int first = text.read();
            if (first != '\uFEFF' && first != -1) {
                text.reset();
            }
            text.mark(1 << 15);
            String headerLine = text.readLine();
            text.reset();
            if (headerLine != null && headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0) {
                return ';';
            }
            return ',';
        } catch (CharacterCodingException e) {
            throw new UnreadableFile(Reason.NOT_UTF8, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UnreadableFile describe(Exception e, long line) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof CharacterCodingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof CharacterCodingException) {
            return new UnreadableFile(Reason.NOT_UTF8, line);
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new UnreadableFile(Reason.UNCLOSED_QUOTE, line);
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return new UnreadableFile(Reason.TEXT_AFTER_QUOTE, line);
        }
        if (message.contains("duplicate name")) {
            return new UnreadableFile(Reason.DUPLICATE_COLUMN, message);
        }
        return new UnreadableFile(Reason.UNREADABLE_FILE, line, message);
    }

    /** A row in Signaal's own format: the header names the columns. */
    private record NativeRow(CSVRecord record, Map<String, Integer> header, long line) implements SourceRow {

        @Override
        public @Nullable String get(String column) {
            Integer i = header.get(column);
            if (i == null) {
                return null;
            }
            String value = record.get(i);
            return value.isEmpty() ? null : value;
        }
    }
}
