/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.signaal.stats.detection.Detection;
import nl.signaal.stats.detection.Series;
import nl.signaal.stats.simulation.NoufailyScenario;
import nl.signaal.stats.simulation.NoufailySeries;
import nl.signaal.stats.simulation.NoufailySimulation;
import nl.signaal.stats.simulation.Outbreak;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The simulation study of Noufaily et al. (2013) for Signaal's detection methods, next to R's replication of it
 * ({@code shared/reference/stats/sim_noufaily_*.csv}, made by {@code r_noufaily_sim.R}, ALGORITHMS.md §3.3).
 *
 * <p>For each of the 42 scenarios and each replicate one series is simulated ({@link NoufailySimulation}), and every
 * method sees the same series. The two measures are those of the R script, which follow the paper:
 *
 * <ul>
 *   <li><b>FPR</b>: on the series without a current outbreak, the alarms over the 49 current weeks 576..624 divided by
 *       the number of those weeks (a week without a threshold, e.g. under the 5-in-4-weeks rule, counts as no alarm);
 *   <li><b>POD</b>: on the series with one current outbreak (k drawn from 1..10), monitored over the weeks from its
 *       first to its last case, whether at least one alarm is raised; outbreaks of 0 cases are left out.
 * </ul>
 *
 * Replicates run in parallel on all cores; progress goes to stderr, the tables (Markdown) to stdout.
 *
 * <p>Usage: {@code bench/run NoufailyEvaluation [replicates=12] [methods=all] [threads=cores] [seed=42]
 * [referenceDir=../shared/reference/stats]}, from the project root. The paper used 100 replicates; R's replication 12.
 */
public final class NoufailyEvaluation {

    private static final int CURRENT_WEEKS = NoufailySimulation.CURRENT_TO - NoufailySimulation.CURRENT_FROM + 1;

    private NoufailyEvaluation() {}

    /** What one method did on one series. */
    private record Outcome(int falseAlarms, @Nullable Boolean detected) {}

    /** One series and what every method did on it. */
    private record Replicate(int scenario, int k, List<Outcome> outcomes) {}

    /** Totals for one method over a set of series. */
    private static final class Tally {
        long falseAlarms;
        long weeks;
        long outbreaks;
        long detected;

        void add(Outcome outcome) {
            add(outcome.falseAlarms(), CURRENT_WEEKS, outcome.detected());
        }

        void add(long falseAlarms, long weeks, @Nullable Boolean detected) {
            this.falseAlarms += falseAlarms;
            this.weeks += weeks;
            if (detected != null) {
                outbreaks++;
                this.detected += detected ? 1 : 0;
            }
        }

        double fpr() {
            return weeks == 0 ? Double.NaN : (double) falseAlarms / weeks;
        }

        double pod() {
            return outbreaks == 0 ? Double.NaN : (double) detected / outbreaks;
        }
    }

    public static void main(String[] args) throws Exception {
        int replicates = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        List<EvaluatedMethods.Named> methods = EvaluatedMethods.select(args.length > 1 ? args[1] : "all");
        int threads = args.length > 2
                ? Integer.parseInt(args[2])
                : Runtime.getRuntime().availableProcessors();
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        Path referenceDir = Path.of(args.length > 4 ? args[4] : "../shared/reference/stats");

        List<NoufailyScenario> scenarios = NoufailyScenario.all();
        int total = scenarios.size() * replicates;
        System.err.printf(
                Locale.ROOT,
                "Noufaily evaluation: %d scenarios x %d replicates = %d series, methods %s, %d threads, seed %d%n",
                scenarios.size(),
                replicates,
                total,
                methods.stream().map(EvaluatedMethods.Named::key).toList(),
                threads,
                seed);

        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, total / 20);
        List<Replicate> results = new ArrayList<>(total);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Replicate>> futures = new ArrayList<>(total);
            for (NoufailyScenario scenario : scenarios) {
                for (int r = 1; r <= replicates; r++) {
                    long seriesSeed = NoufailySimulation.seed(seed, scenario.number(), r);
                    futures.add(pool.submit(() -> {
                        Replicate replicate = evaluate(scenario, seriesSeed, methods);
                        int n = done.incrementAndGet();
                        if (n % step == 0 || n == total) {
                            System.err.printf(
                                    Locale.ROOT,
                                    "  %,d/%,d series (%.0f %%), %.1f s%n",
                                    n,
                                    total,
                                    100.0 * n / total,
                                    (System.nanoTime() - started) / 1e9);
                        }
                        return replicate;
                    }));
                }
            }
            for (Future<Replicate> future : futures) {
                results.add(future.get());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        RReplication r = RReplication.read(referenceDir);
        report(scenarios, methods, results, r, replicates, seed, threads, seconds);
    }

    private static Replicate evaluate(NoufailyScenario scenario, long seed, List<EvaluatedMethods.Named> methods) {
        NoufailySeries series = NoufailySimulation.generate(scenario, seed);
        Outbreak current = series.currentOutbreak();
        List<Outcome> outcomes = new ArrayList<>(methods.size());
        for (EvaluatedMethods.Named method : methods) {
            int falseAlarms = alarms(
                    method,
                    series.withoutCurrentOutbreak(),
                    NoufailySimulation.CURRENT_FROM,
                    NoufailySimulation.CURRENT_TO);
            Boolean detected = current.hasCases()
                    ? alarms(method, series.withCurrentOutbreak(), current.firstWeek(), current.lastWeek()) > 0
                    : null;
            outcomes.add(new Outcome(falseAlarms, detected));
        }
        return new Replicate(scenario.number(), current.k(), outcomes);
    }

    private static int alarms(EvaluatedMethods.Named method, Series series, int from, int to) {
        int alarms = 0;
        for (Detection detection : method.method().detect(series, from, to)) {
            alarms += detection.alarm() ? 1 : 0;
        }
        return alarms;
    }

    private static void report(
            List<NoufailyScenario> scenarios,
            List<EvaluatedMethods.Named> methods,
            List<Replicate> results,
            RReplication r,
            int replicates,
            long seed,
            int threads,
            double seconds) {
        int m = methods.size();
        Tally[][] byScenario = new Tally[scenarios.size() + 1][m];
        Tally[][] byK = new Tally[11][m];
        Tally[] overall = new Tally[m];
        for (int j = 0; j < m; j++) {
            overall[j] = new Tally();
            for (Tally[] row : byScenario) {
                row[j] = new Tally();
            }
            for (Tally[] row : byK) {
                row[j] = new Tally();
            }
        }
        for (Replicate replicate : results) {
            for (int j = 0; j < m; j++) {
                Outcome outcome = replicate.outcomes().get(j);
                overall[j].add(outcome);
                byScenario[replicate.scenario()][j].add(outcome);
                byK[replicate.k()][j].add(outcome);
            }
        }

        System.out.printf(
                Locale.ROOT,
                "%n%d series (%d scenarios x %d replicates, seed %d) in %.1f s on %d threads; R: %d series%n%n",
                results.size(),
                scenarios.size(),
                replicates,
                seed,
                seconds,
                threads,
                r.series);

        // overall
        System.out.println("| method | FPR Java | FPR R | FPR range over scenarios, Java | R | POD Java | POD R |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int j = 0; j < m; j++) {
            EvaluatedMethods.Named method = methods.get(j);
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            for (int s = 1; s <= scenarios.size(); s++) {
                min = Math.min(min, byScenario[s][j].fpr());
                max = Math.max(max, byScenario[s][j].fpr());
            }
            String rColumn = method.rColumn();
            @Nullable Tally rOverall = rColumn == null ? null : r.overall.get(rColumn);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s ± %s | %s | %s – %s | %s | %s ± %s (n = %d) | %s |%n",
                    method.name(),
                    percent(overall[j].fpr(), 2),
                    percent(binomialSe(overall[j].fpr(), overall[j].weeks), 2),
                    rOverall == null ? "—" : percent(rOverall.fpr(), 2),
                    percent(min, 1),
                    percent(max, 1),
                    rColumn == null ? "—" : r.fprRange(rColumn),
                    percent(overall[j].pod(), 1),
                    percent(binomialSe(overall[j].pod(), overall[j].outbreaks), 1),
                    overall[j].outbreaks,
                    rOverall == null ? "—" : percent(rOverall.pod(), 1) + " (n = " + rOverall.outbreaks + ")");
        }

        // POD by k
        System.out.println();
        StringBuilder header = new StringBuilder("| k |");
        StringBuilder rule = new StringBuilder("|---|");
        for (EvaluatedMethods.Named method : methods) {
            header.append(' ').append(method.name()).append(method.rColumn() == null ? " |" : " (R) |");
            rule.append("---|");
        }
        System.out.println(header.append(" n |"));
        System.out.println(rule.append("---|"));
        for (int k = 1; k <= 10; k++) {
            StringBuilder row = new StringBuilder("| " + k + " |");
            for (int j = 0; j < m; j++) {
                String rColumn = methods.get(j).rColumn();
                row.append(' ').append(percent(byK[k][j].pod(), 0));
                if (rColumn != null) {
                    @Nullable Tally rk = r.byK.get(rColumn + k);
                    row.append(" (")
                            .append(rk == null ? "—" : percent(rk.pod(), 0))
                            .append(')');
                }
                row.append(" |");
            }
            System.out.println(row.append(' ').append(byK[k][0].outbreaks).append(" |"));
        }

        // FPR by scenario
        System.out.println();
        header = new StringBuilder("| scenario | set | trend | m |");
        rule = new StringBuilder("|---|---|---|---|");
        for (EvaluatedMethods.Named method : methods) {
            header.append(' ').append(method.name()).append(" |");
            rule.append("---|");
            if (method.rColumn() != null) {
                header.append(" R |");
                rule.append("---|");
            }
        }
        System.out.println(header);
        System.out.println(rule);
        for (NoufailyScenario scenario : scenarios) {
            StringBuilder row = new StringBuilder(String.format(
                    Locale.ROOT,
                    "| %d | %d | %d | %d |",
                    scenario.number(),
                    scenario.parameterSet(),
                    scenario.trend() ? 1 : 0,
                    scenario.harmonics()));
            for (int j = 0; j < m; j++) {
                row.append(' ')
                        .append(percent(byScenario[scenario.number()][j].fpr(), 2))
                        .append(" |");
                String rColumn = methods.get(j).rColumn();
                if (rColumn != null) {
                    @Nullable Tally rs = r.byScenario.get(rColumn + scenario.number());
                    row.append(' ')
                            .append(rs == null ? "—" : percent(rs.fpr(), 2))
                            .append(" |");
                }
            }
            System.out.println(row);
        }
    }

    private static double binomialSe(double p, long n) {
        return n == 0 ? Double.NaN : Math.sqrt(p * (1 - p) / n);
    }

    private static String percent(double share, int decimals) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%." + decimals + "f %%", 100 * share);
    }

    /** R's replication: per series from sim_noufaily_results.csv, totals per scenario, per k and overall. */
    private static final class RReplication {
        final Map<String, Tally> overall = new HashMap<>();
        final Map<String, Tally> byScenario = new HashMap<>();
        final Map<String, Tally> byK = new HashMap<>();
        int series;

        static RReplication read(Path dir) throws IOException {
            RReplication r = new RReplication();
            Path file = dir.resolve("sim_noufaily_results.csv");
            if (!Files.isRegularFile(file)) {
                System.err.println("no R results at " + file + "; R columns stay empty");
                return r;
            }
            try (Reader reader = Files.newBufferedReader(file)) {
                for (CSVRecord row : CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
                    r.series++;
                    for (String column : List.of("imp", "org")) {
                        long falseAlarms = Long.parseLong(row.get("fp." + column));
                        long weeks = Long.parseLong(row.get("weeks"));
                        String det = row.get("det." + column);
                        Boolean detected = det.equals("NA") ? null : Boolean.valueOf(det);
                        r.overall.computeIfAbsent(column, c -> new Tally()).add(falseAlarms, weeks, detected);
                        r.byScenario
                                .computeIfAbsent(column + row.get("scenario"), c -> new Tally())
                                .add(falseAlarms, weeks, detected);
                        r.byK.computeIfAbsent(column + row.get("k2"), c -> new Tally())
                                .add(falseAlarms, weeks, detected);
                    }
                }
            }
            return r;
        }

        String fprRange(String column) {
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            for (Map.Entry<String, Tally> entry : byScenario.entrySet()) {
                if (entry.getKey().startsWith(column)) {
                    min = Math.min(min, entry.getValue().fpr());
                    max = Math.max(max, entry.getValue().fpr());
                }
            }
            return byScenario.isEmpty() ? "—" : percent(min, 1) + " – " + percent(max, 1);
        }
    }
}
