/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.signaal.shared.IsoWeek;
import nl.signaal.stats.detection.Series;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code signaal detect} (DESIGN §5): a first column {@code t} (1, 2, 3, ... or consecutive ISO weeks
 * such as {@code 2025-W14}), then either {@code observed} with an optional {@code population} (one series; other
 * columns, such as a date, are ignored) or one column per series. An empty cell or {@code NA} is a missing count.
 *
 * @param t the time points as written in the input, in order
 * @param names the series names: {@code observed} for a single series, else the column names
 * @param ignored columns that were read but not used
 * @param mondays the Monday of each week when {@code t} holds ISO weeks, else {@code null}
 */
record SeriesFile(
        List<String> t,
        List<String> names,
        List<Series> series,
        List<String> ignored,
        @Nullable List<LocalDate> mondays) {

    static SeriesFile read(Path file, int frequency) throws IOException, BadInputException {
        try (CSVParser parser =
                CsvFiles.inputFormat().setIgnoreSurroundingSpaces(true).get().parse(CsvFiles.read(file))) {
            return read(parser, frequency);
        }
    }

    private static SeriesFile read(CSVParser parser, int frequency) throws BadInputException {
        List<String> header =
                parser.getHeaderNames().stream().map(String::strip).toList();
        if (header.isEmpty() || !header.getFirst().equalsIgnoreCase("t")) {
            throw new BadInputException("line 1, column 1: the first column must be t (a 1-based index or an ISO week"
                    + " such as 2025-W14), not '" + (header.isEmpty() ? "" : header.getFirst()) + "'");
        }
        int observedColumn = indexOf(header, "observed");
        int populationColumn = indexOf(header, "population");
        List<Integer> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        if (observedColumn >= 0) {
            columns.add(observedColumn);
            names.add("observed");
            for (int c = 1; c < header.size(); c++) {
                if (c != observedColumn && c != populationColumn) {
                    ignored.add(header.get(c));
                }
            }
        } else {
            if (populationColumn >= 0) {
                throw new BadInputException("line 1, column " + (populationColumn + 1)
                        + ": a population column needs an observed column (one series with an offset);"
                        + " with one column per series there is no offset");
            }
            for (int c = 1; c < header.size(); c++) {
                if (header.get(c).isEmpty()) {
                    throw new BadInputException("line 1, column " + (c + 1) + ": a series column has no name");
                }
                columns.add(c);
                names.add(header.get(c));
            }
        }
        if (columns.isEmpty()) {
            throw new BadInputException("line 1: no series; after t the input needs observed (with an optional"
                    + " population) or one column per series");
        }

        List<String> t = new ArrayList<>();
        List<LocalDate> mondays = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<Double> population = new ArrayList<>();
        @Nullable IsoWeek previousWeek = null;
        boolean weeks = false;
        long previousLine = 1;
        for (CSVRecord row : parser) {
            long line = Math.max(parser.getCurrentLineNumber(), previousLine + 1);
            previousLine = line;
            if (row.size() != header.size()) {
                throw new BadInputException(
                        "line %d: %d fields, the header has %d".formatted(line, row.size(), header.size()));
            }
            String label = row.get(0).strip();
            int index = t.size() + 1;
            if (index == 1) {
                weeks = label.contains("-W");
            }
            if (weeks) {
                IsoWeek week;
                try {
                    week = IsoWeek.parse(label);
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new BadInputException("line %d, column 1 (t): '%s' is not an ISO week such as 2025-W14 (%s)"
                            .formatted(line, label, e.getMessage()));
                }
                if (previousWeek != null && !week.equals(previousWeek.plusWeeks(1))) {
                    throw new BadInputException("line %d, column 1 (t): %s does not follow %s; the rows must be"
                                    .formatted(line, week, previousWeek)
                            + " consecutive weeks (give a missing count as an empty cell or NA)");
                }
                previousWeek = week;
                mondays.add(week.monday());
            } else if (!label.equals(Integer.toString(index))) {
                throw new BadInputException("line %d, column 1 (t): expected %d, found '%s'; t is the 1-based index of"
                                .formatted(line, index, label)
                        + " consecutive time points (or an ISO week such as 2025-W14 on every row)");
            }
            t.add(label);
            double[] counts = new double[columns.size()];
            for (int s = 0; s < columns.size(); s++) {
                int c = columns.get(s);
                counts[s] = count(row.get(c), line, c, header.get(c));
            }
            values.add(counts);
            if (populationColumn >= 0) {
                population.add(population(row.get(populationColumn), line, populationColumn));
            }
        }
        if (t.isEmpty()) {
            throw new BadInputException("the input has a header but no rows");
        }
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < columns.size(); s++) {
            double[] observed = new double[t.size()];
            for (int i = 0; i < observed.length; i++) {
                observed[i] = values.get(i)[s];
            }
            double @Nullable [] offset = populationColumn >= 0
                    ? population.stream().mapToDouble(Double::doubleValue).toArray()
                    : null;
            series.add(series(observed, offset, frequency));
        }
        return new SeriesFile(
                List.copyOf(t),
                List.copyOf(names),
                List.copyOf(series),
                List.copyOf(ignored),
                weeks ? List.copyOf(mondays) : null);
    }

    /**
     * NullAway reads {@code Series}' nullable population ({@code double @Nullable []}) from the stats jar as non-null;
     * the constructor accepts null.
     */
    @SuppressWarnings("NullAway")
    private static Series series(double[] observed, double @Nullable [] population, int frequency) {
        return new Series(observed, population, frequency);
    }

    private static double count(String cell, long line, int column, String name) throws BadInputException {
        String text = cell.strip();
        if (text.isEmpty() || text.equals("NA")) {
            return Double.NaN;
        }
        double value = number(text, line, column, name);
        String where = "line %d, column %d (%s): ".formatted(line, column + 1, name);
        if (value < 0) {
            throw new BadInputException(where + "negative count " + text);
        }
        if (value != Math.rint(value) || Double.isInfinite(value)) {
            throw new BadInputException(where + text + " is not a whole number; counts are whole numbers");
        }
        return value;
    }

    private static double population(String cell, long line, int column) throws BadInputException {
        String text = cell.strip();
        double value = number(text, line, column, "population");
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new BadInputException(
                    "line %d, column %d (population): the population must be a positive number, not %s"
                            .formatted(line, column + 1, text.isEmpty() ? "empty" : text));
        }
        return value;
    }

    private static double number(String text, long line, int column, String name) throws BadInputException {
        try {
            if (text.isEmpty() || !text.matches("[-+0-9.eE]+")) {
                throw new NumberFormatException();
            }
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(
                    "line %d, column %d (%s): '%s' is not a number".formatted(line, column + 1, name, text));
        }
    }

    private static int indexOf(List<String> header, String name) {
        for (int c = 1; c < header.size(); c++) {
            if (header.get(c).toLowerCase(Locale.ROOT).equals(name)) {
                return c;
            }
        }
        return -1;
    }

    /** The input is not in the form {@code detect} reads; the message names the line and column. */
    static final class BadInputException extends Exception {
        BadInputException(String message) {
            super(message);
        }
    }
}
