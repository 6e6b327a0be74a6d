/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.signaal.stats.detection.Detection;
import nl.signaal.stats.detection.FarringtonFlexible;
import nl.signaal.stats.detection.FarringtonOptions;
import nl.signaal.stats.detection.Series;

/**
 * Farrington flexible on many series, the last 52 weeks of each, with the Noufaily (2013) and the original (1996)
 * settings of the reference files. The series are the 100 simulated ones of {@code shared/reference/stats/input_sim100.csv}
 * (624 weeks, the series R timed: 7.7 ms per series-week Noufaily, 5.3 ms original, ALGORITHMS.md section 1.5),
 * repeated to the requested number. Reports wall time and the threads' CPU time per series-week; on a shared machine
 * the CPU time is the steadier figure.
 *
 * <p>Usage: {@code bench/run FarringtonThroughput [series] [repetitions] [threads] [input_sim100.csv]}, from the
 * project root (defaults 10000, 5, all cores, {@code ../shared/reference/stats/input_sim100.csv}).
 */
public final class FarringtonThroughput {

    private static final int WEEKS = 52;
    /** Alarms raised, summed so that the work cannot be optimised away; printed at the end. */
    private static final AtomicLong ALARMS = new AtomicLong();

    private FarringtonThroughput() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = args.length > 2
                ? Integer.parseInt(args[2])
                : Runtime.getRuntime().availableProcessors();
        Path file = Path.of(args.length > 3 ? args[3] : "../shared/reference/stats/input_sim100.csv");
        List<Series> series = workload(file, count);
        System.out.printf(
                Locale.ROOT,
                "%,d series x %d weeks, %d threads, %d cores%n",
                series.size(),
                WEEKS,
                threads,
                Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (String name : List.of("noufaily", "original")) {
                FarringtonFlexible method = new FarringtonFlexible(
                        name.equals("noufaily") ? FarringtonOptions.noufaily() : FarringtonOptions.original());
                run(pool, threads, method, series.subList(0, Math.min(series.size(), 500))); // warm-up
                List<Double> wall = new ArrayList<>();
                List<Double> cpu = new ArrayList<>();
                for (int r = 0; r < repetitions; r++) {
                    double[] times = run(pool, threads, method, series);
                    wall.add(times[0]);
                    cpu.add(times[1]);
                    System.out.printf(
                            Locale.ROOT,
                            "%s run %d: %.2f s wall, %.1f us CPU per series-week%n",
                            name,
                            r + 1,
                            times[0],
                            times[1] * 1e6 / (series.size() * (double) WEEKS));
                }
                System.out.printf(
                        Locale.ROOT,
                        "%s median: %.2f s wall, %.1f us CPU per series-week%n",
                        name,
                        median(wall),
                        median(cpu) * 1e6 / (series.size() * (double) WEEKS));
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf(Locale.ROOT, "(%,d alarms in all runs)%n", ALARMS.get());
    }

    private static List<Series> workload(Path file, int count) throws Exception {
        List<String> lines = Files.readAllLines(file);
        int columns = lines.getFirst().split(",").length;
        double[][] values = new double[columns][lines.size() - 1];
        for (int row = 1; row < lines.size(); row++) {
            String[] parts = lines.get(row).split(",");
            for (int c = 0; c < columns; c++) {
                values[c][row - 1] = Double.parseDouble(parts[c]);
            }
        }
        List<Series> series = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            series.add(Series.weekly(values[i % columns]));
        }
        return series;
    }

    /** Wall seconds and summed thread CPU seconds of one pass over all series. */
    private static double[] run(ExecutorService pool, int threads, FarringtonFlexible method, List<Series> series)
            throws Exception {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        List<Future<Long>> parts = new ArrayList<>();
        int chunk = (series.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * chunk;
            int to = Math.min(series.size(), from + chunk);
            parts.add(pool.submit(() -> {
                long cpu = bean.getCurrentThreadCpuTime();
                long alarms = 0;
                for (Series s : series.subList(from, to)) {
                    alarms += method.detect(s, s.length() - WEEKS + 1, s.length()).stream()
                            .filter(Detection::alarm)
                            .count();
                }
                ALARMS.addAndGet(alarms);
                return bean.getCurrentThreadCpuTime() - cpu;
            }));
        }
        long cpu = 0;
        for (Future<Long> part : parts) {
            cpu += part.get();
        }
        return new double[] {(System.nanoTime() - start) / 1e9, cpu / 1e9};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
