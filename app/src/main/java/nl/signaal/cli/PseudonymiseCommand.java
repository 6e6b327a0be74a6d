/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import nl.signaal.cli.LinkField.BadValue;
import nl.signaal.cli.PseudonymisationKey.BadKey;
import nl.signaal.shared.DirectIdentifiers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code signaal pseudonymise}: run by a source organisation on its own list before anything leaves it. Replaces the
 * identifying columns of a CSV file by one column {@code link_key}, the HMAC-SHA256 under the sources' shared key of
 * the normalised fields ({@link LinkField}), as 64 lower-case hexadecimal digits; every other column passes through
 * unchanged. Refuses to let a column pass whose name or values look like a direct identifier ({@link
 * DirectIdentifiers}) unless it is named in {@code --keep}. The protocol is docs/pseudonymisation.md.
 */
@Command(
        name = "pseudonymise",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Replaces the identifying columns of a CSV file by a link key, at the source, so that lists can be linked"
                    + " without identities ever reaching Signaal (docs/pseudonymisation.md).",
            "link_key = HMAC-SHA256(key, normalised fields), 64 lower-case hexadecimal digits, the first column of the"
                    + " output; the identifying columns are dropped, the other columns pass through.",
            "Without --fields the columns are recognised by name: first name or initials (initial), family name,"
                    + " date of birth and sex.",
            "Make the shared key once with --new-key --key-file FILE (32 random bytes, hexadecimal) and share it only"
                    + " with the other sources, never with Signaal."
        })
class PseudonymiseCommand implements Callable<Integer> {

    static final String LINK_KEY = "link_key";

    /** Problems listed before the command stops reading. */
    private static final int MAX_PROBLEMS = 20;

    @Option(
            names = "--key-file",
            required = true,
            paramLabel = "FILE",
            description = "The shared key: at least 32 random bytes as hexadecimal or base64 text")
    @SuppressWarnings("NullAway.Init")
    Path keyFile;

    @Option(
            names = "--new-key",
            description = "Write a new random key to --key-file (never replaces a file) and do nothing else")
    boolean newKey;

    @Option(names = "--input", paramLabel = "FILE", description = "CSV file (UTF-8, comma- or semicolon-separated)")
    @Nullable
    Path input;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "CSV file to write, with the input's separator (replaced when it exists)")
    @Nullable
    Path output;

    @Option(
            names = "--fields",
            split = ",",
            paramLabel = "COLUMN[=ROLE]",
            description = "The columns the link key is made of, each with its role when its name does not say it:"
                    + " initial, family-name, birth-date, sex or text, e.g. --fields vn=initial,anaam=family-name,gd")
    List<String> fields = new ArrayList<>();

    @Option(
            names = "--drop",
            split = ",",
            paramLabel = "COLUMN",
            description = "Further columns to leave out of the output (an address, a phone number)")
    List<String> drop = new ArrayList<>();

    @Option(
            names = "--keep",
            split = ",",
            paramLabel = "COLUMN",
            description = "Columns to pass through although their name or values look like direct identifiers")
    List<String> keep = new ArrayList<>();

    @Option(
            names = "--allow-incomplete",
            description = "Write a row whose identifying field is empty with an empty link_key (default: refuse the"
                    + " file); such a row links to nothing")
    boolean allowIncomplete;

    @Override
    public Integer call() {
        if (newKey) {
            return makeKey();
        }
        Path in = input;
        Path out = output;
        if (in == null || out == null) {
            System.err.println("--input and --output are needed (or --new-key to make a key file)");
            return 2;
        }
        if (!Files.isRegularFile(in)) {
            System.err.println("No such file: " + in.toAbsolutePath());
            return 2;
        }
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            System.err.println("--output must not be the input file: the identities would be overwritten");
            return 2;
        }
        PseudonymisationKey key;
        try {
            key = PseudonymisationKey.read(keyFile);
        } catch (BadKey e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (PseudonymisationKey.readableByOthers(keyFile)) {
            System.err.println("Warning: others than you may read the key file " + keyFile + "; chmod 600 it");
        }
        return pseudonymise(key, in, out);
    }

    private int makeKey() {
        if (input != null || output != null) {
            System.err.println("--new-key only writes a key file; run again without it to pseudonymise a file");
            return 2;
        }
        try {
            PseudonymisationKey key = PseudonymisationKey.create(keyFile);
            System.out.println("Wrote a new key to " + keyFile + " (key id " + key.id() + "). Give it only to the"
                    + " other sources, over a channel you trust; Signaal must never have it.");
            return 0;
        } catch (BadKey e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    private int pseudonymise(PseudonymisationKey key, Path in, Path out) {
        long started = System.nanoTime();
        Path partial = null;
        Progress progress = new Progress();
        try {
            Path directory = out.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            partial = Files.createTempFile(directory, ".pseudonymise-", ".csv.partial");
            Result result;
            try (BufferedReader text = CsvFiles.readStrictly(in)) {
                char delimiter = delimiter(text);
                try (CSVParser parser = CsvFiles.inputFormat()
                                .setDelimiter(delimiter)
                                .get()
                                .parse(text);
                        Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                        CSVPrinter printer = CSVFormat.RFC4180
                                .builder()
                                .setDelimiter(delimiter)
                                .setRecordSeparator('\n')
                                .get()
                                .print(writer)) {
                    Plan plan = plan(parser.getHeaderNames());
                    System.err.println(plan.describe());
                    printer.printRecord(plan.outputHeader());
                    result = rows(key.mac(), plan, parser, printer, progress);
                }
            }
            if (!result.problems().isEmpty()) {
                System.err.println(in + ": nothing was written, because of these problems"
                        + (result.stopped() ? " (reading stopped after " + MAX_PROBLEMS + ")" : "") + ":");
                result.problems().forEach(p -> System.err.println("  " + p));
                return 2;
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println(String.format(
                    Locale.ROOT,
                    "Pseudonymised %,d rows in %.1f s into %s: link_key over %s, key id %s%s",
                    result.rows(),
                    (System.nanoTime() - started) / 1e9,
                    out,
                    result.fields(),
                    key.id(),
                    result.incomplete() == 0
                            ? ""
                            : String.format(
                                    Locale.ROOT, "; %,d incomplete rows have an empty link_key", result.incomplete())));
            return 0;
        } catch (InputException e) {
            System.err.println(in + ": " + e.getMessage() + "; nothing was written");
            return 2;
        } catch (IllegalArgumentException e) {
            // commons-csv refuses a header with a name twice by an IllegalArgumentException
            System.err.println(in + ": " + e.getMessage() + "; nothing was written");
            return 2;
        } catch (IOException | UncheckedIOException e) {
            System.err.println(in + ": " + describe(e, progress.line) + "; nothing was written");
            return e instanceof IOException && !(e instanceof CharacterCodingException) ? 1 : 2;
        } finally {
            CsvFiles.deleteQuietly(partial);
        }
    }

    /** The first line's separator: a semicolon when it has semicolons and no comma, as {@code ingest} reads files. */
    private static char delimiter(BufferedReader text) throws IOException {
        text.mark(1 << 16);
        String header = text.readLine();
        text.reset();
        return header != null && header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    /** Which input column goes where: into the link key, out, or through. */
    Plan plan(List<String> header) throws InputException {
        if (header.isEmpty()) {
            throw new InputException("the file is empty; it needs a header row and the rows of the list");
        }
        if (header.stream().anyMatch(h -> h.strip().equalsIgnoreCase(LINK_KEY))) {
            throw new InputException("it already has a column " + LINK_KEY + "; is it pseudonymised already?");
        }
        List<KeyColumn> key = fields.isEmpty() ? recognised(header) : named(header);
        Set<Integer> dropped = new LinkedHashSet<>();
        key.forEach(k -> dropped.add(k.index()));
        for (String d : drop) {
            dropped.add(column(header, d, "--drop"));
        }
        Set<Integer> kept = new LinkedHashSet<>();
        for (String k : keep) {
            int index = column(header, k, "--keep");
            if (dropped.contains(index)) {
                throw new InputException("column '" + header.get(index) + "' is in --keep and also in "
                        + (key.stream().anyMatch(c -> c.index() == index) ? "the link key fields" : "--drop"));
            }
            kept.add(index);
        }
        List<String> unsafe = new ArrayList<>();
        for (DirectIdentifiers.Finding f : DirectIdentifiers.inHeader(header)) {
            int index = f.column() - 1;
            if (!dropped.contains(index) && !kept.contains(index)) {
                unsafe.add(f.describe());
            }
        }
        if (!unsafe.isEmpty()) {
            throw new InputException(String.join("; ", unsafe)
                    + ". It would pass through to the output: make it part of the link key (--fields), leave it"
                    + " out (--drop), or, if it does not identify anyone, pass it on with --keep");
        }
        List<Integer> through = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!dropped.contains(i)) {
                through.add(i);
            }
        }
        return new Plan(header, key, dropped, kept, through);
    }

    private static List<KeyColumn> recognised(List<String> header) throws InputException {
        Map<LinkField, KeyColumn> found = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            LinkField field = LinkField.recognise(header.get(i));
            if (field != null) {
                found.putIfAbsent(field, new KeyColumn(i, header.get(i), field));
            }
        }
        if (!found.containsKey(LinkField.FAMILY_NAME) || !found.containsKey(LinkField.BIRTH_DATE)) {
            throw new InputException("no columns recognised as a family name and a date of birth (the header has "
                    + String.join(",", header) + "); name the link key's columns with --fields, e.g."
                    + " --fields voornaam=initial,achternaam=family-name,geboortedatum=birth-date,geslacht=sex");
        }
        return found.values().stream()
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
    }

    private List<KeyColumn> named(List<String> header) throws InputException {
        List<KeyColumn> key = new ArrayList<>();
        for (String spec : fields) {
            int eq = spec.indexOf('=');
            String name = eq < 0 ? spec : spec.substring(0, eq);
            int index = column(header, name, "--fields");
            LinkField field;
            if (eq < 0) {
                LinkField recognised = LinkField.recognise(header.get(index));
                field = recognised == null ? LinkField.TEXT : recognised;
            } else {
                LinkField given = LinkField.byId(spec.substring(eq + 1));
                if (given == null) {
                    throw new InputException("--fields " + spec + ": no role '" + spec.substring(eq + 1)
                            + "'; the roles are " + LinkField.ids());
                }
                field = given;
            }
            for (KeyColumn k : key) {
                if (k.index() == index) {
                    throw new InputException("--fields names column '" + header.get(index) + "' twice");
                }
                if (k.field() == field && field != LinkField.TEXT) {
                    throw new InputException("--fields gives the role " + field.id() + " to both '" + k.name()
                            + "' and '" + header.get(index) + "'");
                }
            }
            key.add(new KeyColumn(index, header.get(index), field));
        }
        return key;
    }

    /** A column by its name: exactly, or else ignoring case, accents and separators when that finds one column. */
    private static int column(List<String> header, String wanted, String option) throws InputException {
        String name = wanted.strip();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equals(name)) {
                return i;
            }
        }
        String normalised = DirectIdentifiers.normaliseName(name);
        List<Integer> loose = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (DirectIdentifiers.normaliseName(header.get(i)).equals(normalised)) {
                loose.add(i);
            }
        }
        if (loose.size() == 1) {
            return loose.getFirst();
        }
        throw new InputException(option + " " + name + ": no such column; the header has " + String.join(",", header));
    }

    private Result rows(Mac mac, Plan plan, CSVParser parser, CSVPrinter printer, Progress progress)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, DirectIdentifiers.Finding> identifiers = new LinkedHashMap<>();
        List<String> header = plan.header();
        long rows = 0;
        long incomplete = 0;
        HexFormat hex = HexFormat.of();
        List<String> out = new ArrayList<>(plan.through().size() + 1);
        List<LinkField.Value> values = new ArrayList<>(plan.key().size());
        for (CSVRecord record : parser) {
            long line = parser.getCurrentLineNumber();
            progress.line = line;
            if (record.size() != header.size()) {
                problems.add("line %d: %d fields, the header has %d".formatted(line, record.size(), header.size()));
            } else {
                values.clear();
                boolean empty = false;
                for (KeyColumn k : plan.key()) {
                    String raw = record.get(k.index());
                    try {
                        values.add(new LinkField.Value(k.field(), k.field().normalise(raw)));
                    } catch (BadValue e) {
                        if (allowIncomplete && raw.isBlank()) {
                            empty = true;
                        } else {
                            problems.add("line %d, column %d '%s' (%s): %s%s"
                                    .formatted(
                                            line,
                                            k.index() + 1,
                                            k.name(),
                                            k.field().id(),
                                            e.getMessage(),
                                            raw.isBlank() ? " (rows may lack it with --allow-incomplete)" : ""));
                        }
                    }
                }
                out.clear();
                if (empty) {
                    out.add("");
                    incomplete++;
                } else if (values.size() == plan.key().size()) {
                    byte[] message = LinkField.message(values).getBytes(StandardCharsets.UTF_8);
                    out.add(hex.formatHex(mac.doFinal(message)));
                }
                for (int i : plan.through()) {
                    String value = record.get(i);
                    if (!plan.kept().contains(i)) {
                        DirectIdentifiers.Kind kind = DirectIdentifiers.identifierValue(value);
                        if (kind != null) {
                            identifiers.merge(
                                    i + "/" + kind,
                                    new DirectIdentifiers.Finding(i + 1, header.get(i), line, kind, false, 1),
                                    (first, next) -> first.onOneMoreLine());
                        }
                    }
                    out.add(value);
                }
                if (problems.isEmpty() && identifiers.isEmpty()) {
                    printer.printRecord(out);
                }
            }
            rows++;
            if (problems.size() >= MAX_PROBLEMS) {
                return new Result(rows, incomplete, plan.fieldNames(), problems, true);
            }
        }
        for (DirectIdentifiers.Finding f : identifiers.values()) {
            problems.add(f.describe() + "; it would pass through to the output: leave the column out (--drop "
                    + f.columnName() + "), make it part of the link key (--fields), or, if it does not identify"
                    + " anyone, pass it on with --keep " + f.columnName());
        }
        return new Result(rows, incomplete, plan.fieldNames(), problems, false);
    }

    private static String describe(Exception e, long line) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof CharacterCodingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof CharacterCodingException) {
            return "not UTF-8 text near line " + (line + 1) + "; save the file as CSV UTF-8";
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field that starts after line " + line + " is never closed (a missing \")";
        }
        if (e instanceof UncheckedIOException) {
            return "cannot read the CSV after line " + line + ": " + message;
        }
        return message;
    }

    /** An input column that is part of the link key. */
    record KeyColumn(int index, String name, LinkField field) {}

    /** The input header and what becomes of each column. */
    record Plan(
            List<String> header, List<KeyColumn> key, Set<Integer> dropped, Set<Integer> kept, List<Integer> through) {

        List<String> outputHeader() {
            List<String> out = new ArrayList<>();
            out.add(LINK_KEY);
            through.forEach(i -> out.add(header.get(i)));
            return out;
        }

        String fieldNames() {
            return key.stream().map(k -> k.field().id()).collect(Collectors.joining(", "));
        }

        String describe() {
            String fields = key.stream()
                    .map(k -> k.field().id() + " ('" + k.name() + "')")
                    .collect(Collectors.joining(", "));
            String out = dropped.stream().map(i -> "'" + header.get(i) + "'").collect(Collectors.joining(", "));
            String missing = Arrays.stream(LinkField.values())
                    .filter(f -> f != LinkField.TEXT && key.stream().noneMatch(k -> k.field() == f))
                    .map(LinkField::id)
                    .collect(Collectors.joining(", "));
            return "Link key (" + LinkField.PROTOCOL + ") over " + fields
                    + (missing.isEmpty() ? "" : "; without " + missing)
                    + ". Left out of the output: " + out
                    + (kept.isEmpty()
                            ? ""
                            : ". Passed on although they look identifying: "
                                    + kept.stream()
                                            .map(i -> "'" + header.get(i) + "'")
                                            .collect(Collectors.joining(", ")));
        }
    }

    private record Result(long rows, long incomplete, String fields, List<String> problems, boolean stopped) {}

    /** The line being read, for a message about a file that cannot be read further. */
    private static final class Progress {
        long line = 1;
    }
}
