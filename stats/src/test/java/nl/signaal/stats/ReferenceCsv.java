/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSV file as R's {@code write.csv} writes it: a header, quoted strings, {@code NA}, {@code Inf}. */
public record ReferenceCsv(String name, List<String> header, List<String[]> rows) {

    /** A file of the shared reference folder, e.g. {@code stats/input_sim100.csv} (see {@link ReferenceFiles}). */
    public static ReferenceCsv read(String path) {
        Path file = ReferenceFiles.file(path);
        try {
            return parse(path, Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file of the test class path, e.g. {@code r-reference/ff_pop_orig_agona.csv} from {@code src/test/resources/}.
     * A missing file fails the test and says where it looked.
     */
    public static ReferenceCsv resource(String path) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new AssertionError("Test resource " + path + " not found on the test class path (looked for /"
                        + path + ", i.e. stats/src/test/resources/" + path
                        + "); the R scripts that write them are stats/src/test/r/more_references.R (r-reference/) and"
                        + " stats/src/test/resources/estimate/make_references.R (estimate/)");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(path, text.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReferenceCsv parse(String name, List<String> lines) {
        if (lines.isEmpty()) {
            throw new AssertionError(name + " is empty");
        }
        List<String> header = new ArrayList<>();
        for (String h : split(lines.getFirst())) {
            header.add(h);
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(split(line));
            }
        }
        return new ReferenceCsv(name, header, rows);
    }

    private static String[] split(String line) {
        String[] parts = line.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) {
                p = p.substring(1, p.length() - 1);
            }
            parts[i] = p;
        }
        return parts;
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    public int size() {
        return rows.size();
    }

    public String text(int row, String column) {
        int c = header.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException(name + " has no column " + column + "; it has " + header);
        }
        return rows.get(row)[c];
    }

    /** The value as a double, NaN for {@code NA}. */
    public double number(int row, String column) {
        String s = text(row, column);
        return switch (s) {
            case "NA", "NaN" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    public double[] column(String column) {
        double[] values = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(i, column);
        }
        return values;
    }

    /** Columns by name, for wide files such as {@code input_sim100.csv}. */
    public Map<String, double[]> columns() {
        Map<String, double[]> all = new LinkedHashMap<>();
        for (String h : header) {
            all.put(h, column(h));
        }
        return all;
    }
}
