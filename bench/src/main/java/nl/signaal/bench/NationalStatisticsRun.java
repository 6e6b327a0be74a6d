/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.signaal.SignaalApplication;
import nl.signaal.demo.DemoData;
import nl.signaal.demo.Scenario;
import nl.signaal.shared.IsoWeek;
import nl.signaal.surveillance.StatisticsRun;
import nl.signaal.surveillance.SurveillanceManagement;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A full national statistics run over five years of weekly data: the demo generator's default scenario (five years of
 * samples, incidents, seizures and toxicology cases) is loaded through the ingest module into PostgreSQL, the series
 * are counted by the surveillance module's listeners, and then the statistics run over the last week is timed: every
 * series with a count in the last two years by Farrington flexible (b = 5 where the history allows), and the
 * space-time scan over incidents per substance.
 *
 * <p>Baseline, measured in the same run: reading the counts the run reads (every series over the 264 weeks
 * Farrington needs) into memory, without any statistics.
 *
 * <p>Usage: {@code bench/run NationalStatisticsRun [repetitions]}; the server is {@code -Dbench.postgres} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}, user postgres, trust authentication).
 */
public final class NationalStatisticsRun {

    private static final String SERVER = System.getProperty("bench.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DATABASE = "signaal_bench_statistics";

    private NationalStatisticsRun() {}

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin("CREATE DATABASE " + DATABASE);
        String url = SERVER + DATABASE;
        try (var context = new SpringApplicationBuilder(SignaalApplication.class)
                        .web(WebApplicationType.NONE)
                        .run(
                                "--spring.datasource.url=" + url,
                                "--spring.datasource.username=postgres",
                                "--signaal.surveillance.schedule=-",
                                "--logging.level.root=WARN");
                Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            SurveillanceManagement surveillance = context.getBean(SurveillanceManagement.class);
            IsoWeek week = surveillance.lastCompleteWeek();

            long start = System.nanoTime();
            Map<String, Integer> stored =
                    context.getBean(DemoData.class).load(Scenario.defaultScenario(), 2025, week, (percent, step) -> {});
            System.out.printf(Locale.ROOT, "loaded %s in %.0f s%n", stored, seconds(start));
            while (single(connection, "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL") > 0) {
                Thread.sleep(500);
            }
            System.out.printf(
                    Locale.ROOT,
                    "counted into %,d series, %,d non-zero series-weeks, %.0f s after the start of the load%n",
                    single(
                            connection,
                            "SELECT COUNT(*) FROM (SELECT DISTINCT source, scope, subject, region FROM surveillance_count) s"),
                    single(connection, "SELECT COUNT(*) FROM surveillance_count"),
                    seconds(start));

            // a first run publishes what it finds; the timed ones re-run the same week, as a nightly re-run would
            StatisticsRun first = surveillance.run(week);
            System.out.printf(Locale.ROOT, "first run: %s%n", first);
            List<Double> runs = new ArrayList<>();
            List<Double> reads = new ArrayList<>();
            StatisticsRun last = first;
            for (int i = 0; i < repetitions; i++) {
                start = System.nanoTime();
                int cells = readCounts(connection, week);
                reads.add(seconds(start));
                start = System.nanoTime();
                last = surveillance.run(week);
                runs.add(seconds(start));
                System.out.printf(
                        Locale.ROOT,
                        "repetition %d: statistics run %.3f s, reading the %,d counts only %.3f s%n",
                        i + 1,
                        runs.getLast(),
                        cells,
                        reads.getLast());
            }
            System.out.printf(
                    Locale.ROOT,
                    "%nweek %s: %,d series evaluated, %,d skipped, %d alarms, %d clusters%n"
                            + "median of %d: statistics run %.3f s; baseline (reading the counts only) %.3f s; "
                            + "%d processors%n",
                    week,
                    last.seriesEvaluated(),
                    last.seriesSkipped(),
                    last.alarms(),
                    last.clusters(),
                    repetitions,
                    median(runs),
                    median(reads),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    /** Every count of the weeks the run reads, into a map per series, as the run does before its statistics. */
    private static int readCounts(Connection connection, IsoWeek week) throws Exception {
        Map<String, long[]> series = new HashMap<>();
        int cells = 0;
        LocalDate from = week.plusWeeks(-(5 * 52 + 3)).monday();
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT source, scope, subject, region, week, n FROM surveillance_count WHERE week BETWEEN ? AND ?""")) {
            s.setObject(1, from);
            s.setObject(2, week.monday());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) + rs.getString(2) + rs.getString(3) + rs.getString(4);
                    long[] counts = series.computeIfAbsent(key, k -> new long[5 * 52 + 4]);
                    counts[(int) ChronoUnit.WEEKS.between(from, rs.getObject(5, LocalDate.class))] = rs.getLong(6);
                    cells++;
                }
            }
        }
        return cells;
    }

    private static long single(Connection connection, String sql) throws Exception {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }
}
