/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The curated catalogue file {@code substance/catalogue.csv}: one substance per row, columns {@code
 * id,name,smiles,groups,synonyms,list,listed_from,exempt,potency,notes}; {@code groups} and {@code synonyms} are
 * separated by {@code |}. Read by the migration that loads it and by {@code ./signaal classify}, which needs no
 * database.
 */
public final class SubstanceCatalogue {

    public static final String RESOURCE = "/substance/catalogue.csv";

    /** The form of the module's curated files (catalogue, group listings, patterns): a header, {@code #} comments. */
    public static final CSVFormat CURATED_FILE = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .get();

    private static final Set<String> LISTS = Set.of("I", "II", "IA", "IIA");

    private SubstanceCatalogue() {}

    /** The catalogue shipped with this version of Signaal. */
    public static List<CatalogueEntry> shipped() {
        try (InputStream in = SubstanceCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the substance catalogue " + RESOURCE + " is missing from the jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalogue file; a malformed row fails with its line number, since the file is curated, not sent. */
    public static List<CatalogueEntry> read(InputStream csv) throws IOException {
        List<CatalogueEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (var parser = CURATED_FILE.parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            for (CSVRecord row : parser) {
                CatalogueEntry entry = entry(row);
                if (!ids.add(entry.id())) {
                    throw new IllegalArgumentException("catalogue line " + parser.getCurrentLineNumber() + ": id '"
                            + entry.id() + "' appears twice");
                }
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }

    private static CatalogueEntry entry(CSVRecord row) {
        try {
            String list = blankToNull(row.get("list"));
            if (list != null && !LISTS.contains(list)) {
                throw new IllegalArgumentException("list '" + list + "' is not one of " + LISTS);
            }
            String listedFrom = blankToNull(row.get("listed_from"));
            return new CatalogueEntry(
                    required(row, "id"),
                    required(row, "name"),
                    blankToNull(row.get("smiles")),
                    split(row.get("groups")),
                    split(row.get("synonyms")),
                    list,
                    listedFrom == null ? null : LocalDate.parse(listedFrom),
                    Boolean.parseBoolean(row.get("exempt")),
                    blankToNull(row.get("potency")),
                    blankToNull(row.get("notes")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("catalogue record " + row.getRecordNumber() + ": " + e.getMessage(), e);
        }
    }

    private static String required(CSVRecord row, String column) {
        String value = blankToNull(row.get(column));
        if (value == null) {
            throw new IllegalArgumentException(column + " is required");
        }
        return value;
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split("\\|"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }
}
