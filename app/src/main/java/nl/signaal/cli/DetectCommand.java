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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.signaal.cli.DetectionMethods.BadOptionException;
import nl.signaal.cli.SeriesFile.BadInputException;
import nl.signaal.stats.detection.Detection;
import nl.signaal.stats.detection.DetectionMethod;
import nl.signaal.stats.detection.FarringtonFlexible;
import nl.signaal.stats.detection.FarringtonResult;
import nl.signaal.stats.detection.Series;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code signaal detect}: runs a detection method over every series of a CSV file, as DESIGN §5 describes, without
 * starting the application. The methods and their R option names are in {@link DetectionMethods}; the input format in
 * {@link SeriesFile}.
 */
@Command(
        name = "detect",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Outbreak detection on count series with the numbers of R's surveillance package.",
            "Input: CSV with a first column t (1, 2, 3, ... or ISO weeks such as 2025-W14), then observed (and an"
                    + " optional population offset) or one column per series. An empty cell or NA is a missing count.",
            "Output: series,t,observed,expected,upperbound,alarm; one row per series and evaluated time point;"
                    + " expected and upperbound empty where the method gives none.",
            "Methods: farrington-flexible, farrington, ears-c1, ears-c2, ears-c3, cusum-nb. Each takes only its own"
                    + " options, named as in R in kebab case; see docs/detection.md."
        })
class DetectCommand implements Callable<Integer> {

    static final List<String> OUTPUT_HEADER = List.of("series", "t", "observed", "expected", "upperbound", "alarm");

    private static final Pattern RANGE = Pattern.compile("(\\d+):(\\d+)");

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--method",
            required = true,
            description = "farrington-flexible, farrington, ears-c1, ears-c2, ears-c3 or cusum-nb")
    @SuppressWarnings("NullAway.Init")
    String method;

    @Option(names = "--input", required = true, description = "CSV file of the series (UTF-8)")
    @SuppressWarnings("NullAway.Init")
    Path input;

    @Option(names = "--output", required = true, description = "CSV file to write (replaced when it exists)")
    @SuppressWarnings("NullAway.Init")
    Path output;

    @Option(names = "--frequency", defaultValue = "52", description = "Time points per year (default: 52)")
    int frequency = 52;

    @Option(
            names = "--range",
            paramLabel = "A:B",
            description = "1-based indices of the first and last time point to evaluate (default: from the first"
                    + " point the method can evaluate to the last)")
    @Nullable
    String range;

    @Option(names = "--alpha", description = "ears-*, farrington*: one-sided level; cusum-nb: NB dispersion")
    @Nullable
    Double alpha;

    @Option(names = "--baseline", description = "ears-*: reference counts (default 7)")
    @Nullable
    Integer baseline;

    @Option(names = "--min-sigma", description = "ears-*: lower limit of the standard deviation (default 0)")
    @Nullable
    Double minSigma;

    @Option(
            names = "--mu0",
            description = "cusum-nb: in-control mean, a number or one per evaluated time point (a,b,c)")
    @Nullable
    String mu0;

    @Option(names = "--theta", description = "cusum-nb: log rate ratio of the LR-CUSUM; absent: the GLR chart")
    @Nullable
    Double theta;

    @Option(names = "--c-arl", description = "cusum-nb: alarm threshold c.ARL (default 5)")
    @Nullable
    Double cArl;

    @Option(names = "--mtilde", description = "cusum-nb GLR: Mtilde (default 1)")
    @Nullable
    Integer mTilde;

    @Option(names = "--m", description = "cusum-nb GLR: M, how far back a change may lie (default -1: no limit)")
    @Nullable
    Integer m;

    @Option(names = "--dir", description = "cusum-nb: inc (the only direction implemented)")
    @Nullable
    String dir;

    @Option(names = "--change", description = "cusum-nb: intercept (the only change implemented)")
    @Nullable
    String change;

    @Option(names = "--ret", description = "cusum-nb: value (the statistic is the upperbound)")
    @Nullable
    String ret;

    @Option(names = "--b", description = "farrington*: years back")
    @Nullable
    Integer b;

    @Option(names = "--w", description = "farrington*: half-window in weeks")
    @Nullable
    Integer w;

    @Option(names = "--reweight", arity = "1", description = "farrington*: true or false")
    @Nullable
    Boolean reweight;

    @Option(names = "--weights-threshold", description = "farrington*: Anscombe residual threshold")
    @Nullable
    Double weightsThreshold;

    @Option(names = "--past-weeks-not-included", description = "farrington*: weeks before t left out of the fit")
    @Nullable
    Integer pastWeeksNotIncluded;

    @Option(names = "--no-periods", description = "farrington*: seasonal factor levels")
    @Nullable
    Integer noPeriods;

    @Option(names = "--powertrans", description = "farrington*: 2/3, 1/2 or none")
    @Nullable
    String powertrans;

    @Option(names = "--threshold-method", description = "farrington*: delta, nbPlugin or muan")
    @Nullable
    String thresholdMethod;

    @Option(
            names = "--limit54",
            paramLabel = "CASES,WEEKS",
            description = "farrington*: no alarm unless CASES in the last WEEKS weeks, e.g. 5,4")
    @Nullable
    String limit54;

    @Option(names = "--trend", arity = "1", description = "farrington*: true or false")
    @Nullable
    Boolean trend;

    @Option(names = "--p-threshold-trend", description = "farrington*: p-value below which the trend is kept")
    @Nullable
    Double pThresholdTrend;

    @Option(names = "--population-offset", arity = "1", description = "farrington*: true or false")
    @Nullable
    Boolean populationOffset;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        int[] explicitRange;
        DetectionMethod detection;
        try {
            if (frequency < 1) {
                throw new BadOptionException("--frequency must be at least 1, not " + frequency);
            }
            explicitRange = parseRange(range);
            detection = DetectionMethods.create(
                    method,
                    options(),
                    explicitRange == null ? null : explicitRange[0],
                    explicitRange == null ? null : explicitRange[1] - explicitRange[0] + 1);
        } catch (BadOptionException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (!Files.isRegularFile(input)) {
            System.err.println("No such file: " + input.toAbsolutePath());
            return 2;
        }
        Path partial = null;
        try {
            SeriesFile file = SeriesFile.read(input, frequency);
            if (detection instanceof FarringtonFlexible farrington
                    && farrington.options().populationOffset()
                    && file.series().getFirst().population() == null) {
                throw new BadInputException("--population-offset true needs a population column beside observed");
            }
            if (!file.ignored().isEmpty()) {
                System.err.println("Ignored columns: " + String.join(", ", file.ignored()));
            }
            Path directory = output.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            partial = Files.createTempFile(directory, ".detect-", ".csv.partial");
            Summary summary = new Summary(file.series().size());
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                    CSVPrinter printer = CSVFormat.RFC4180
                            .builder()
                            .setRecordSeparator('\n')
                            .get()
                            .print(out)) {
                printer.printRecord(OUTPUT_HEADER);
                for (int s = 0; s < file.series().size(); s++) {
                    Series series = file.series().get(s);
                    int[] evaluated = evaluated(explicitRange, detection, series);
                    if (evaluated == null) {
                        summary.skipped++;
                    } else {
                        for (Detection d : detect(detection, series, file.mondays(), evaluated)) {
                            printer.printRecord(
                                    file.names().get(s),
                                    file.t().get(d.t() - 1),
                                    number(d.observed()),
                                    number(d.expected()),
                                    number(d.upperbound()),
                                    d.alarm());
                            summary.add(d);
                        }
                    }
                    summary.progress(s + 1, started);
                }
            }
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            summary.endProgress();
            String label = detection instanceof FarringtonFlexible farrington
                    ? method + " " + farrington.options()
                    : detection.toString();
            System.out.println(summary.describe(label, (System.nanoTime() - started) / 1e9, output));
            return 0;
        } catch (BadInputException e) {
            System.err.println(input + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            // a range outside the series, a mu0 that does not cover it, or commons-csv refusing a header name twice
            System.err.println(input + ": " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            // commons-csv reports a malformed file (an unclosed quote) as an UncheckedIOException
            System.err.println("Cannot run detect on " + input + ": " + e.getMessage());
            return e instanceof UncheckedIOException ? 2 : 1;
        } finally {
            CsvFiles.deleteQuietly(partial);
        }
    }

    /**
     * With ISO weeks, Farrington finds its reference weeks by date, one calendar year back (R's {@code epochAsDate}
     * series, 52 or 53 weeks back); with a 1-based index, exactly {@code frequency} points back.
     */
    private static List<Detection> detect(
            DetectionMethod method, Series series, @Nullable List<LocalDate> mondays, int[] range) {
        if (method instanceof FarringtonFlexible farrington && mondays != null) {
            return farrington.evaluate(series, mondays, range[0], range[1]).stream()
                    .map(FarringtonResult::toDetection)
                    .toList();
        }
        return method.detect(series, range[0], range[1]);
    }

    /** The time points to evaluate, or null when the series is too short for the method's default range. */
    private static int @Nullable [] evaluated(int @Nullable [] explicit, DetectionMethod method, Series series) {
        if (explicit != null) {
            if (explicit[1] > series.length()) {
                throw new IllegalArgumentException("--range " + explicit[0] + ":" + explicit[1]
                        + " lies outside the series of " + series.length() + " time points");
            }
            return explicit;
        }
        int first = method.firstEvaluable(series);
        return first > series.length() ? null : new int[] {first, series.length()};
    }

    private static int @Nullable [] parseRange(@Nullable String text) throws BadOptionException {
        if (text == null) {
            return null;
        }
        Matcher matcher = RANGE.matcher(text.strip());
        if (!matcher.matches()) {
            throw new BadOptionException("--range must be A:B with 1-based indices, e.g. 264:312, not '" + text + "'");
        }
        int from;
        int to;
        try {
            from = Integer.parseInt(matcher.group(1));
            to = Integer.parseInt(matcher.group(2));
        } catch (NumberFormatException e) {
            throw new BadOptionException("--range " + text + ": the indices are too large");
        }
        if (from < 1 || to < from) {
            throw new BadOptionException("--range " + text + ": A must be at least 1 and B at least A");
        }
        return new int[] {from, to};
    }

    private DetectionMethods.Options options() {
        Set<String> given = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(OptionSpec::longestName)
                .collect(Collectors.toCollection(TreeSet::new));
        return new DetectionMethods.Options(
                given,
                baseline,
                minSigma,
                alpha,
                mu0,
                theta,
                cArl,
                mTilde,
                m,
                dir,
                change,
                ret,
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                powertrans,
                thresholdMethod,
                limit54,
                trend,
                pThresholdTrend,
                populationOffset);
    }

    /**
     * Empty for NaN (R's NA); whole numbers without a fraction; otherwise the shortest decimal that reads back as the
     * same double.
     */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static final class Summary {
        private static final long PROGRESS_AFTER_NANOS = 1_000_000_000L;
        private static final long REDRAW_NANOS = 500_000_000L;

        final int series;
        // since JDK 22 System.console() is not null when standard streams are redirected; isTerminal() tells
        final boolean terminal = System.console() != null && System.console().isTerminal();
        int skipped;
        long points;
        long alarms;
        final Map<String, Integer> reasons = new TreeMap<>();
        long shownAt;
        long shownTenth = -1;
        boolean shown;

        Summary(int series) {
            this.series = series;
        }

        void add(Detection d) {
            points++;
            alarms += d.alarm() ? 1 : 0;
            if (d.reason() != null) {
                // the first clause names the kind of reason without the time point
                String kind = d.reason().split("[:;(]", 2)[0].strip();
                reasons.merge(kind, 1, Integer::sum);
            }
        }

        /** After a second of work, shows how many series are done, like the progress of reading a file. */
        void progress(int done, long started) {
            long now = System.nanoTime();
            if (now - started < PROGRESS_AFTER_NANOS || series < 2) {
                return;
            }
            long percent = 100L * done / series;
            boolean due = terminal ? now - shownAt >= REDRAW_NANOS || done == series : percent / 10 > shownTenth;
            if (!due) {
                return;
            }
            shownAt = now;
            shownTenth = percent / 10;
            shown = true;
            String line = String.format(
                    Locale.ROOT,
                    "detect %3d%%  %,d of %,d series  %.0f s",
                    percent,
                    done,
                    series,
                    (now - started) / 1e9);
            System.err.print(terminal ? "\r" + line : line + System.lineSeparator());
        }

        void endProgress() {
            if (shown && terminal) {
                System.err.println();
            }
        }

        String describe(String method, double seconds, Path output) {
            String without = reasons.isEmpty()
                    ? ""
                    : "; without threshold or alarm: "
                            + reasons.entrySet().stream()
                                    .map(e -> e.getKey() + " " + e.getValue())
                                    .collect(Collectors.joining(", "));
            String tooShort = skipped == 0 ? "" : "; " + skipped + " series too short for the method, not evaluated";
            return String.format(
                    Locale.ROOT,
                    "Evaluated %,d time points of %,d series with %s in %.1f s into %s: %,d alarms%s%s",
                    points,
                    series,
                    method,
                    seconds,
                    output,
                    alarms,
                    without,
                    tooShort);
        }
    }
}
