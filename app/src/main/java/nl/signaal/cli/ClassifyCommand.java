/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.signaal.substance.CatalogueEntry;
import nl.signaal.substance.Classification;
import nl.signaal.substance.GroupListings;
import nl.signaal.substance.LegalStatus;
import nl.signaal.substance.ShippedKnowledge;
import nl.signaal.substance.StructuralGroup;
import nl.signaal.substance.SubstanceCatalogue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code signaal classify}: the structural groups and InChIKey of every SMILES in a CSV file, without starting the
 * application or touching a database (DESIGN §5).
 */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = {
            "Classifies chemical structures: the standard InChIKey and the generic substance groups of each SMILES.",
            "Input: a CSV file with the columns name and smiles (other columns are ignored).",
            "Output: name,smiles,inchikey,groups,error; groups separated by ';' (nitazenes, fentanyl-analogues,"
                    + " synthetic-cathinones, phenethylamines, synthetic-cannabinoids, opioids, and nitazenes-broad"
                    + " for nitazene-like structures to review); error is empty unless the SMILES could not be read.",
            "Salts, solvates and charged forms are classified as their parent; medicines marked exempt in the"
                    + " catalogue get no group.",
            "With --status-on DATE four columns follow: substance (the catalogue id with the same InChIKey),"
                    + " legal_list (I, II, IA, IIA or empty), listed_from and legal_basis: the Opium Act status on"
                    + " that date, from the shipped catalogue and group listings."
        })
class ClassifyCommand implements Callable<Integer> {

    static final List<String> OUTPUT_HEADER = List.of("name", "smiles", "inchikey", "groups", "error");
    static final List<String> STATUS_HEADER = List.of("substance", "legal_list", "listed_from", "legal_basis");

    @Option(names = "--input", required = true, description = "CSV file with the columns name and smiles (UTF-8)")
    @SuppressWarnings("NullAway.Init")
    Path input;

    @Option(names = "--output", required = true, description = "CSV file to write (replaced when it exists)")
    @SuppressWarnings("NullAway.Init")
    Path output;

    @Option(
            names = "--status-on",
            paramLabel = "DATE",
            description = "Add the legal status on this date (yyyy-MM-dd), e.g. the sample date or today")
    @Nullable
    LocalDate statusOn;

    @Option(
            names = "--nitazene-listing-date",
            paramLabel = "DATE",
            description =
                    "The date the nitazene group listing on list IA takes effect (as the application's"
                            + " signaal.substance.nitazene-listing-date); without it nitazenes count only where named on a list")
    @Nullable
    LocalDate nitazeneListingDate;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(input)) {
            System.err.println("No such file: " + input.toAbsolutePath());
            return 2;
        }
        long started = System.nanoTime();
        ShippedKnowledge knowledge;
        try {
            knowledge = new ShippedKnowledge(
                    SubstanceCatalogue.shipped(),
                    GroupListings.shipped(),
                    nitazeneListingDate == null
                            ? Map.of()
                            : Map.of(StructuralGroup.NITAZENES.id(), nitazeneListingDate));
        } catch (RuntimeException e) {
            System.err.println("The substance catalogue cannot be read: " + e.getMessage());
            return 1;
        }
        Path directory = output.toAbsolutePath().getParent();
        Path partial = null;
        try {
            Files.createDirectories(directory);
            partial = Files.createTempFile(directory, ".classify-", ".csv.partial");
            Summary summary;
            try (CSVParser parser = CsvFiles.inputFormat().get().parse(CsvFiles.read(input));
                    Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                    CSVPrinter printer = outputFormat().print(out)) {
                summary = classify(knowledge, parser, printer);
            }
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println(summary.describe((System.nanoTime() - started) / 1e9, output));
            return 0;
        } catch (InputException | IllegalArgumentException e) {
            // commons-csv refuses a header with a name twice by an IllegalArgumentException
            System.err.println(input + ": " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            // commons-csv reports a malformed file (an unclosed quote) as an UncheckedIOException
            System.err.println("Cannot classify " + input + ": " + e.getMessage());
            return e instanceof UncheckedIOException ? 2 : 1;
        } finally {
            CsvFiles.deleteQuietly(partial);
        }
    }

    private Summary classify(ShippedKnowledge knowledge, CSVParser parser, CSVPrinter printer)
            throws IOException, InputException {
        Map<String, Integer> columns = parser.getHeaderMap().entrySet().stream()
                .collect(Collectors.toMap(
                        e -> e.getKey().strip().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
        int name = column(columns, "name");
        int smiles = column(columns, "smiles");
        List<String> header = new ArrayList<>(OUTPUT_HEADER);
        if (statusOn != null) {
            header.addAll(STATUS_HEADER);
        }
        printer.printRecord(header);
        Summary summary = new Summary();
        for (CSVRecord row : parser) {
            Row read;
            if (row.size() <= Math.max(name, smiles)) {
                String error = "line %d has %d fields, the header %d"
                        .formatted(parser.getCurrentLineNumber(), row.size(), columns.size());
                read = new Row(field(row, name), field(row, smiles), error);
            } else {
                read = new Row(row.get(name), row.get(smiles), null);
            }
            write(knowledge, read, header.size(), printer, summary);
        }
        return summary;
    }

    /**
     * Classifies one row and writes it. One row after another: the InChI, nearly all of the time, comes from a C
     * library that is not thread-safe and runs one molecule at a time ({@code StandardInchi}), so more threads gain
     * nothing (measured, docs/benchmarks.md).
     */
    private void write(ShippedKnowledge knowledge, Row row, int columns, CSVPrinter printer, Summary summary)
            throws IOException {
        Classification c = row.classify(knowledge);
        List<String> out = new ArrayList<>(columns);
        out.addAll(List.of(
                row.name(),
                c.smiles(),
                c.inchiKey() == null ? "" : c.inchiKey(),
                c.groupIds(),
                c.error() == null ? "" : c.error()));
        if (statusOn != null && c.read()) {
            out.addAll(status(knowledge, c, statusOn));
        }
        while (out.size() < columns) {
            out.add("");
        }
        printer.printRecord(out);
        summary.add(c);
    }

    /** One input row; {@code error} when the row itself could not be read. */
    private record Row(String name, String smiles, @Nullable String error) {

        Classification classify(ShippedKnowledge knowledge) {
            String unread = error;
            return unread == null ? knowledge.classifier().classify(smiles) : Classification.unreadable(smiles, unread);
        }
    }

    private static List<String> status(ShippedKnowledge knowledge, Classification c, LocalDate date) {
        CatalogueEntry entry = knowledge.entry(c);
        LegalStatus status = knowledge.statusOn(c, date);
        return List.of(
                entry == null ? "" : entry.id(),
                status.list() == null ? "" : status.list(),
                status.since() == null ? "" : status.since().toString(),
                status.basis());
    }

    private static int column(Map<String, Integer> columns, String wanted) throws InputException {
        Integer index = columns.get(wanted);
        if (index == null) {
            throw new InputException("no column '" + wanted + "'; the input needs the columns name and smiles, it has "
                    + String.join(",", columns.keySet()));
        }
        return index;
    }

    private static String field(CSVRecord row, int index) {
        return index < row.size() ? row.get(index) : "";
    }

    private static CSVFormat outputFormat() {
        return CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    }

    private static final class Summary {
        int rows;
        int unreadable;
        final Map<StructuralGroup, Integer> groups = new EnumMap<>(StructuralGroup.class);

        void add(Classification c) {
            rows++;
            if (!c.read()) {
                unreadable++;
            }
            c.groups().forEach(g -> groups.merge(g, 1, Integer::sum));
        }

        String describe(double seconds, Path output) {
            String counts = groups.isEmpty()
                    ? "no structural group"
                    : groups.entrySet().stream()
                            .map(e -> e.getKey().id() + " " + e.getValue())
                            .collect(Collectors.joining(", "));
            return String.format(
                    Locale.ROOT,
                    "Classified %,d rows in %.1f s into %s: %,d unreadable; %s",
                    rows,
                    seconds,
                    output,
                    unreadable,
                    counts);
        }
    }
}
