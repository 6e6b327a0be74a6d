/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.signaal.stats.detection.Detection;
import nl.signaal.stats.detection.Series;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The time of one series-week of Farrington flexible, single thread: the 100 simulated series of {@code r_anchor.R}
 * ({@code shared/reference/stats/input_sim100.csv}, 624 weeks each), their last 52 weeks, with {@code r_anchor.R}'s
 * options, the workload R times in ALGORITHMS.md §1.5 and {@code bench/r/farrington_timing.R}. One invocation evaluates
 * all 5,200 series-weeks; JMH reports the time per series-week.
 *
 * <p>{@code methods}: {@code improved} (con.noufaily: noPeriods 10, weights threshold 2.58, 26 past weeks left out,
 * nbPlugin, alpha 0.005, limit54 5/4), {@code original} (con.farrington: noPeriods 1, threshold 1, 3 weeks left out,
 * delta method with the 2/3 power), {@code c1,c2,c3} (EARS C1, C2 and C3 together, R's default alphas, as R's
 * {@code earsC} timing). Keys as in {@link EvaluatedMethods}.
 *
 * <p>Usage: {@code bench/run FarringtonPerSeriesWeek [JMH options]}, or {@code bench/run FarringtonPerSeriesWeek --cpu}
 * for the thread CPU time of the same loop without JMH, from the project root, e.g. {@code -p
 * methods=improved -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(1)
public class FarringtonPerSeriesWeek {

    static final int WEEKS = 52;
    static final int SERIES = 100;

    @Param({"improved", "original", "c1,c2,c3"})
    String methods = "improved";

    @Param("../shared/reference/stats/input_sim100.csv")
    String input = "../shared/reference/stats/input_sim100.csv";

    List<EvaluatedMethods.Named> evaluated = List.of();
    List<Series> series = List.of();

    @Setup
    public void load() throws IOException {
        evaluated = EvaluatedMethods.select(methods);
        series = readSim100(Path.of(input));
        if (series.size() != SERIES) {
            throw new IllegalStateException(input + " has " + series.size() + " series, not " + SERIES);
        }
    }

    /** The columns of {@code input_sim100.csv}, one series each. */
    static List<Series> readSim100(Path file) throws IOException {
        List<List<Double>> columns = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                for (int i = 0; i < row.size(); i++) {
                    if (columns.size() <= i) {
                        columns.add(new ArrayList<>());
                    }
                    columns.get(i).add(Double.parseDouble(row.get(i)));
                }
            }
        }
        return columns.stream()
                .map(c -> Series.weekly(
                        c.stream().mapToDouble(Double::doubleValue).toArray()))
                .toList();
    }

    @Benchmark
    @OperationsPerInvocation(SERIES * WEEKS)
    public void seriesWeek(Blackhole blackhole) {
        for (Series s : series) {
            for (EvaluatedMethods.Named method : evaluated) {
                List<Detection> detections = method.method().detect(s, s.length() - WEEKS + 1, s.length());
                blackhole.consume(detections);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--cpu")) {
            cpuTime(args);
            return;
        }
        new Runner(new OptionsBuilder()
                        .parent(new CommandLineOptions(args))
                        .include(FarringtonPerSeriesWeek.class.getName())
                        .build())
                .run();
    }

    /**
     * Without JMH: the same loop timed by the CPU time of its thread, the figure to set beside R's CPU time when the
     * machine is shared and busy (wall time then includes waiting for a core). {@code --cpu [repetitions=7]
     * [methods=improved,original,c1,c2,c3 as separate runs]}.
     */
    private static void cpuTime(String[] args) throws IOException {
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<String> keys = args.length > 2 ? List.of(args[2].split(";")) : List.of("improved", "original", "c1,c2,c3");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        FarringtonPerSeriesWeek state = new FarringtonPerSeriesWeek();
        for (String key : keys) {
            state.methods = key;
            state.load();
            List<Double> cpu = new ArrayList<>();
            List<Double> wall = new ArrayList<>();
            Blackhole blackhole = new Blackhole(
                    "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
            for (int i = 0; i < repetitions + 2; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                state.seriesWeek(blackhole);
                if (i >= 2) { // two warm-up rounds
                    cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / (SERIES * WEEKS));
                    wall.add((System.nanoTime() - wallStart) / 1e3 / (SERIES * WEEKS));
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-10s CPU %8.2f us per series-week (runs %s), wall %8.2f us%n",
                    key,
                    median(cpu),
                    cpu.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList(),
                    median(wall));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
