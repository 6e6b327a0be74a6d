/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.stats.ReferenceFiles;

/** A CSV file as R's {@code write.csv} writes it: a header, quoted strings, {@code NA}, {@code Inf}. */
record ReferenceCsv(String name, List<String> header, List<String[]> rows) {

    static ReferenceCsv read(String path) {
        Path file = ReferenceFiles.file(path);
        try {
            List<String> lines = Files.readAllLines(file);
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
            return new ReferenceCsv(path, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    boolean has(String column) {
        return header.contains(column);
    }

    int size() {
        return rows.size();
    }

    String text(int row, String column) {
        int c = header.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException(name + " has no column " + column + "; it has " + header);
        }
        return rows.get(row)[c];
    }

    /** The value as a double, NaN for {@code NA}. */
    double number(int row, String column) {
        String s = text(row, column);
        return switch (s) {
            case "NA", "NaN" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    double[] column(String column) {
        double[] values = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(i, column);
        }
        return values;
    }

    /** Columns by name, for wide files such as {@code input_sim100.csv}. */
    Map<String, double[]> columns() {
        Map<String, double[]> all = new LinkedHashMap<>();
        for (String h : header) {
            all.put(h, column(h));
        }
        return all;
    }
}
