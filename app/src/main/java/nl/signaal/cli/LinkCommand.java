/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import nl.signaal.shared.DirectIdentifiers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code signaal link}: what the linking party of docs/pseudonymisation.md does with the pseudonymised lists — join
 * them on {@code link_key} and count the people per capture history, the input of {@code signaal estimate} and of the
 * estimates page. The link keys stay on the linking party's machine; the output holds counts only.
 */
@Command(
        name = "link",
        mixinStandardHelpOptions = true,
        description = {
            "Links pseudonymised lists on their link_key and counts the people per capture history.",
            "Input: one CSV per list (as ./signaal pseudonymise writes them), each with a link_key column;"
                    + " --list NAME=FILE, 2 to 6 times. A person on a list more than once counts once.",
            "Output: one 0/1 column per list (in the order given), the --strata columns, count; one row per history"
                    + " that someone has. A stratum is taken from the first list (in that order) that gives it for"
                    + " the person."
        })
class LinkCommand implements Callable<Integer> {

    static final String LINK_KEY = "link_key";

    /** List names become terms of the estimate's model formulas. */
    private static final Pattern LIST_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,39}");

    @Option(
            names = "--list",
            required = true,
            paramLabel = "NAME=FILE",
            description = "A list and its pseudonymised file; 2 to 6 lists")
    @SuppressWarnings("NullAway.Init")
    Map<String, Path> lists;

    @Option(
            names = "--strata",
            split = ",",
            paramLabel = "COLUMN",
            description = "Columns to keep as strata, e.g. region,age_band,sex")
    List<String> strata = new ArrayList<>();

    @Option(names = "--output", required = true, description = "CSV file of capture histories to write")
    @SuppressWarnings("NullAway.Init")
    Path output;

    /** What is known of one person: the lists that saw them and their strata. */
    private static final class Person {
        int seen;
        final String[] strata;

        Person(int strata) {
            this.strata = new String[strata];
        }
    }

    @Override
    public Integer call() {
        Map<String, Path> ordered = new LinkedHashMap<>(lists);
        if (ordered.size() < 2 || ordered.size() > 6) {
            System.err.println("Give 2 to 6 lists with --list NAME=FILE; " + ordered.size() + " given");
            return 2;
        }
        for (String name : ordered.keySet()) {
            if (!LIST_NAME.matcher(name).matches()) {
                System.err.println("'" + name + "' is not a list name: start with a letter, then letters, digits,"
                        + " _ or . (it becomes a term of the model formulas, such as A+B+A:B)");
                return 2;
            }
        }
        Map<String, Person> people = new HashMap<>();
        int index = 0;
        try {
            for (Map.Entry<String, Path> list : ordered.entrySet()) {
                read(list.getValue(), 1 << (ordered.size() - 1 - index), people);
                index++;
            }
        } catch (InputException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Cannot read the lists: " + e.getMessage());
            return 1;
        }
        Map<List<String>, Long> counts = new TreeMap<>(LinkCommand::compare);
        for (Person p : people.values()) {
            List<String> row = new ArrayList<>();
            String history =
                    Integer.toBinaryString(p.seen | 1 << ordered.size()).substring(1);
            for (char c : history.toCharArray()) {
                row.add(String.valueOf(c));
            }
            for (String s : p.strata) {
                row.add(s == null ? "" : s);
            }
            counts.merge(row, 1L, Long::sum);
        }
        try {
            write(new ArrayList<>(ordered.keySet()), counts);
        } catch (IOException e) {
            System.err.println("Cannot write " + output + ": " + e.getMessage());
            return 1;
        }
        System.out.printf(
                Locale.ROOT,
                "Linked %d lists: %,d people, %d capture histories written to %s%n",
                ordered.size(),
                people.size(),
                counts.size(),
                output);
        return 0;
    }

    private void read(Path file, int bit, Map<String, Person> people) throws IOException, InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException("No such file: " + file.toAbsolutePath());
        }
        try (CSVParser parser = CsvFiles.inputFormat().get().parse(CsvFiles.readStrictly(file))) {
            List<String> header = parser.getHeaderNames();
            List<DirectIdentifiers.Finding> identifiers = DirectIdentifiers.inHeader(header);
            if (!identifiers.isEmpty()) {
                throw new InputException(
                        file + ": " + identifiers.getFirst().describe() + "; link pseudonymised lists only");
            }
            int key = header.indexOf(LINK_KEY);
            if (key < 0) {
                throw new InputException(file + ": no link_key column; make it with ./signaal pseudonymise");
            }
            int[] strataColumns = new int[strata.size()];
            for (int s = 0; s < strata.size(); s++) {
                strataColumns[s] = header.indexOf(strata.get(s));
            }
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                if (!row.isConsistent()) {
                    throw new InputException(
                            file + ": line " + line + " has " + row.size() + " fields, the header " + header.size());
                }
                String link = row.get(key).strip();
                if (link.isEmpty()) {
                    throw new InputException(file + ": line " + line + ": link_key is empty");
                }
                Person person = people.computeIfAbsent(link, k -> new Person(strata.size()));
                person.seen |= bit;
                for (int s = 0; s < strataColumns.length; s++) {
                    if (strataColumns[s] >= 0
                            && person.strata[s] == null
                            && !row.get(strataColumns[s]).isBlank()) {
                        person.strata[s] = row.get(strataColumns[s]).strip();
                    }
                }
            }
        }
    }

    private void write(List<String> names, Map<List<String>, Long> counts) throws IOException {
        List<String> header = new ArrayList<>(names);
        header.addAll(strata);
        header.add("count");
        Path directory = output.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, ".link-", ".csv.partial");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                    CSVPrinter printer = CSVFormat.DEFAULT
                            .builder()
                            .setRecordSeparator('\n')
                            .setHeader(header.toArray(String[]::new))
                            .get()
                            .print(out)) {
                for (Map.Entry<List<String>, Long> e : counts.entrySet()) {
                    List<Object> row = new ArrayList<>(e.getKey());
                    row.add(e.getValue());
                    printer.printRecord(row);
                }
            }
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            CsvFiles.deleteQuietly(partial);
        }
    }

    /** Histories with the first list first (100 before 010), then by strata. */
    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = b.get(i).compareTo(a.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
