/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.signaal.stats.detection.Detection;
import nl.signaal.stats.detection.DetectionMethod;
import nl.signaal.stats.detection.Series;
import nl.signaal.stats.simulation.NoufailyScenario;
import nl.signaal.stats.simulation.NoufailySimulation;
import org.hipparchus.random.RandomDataGenerator;

/**
 * A weekly run of detection over the whole country: {@code series} count series (default 10,000) of 624 weeks, each
 * evaluated at its last {@code weeks} weeks (default 52), on all cores. Issue 4's target: 10,000 series x 52 weeks of
 * Farrington flexible in under 10 s.
 *
 * <p>The series are baselines of the 42 Noufaily scenarios taken in turn ({@link NoufailySimulation}, seed fixed),
 * counts from 0.1 to about 200 a week. Measured in the same run, alternating with the method:
 *
 * <ul>
 *   <li><b>plain mean</b>: the same loop, threads and data with the GLM fit replaced by the mean of Farrington's
 *       reference windows ({@link ReferenceMean}): the cost of everything but the model;
 *   <li><b>one thread</b>: the method on one thread over a share of the series (default a tenth), scaled to all of
 *       them, for the speed-up the cores give.
 * </ul>
 *
 * <p>Usage: {@code bench/run DetectionThroughput [method=improved] [series=10000] [weeks=52] [repetitions=5]
 * [threads=cores] [single-thread share=0.1]}; method keys as in {@link EvaluatedMethods}.
 */
public final class DetectionThroughput {

    private static final int LENGTH = NoufailySimulation.WEEKS;

    private DetectionThroughput() {}

    public static void main(String[] args) throws Exception {
        List<EvaluatedMethods.Named> methods = EvaluatedMethods.select(args.length > 0 ? args[0] : "improved");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int weeks = args.length > 2 ? Integer.parseInt(args[2]) : 52;
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int threads = args.length > 4
                ? Integer.parseInt(args[4])
                : Runtime.getRuntime().availableProcessors();
        double share = args.length > 5 ? Double.parseDouble(args[5]) : 0.1;
        if (weeks < 1 || weeks > LENGTH - 5 * 52 - 3) {
            throw new IllegalArgumentException("weeks must lie within 1.." + (LENGTH - 5 * 52 - 3));
        }

        List<Series> series = series(count);
        List<Series> sample = series.subList(0, Math.max(1, (int) Math.round(count * share)));
        DetectionMethod plainMean = new ReferenceMean(5, 3, 2.5758);
        System.out.printf(
                Locale.ROOT,
                "%,d series x %d weeks = %,d series-weeks, methods %s, %d threads, %d cores; one-thread run on %,d"
                        + " series%n",
                count,
                weeks,
                (long) count * weeks,
                methods.stream().map(EvaluatedMethods.Named::name).toList(),
                threads,
                Runtime.getRuntime().availableProcessors(),
                sample.size());

        // warm-up: every path compiled before the first measurement
        List<Series> warmUp = series.subList(0, Math.min(count, 500));
        run(methods, warmUp, weeks, threads);
        run(List.of(plain(plainMean)), warmUp, weeks, threads);

        List<Double> parallel = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> single = new ArrayList<>();
        List<Double> parallelCpu = new ArrayList<>();
        List<Double> singleCpu = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            long[] alarms = new long[1];
            parallel.add(time(() -> alarms[0] = run(methods, series, weeks, threads)));
            parallelCpu.add(lastCpu);
            mean.add(time(() -> run(List.of(plain(plainMean)), series, weeks, threads)));
            single.add(time(() -> run(methods, sample, weeks, 1)) * count / sample.size());
            singleCpu.add(lastCpu * count / sample.size());
            System.out.printf(
                    Locale.ROOT,
                    "run %d: %s %.2f s (CPU %.2f s, %,d alarms), plain mean %.2f s, one thread (scaled) %.2f s (CPU"
                            + " %.2f s); load average %.1f%n",
                    i + 1,
                    methods.size() == 1 ? methods.get(0).name() : "methods",
                    parallel.getLast(),
                    parallelCpu.getLast(),
                    alarms[0],
                    mean.getLast(),
                    single.getLast(),
                    singleCpu.getLast(),
                    OS.getSystemLoadAverage());
        }
        double seriesWeeks = (double) count * weeks;
        double p = median(parallel);
        double m = median(mean);
        double s = median(single);
        System.out.printf(
                Locale.ROOT,
                "median of %d: %.2f s on %d threads (%.1f us per series-week, %,.0f series-weeks/s); plain mean %.2f s"
                        + " (the method costs %.0fx); one thread %.2f s (speed-up %.2fx); CPU %.2f s on %d threads, %.2f s"
                        + " on one (%.1f us per series-week)%n",
                repetitions,
                p,
                threads,
                1e6 * p / seriesWeeks,
                seriesWeeks / p,
                m,
                p / m,
                s,
                s / p,
                median(parallelCpu),
                threads,
                median(singleCpu),
                1e6 * median(singleCpu) / seriesWeeks);
    }

    private static EvaluatedMethods.Named plain(DetectionMethod method) {
        return new EvaluatedMethods.Named("mean", "plain mean", method, null);
    }

    /** The simulated series: scenario 1, 2, ... 42, 1, ... with fixed seeds. */
    static List<Series> series(int count) {
        List<Series> series = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            NoufailyScenario scenario = NoufailyScenario.number(1 + i % 42);
            RandomDataGenerator random = new RandomDataGenerator(NoufailySimulation.seed(4, scenario.number(), i));
            series.add(Series.weekly(NoufailySimulation.baseline(scenario, random)));
        }
        return Collections.unmodifiableList(series);
    }

    /** Evaluates the last {@code weeks} weeks of every series with every method; returns the number of alarms. */
    private static long run(List<EvaluatedMethods.Named> methods, List<Series> series, int weeks, int threads)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        int chunk = 64;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    long alarms = 0;
                    for (int from = next.getAndAdd(chunk); from < series.size(); from = next.getAndAdd(chunk)) {
                        for (Series s : series.subList(from, Math.min(series.size(), from + chunk))) {
                            for (EvaluatedMethods.Named method : methods) {
                                for (Detection d : method.method().detect(s, s.length() - weeks + 1, s.length())) {
                                    alarms += d.alarm() ? 1 : 0;
                                }
                            }
                        }
                    }
                    return alarms;
                }));
            }
            long alarms = 0;
            for (Future<Long> future : futures) {
                alarms += future.get();
            }
            return alarms;
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Wall time in seconds; prints nothing, records the process CPU time of the last call in {@link #lastCpu}. */
    private static double time(Work work) throws Exception {
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        work.run();
        double wall = (System.nanoTime() - start) / 1e9;
        lastCpu = (OS.getProcessCpuTime() - cpu) / 1e9;
        return wall;
    }

    private static double lastCpu;

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
