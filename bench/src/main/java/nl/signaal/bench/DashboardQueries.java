/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.signaal.SignaalApplication;
import nl.signaal.alert.AlertManagement;
import nl.signaal.alert.WarningState;
import nl.signaal.demo.DemoData;
import nl.signaal.demo.DemoProgress;
import nl.signaal.demo.Scenario;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.region.Region;
import nl.signaal.region.RegionKind;
import nl.signaal.region.Regions;
import nl.signaal.shared.IsoWeek;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Dashboard queries over five years of demo data plus millions of synthetic observations (issue 7: p95 under 200 ms
 * server time), on PostgreSQL.
 *
 * <ol>
 *   <li>Signaal starts in-process with its HTTP server on a free port, on a database of its own (dropped and created;
 *       {@code -Dbench.postgres}, default {@code jdbc:postgresql://127.0.0.1:5432/}, user postgres, trust), with the
 *       demo data as {@code ./signaal start} loads them on a first start ({@code signaal.demo.load-when-empty}: five
 *       years of the default scenario up to last week, the statistics over its last weeks, the demo warnings); the
 *       harness waits until that is done and every event handled.
 *   <li>{@code observations} synthetic observations over the same five years are loaded through the ingest module's
 *       bulk path ({@link SyntheticObservations}: one observation is one CSV row, i.e. one lab result, one substance
 *       of an incident or seizure, one toxicology finding; {@link SyntheticLoad} says how they arrive as history, so
 *       that the signal rules do not judge ten million old records one by one). The rows that arrived are counted in
 *       the ingest tables before and after. Then the harness waits, with JDBC, until the dashboard module has counted
 *       every stored batch ({@code dashboard_batch}).
 *   <li>{@code requests} requests (default 2,000) go to the fourteen dashboard endpoints in turn ({@link
 *       DashboardRequests}), one after another, after a warm-up round of as many other requests (another seed, so
 *       that the measured ones are not repeats of it). For each, the server's own time ({@code Server-Timing: app;
 *       dur=}) and the client's round trip. Baseline, interleaved with them and measured the same way: {@code GET
 *       /demo-status}, a public page that renders a line from memory, with a {@code Server-Timing} filter of the
 *       harness's own like the dashboard's (the answer held until complete).
 *   <li>A markdown table for {@code docs/benchmarks.md} goes to standard output.
 * </ol>
 *
 * <p>Usage: {@code bench/run DashboardQueries [observations=10000000] [requests=2000] [batch-rows=250000]}
 * (batch-rows: observations per ingested batch). A request answered other than 200 (404: the dashboard
 * module is not in this build) is counted as a failure of its endpoint and reported; the exit code is then 1.
 */
public final class DashboardQueries {

    private static final String SERVER = System.getProperty("bench.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DATABASE = "signaal_bench_dashboard";
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final Pattern SERVER_TIMING = Pattern.compile("app;dur=([0-9.]+)");
    private static final String BASELINE = "baseline: /demo-status";

    private DashboardQueries() {}

    public static void main(String[] args) throws Exception {
        long observations = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000L;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int batchRows = args.length > 2 ? Integer.parseInt(args[2].replace("_", "")) : 250_000;
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin("CREATE DATABASE " + DATABASE);
        Path dataDir = Files.createTempDirectory("signaal-dashboard-bench-");
        ShiftedClock clock = new ShiftedClock();
        int exit;
        try (ConfigurableApplicationContext context = start(SERVER + DATABASE, dataDir, clock)) {
            exit = run(context, clock, observations, requests, batchRows);
        } finally {
            admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            delete(dataDir);
        }
        System.exit(exit);
    }

    private static int run(
            ConfigurableApplicationContext context, ShiftedClock clock, long observations, int requests, int batchRows)
            throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        long started = System.nanoTime();
        awaitDemo(context);
        double demoSeconds = (System.nanoTime() - started) / 1e9;
        Map<ObservationKind, Long> demo =
                context.getBean(IngestManagement.class).counts();
        System.err.printf(Locale.ROOT, "demo data loaded in %.0f s: %s%n", demoSeconds, kinds(demo));

        // the same five years as the demo data: FirstStart's last complete week and the default scenario's length
        IsoWeek end = IsoWeek.of(LocalDate.now(NETHERLANDS)).plusWeeks(-1);
        LocalDate first = end.plusWeeks(1L - Scenario.defaultScenario().weeks()).monday();
        LocalDate last = end.sunday();
        Map<String, Long> before = SyntheticLoad.counts(dataSource);
        long evidenceBefore = evidence(dataSource);
        String loadBefore = loadAverage();
        SyntheticLoad.Result load = SyntheticLoad.load(
                context, clock, observations, batchRows, first, last, 42, true, Duration.ofHours(3), System.err);
        Map<String, Long> after = SyntheticLoad.counts(dataSource);
        checkArrived(load, before, after);
        long evidenceAfter = evidence(dataSource);
        String loadAfter = loadAverage();
        long waitStarted = System.nanoTime();
        boolean dashboard = awaitDashboard(dataSource, Duration.ofHours(1));
        double dashboardSeconds = load.seconds() + (System.nanoTime() - waitStarted) / 1e9;

        int port = Objects.requireNonNull(((WebServerApplicationContext) context).getWebServer())
                .getPort();
        Regions regions = context.getBean(Regions.class);
        DashboardRequests plan = new DashboardRequests(
                first, last, codes(regions, RegionKind.PROVINCE), codes(regions, RegionKind.GGD_REGION));
        Measurement warmUp = new Measurement(URI.create("http://127.0.0.1:" + port));
        System.err.printf(Locale.ROOT, "warm-up: %,d requests%n", requests);
        warmUp.run(plan.plan(requests, 2), System.err);
        Measurement measured = new Measurement(URI.create("http://127.0.0.1:" + port));
        System.err.printf(Locale.ROOT, "measuring: %,d requests%n", requests);
        measured.run(plan.plan(requests, 1), System.err);
        String loadMeasured = loadAverage();

        System.out.print(report(
                context,
                demo,
                demoSeconds,
                load,
                before,
                after,
                evidenceBefore,
                evidenceAfter,
                dashboard,
                dashboardSeconds,
                first,
                last,
                requests,
                measured));
        System.out.printf(
                Locale.ROOT,
                "%nLoad average (1 min; other processes on the machine count too): %s before the synthetic load, %s"
                        + " after it, %s after the measured requests.%n",
                loadBefore,
                loadAfter,
                loadMeasured);
        return measured.failures() == 0 ? 0 : 1;
    }

    private static ConfigurableApplicationContext start(String url, Path dataDir, ShiftedClock clock) {
        System.err.println("Starting Signaal on " + url + " ...");
        return new SpringApplicationBuilder(SignaalApplication.class)
                .web(WebApplicationType.SERVLET)
                .initializers(context -> {
                    GenericApplicationContext generic = (GenericApplicationContext) context;
                    // outranks SignaalApplication.clock() wherever a Clock is injected (see SyntheticLoad)
                    generic.registerBean("shiftedClock", java.time.Clock.class, () -> clock, bd -> bd.setPrimary(true));
                    generic.registerBean("baselineTiming", FilterRegistrationBean.class, () -> {
                        FilterRegistrationBean<BaselineTiming> registration =
                                new FilterRegistrationBean<>(new BaselineTiming());
                        registration.addUrlPatterns("/demo-status");
                        return registration;
                    });
                })
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--signaal.data-dir=" + dataDir,
                        // as ./signaal start on an empty database: demo accounts, data, statistics and warnings
                        "--signaal.demo.load-when-empty=true",
                        "--signaal.surveillance.schedule=-",
                        // the demo warnings would expire while the clock is a year ahead during the synthetic load
                        "--signaal.alert.expiry-check=P1D",
                        "--logging.level.root=WARN");
    }

    /** Waits until the demo data, their statistics and warnings are in and every event has been handled. */
    private static void awaitDemo(ConfigurableApplicationContext context) {
        DemoData demo = context.getBean(DemoData.class);
        AlertManagement alerts = context.getBean(AlertManagement.class);
        long reported = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (true) {
            DemoProgress progress = demo.progress();
            if (progress.failed()) {
                throw new IllegalStateException("loading the demo data failed: " + progress.step());
            }
            boolean statisticsDone = progress.state() == DemoProgress.State.DONE
                    && progress.step().startsWith("statistics up to");
            if (statisticsDone
                    && !alerts.list(EnumSet.allOf(WarningState.class), 1).isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the demo data were not loaded within an hour: " + progress);
            }
            if (System.nanoTime() - reported > 10_000_000_000L) {
                System.err.printf(Locale.ROOT, "demo: %d %% %s%n", progress.percent(), progress.step());
                reported = System.nanoTime();
            }
            sleep(250);
        }
        SyntheticLoad.awaitListeners(context, Duration.ofMinutes(30), System.err);
    }

    /** The rows and records of every kind arrived in the ingest tables, as many as were sent: no more, no fewer. */
    private static void checkArrived(SyntheticLoad.Result load, Map<String, Long> before, Map<String, Long> after) {
        load.rows().forEach((kind, rows) -> {
            String[] tables = SyntheticLoad.tablesOf(kind);
            long items = after.getOrDefault(tables[0], 0L) - before.getOrDefault(tables[0], 0L);
            long records = after.getOrDefault(tables[1], 0L) - before.getOrDefault(tables[1], 0L);
            long sent = load.records().getOrDefault(kind, 0L);
            if (items != rows || records != sent) {
                throw new IllegalStateException("%s: %,d rows and %,d records sent, %,d and %,d arrived"
                        .formatted(kind.path(), rows, sent, items, records));
            }
        });
    }

    /**
     * Polls {@code dashboard_batch} until it holds every stored batch.
     *
     * @return false when the dashboard module is not in this build (no such table)
     */
    private static boolean awaitDashboard(DataSource dataSource, Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        long reported = 0;
        while (true) {
            long total;
            long counted;
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                total = single(s, "SELECT COUNT(*) FROM ingest_batch WHERE records_stored > 0");
                counted = single(s, """
                        SELECT COUNT(*) FROM ingest_batch b
                        WHERE b.records_stored > 0 AND EXISTS (SELECT 1 FROM dashboard_batch d WHERE d.batch_id = b.id)""");
            } catch (SQLException e) {
                System.err.println("WARNING: cannot read dashboard_batch ("
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                        + "): is the dashboard module in this build? Measuring without waiting for its counts.");
                return false;
            }
            if (counted == total) {
                System.err.printf(
                        Locale.ROOT,
                        "dashboard: all %,d batches counted (%.0f s after the load)%n",
                        total,
                        (System.nanoTime() - started) / 1e9);
                return true;
            }
            if (System.nanoTime() - started > timeout.toNanos()) {
                throw new IllegalStateException(
                        "the dashboard counted %,d of %,d batches within %s".formatted(counted, total, timeout));
            }
            if (System.nanoTime() - reported > 5_000_000_000L) {
                System.err.printf(Locale.ROOT, "dashboard: %,d of %,d batches counted%n", counted, total);
                reported = System.nanoTime();
            }
            Thread.sleep(250);
        }
    }

    /** Requests one after another, with their server and round-trip times per endpoint. */
    private static final class Measurement {

        private final URI base;
        private final HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final Map<String, List<Double>> server = new LinkedHashMap<>();
        private final Map<String, List<Double>> roundTrip = new LinkedHashMap<>();
        private final Map<String, Map<Integer, Integer>> failed = new LinkedHashMap<>();
        private final Map<String, Long> bytes = new LinkedHashMap<>();

        Measurement(URI base) {
            this.base = base;
            for (String endpoint : DashboardRequests.endpoints()) {
                server.put(endpoint, new ArrayList<>());
                roundTrip.put(endpoint, new ArrayList<>());
            }
            server.put(BASELINE, new ArrayList<>());
            roundTrip.put(BASELINE, new ArrayList<>());
        }

        /** The requests in order, and after each round of the fourteen endpoints one baseline request. */
        void run(List<DashboardRequests.Request> requests, java.io.PrintStream progress) throws Exception {
            int endpoints = DashboardRequests.endpoints().size();
            long started = System.nanoTime();
            for (int i = 0; i < requests.size(); i++) {
                send(requests.get(i).endpoint(), requests.get(i).path());
                if (i % endpoints == endpoints - 1) {
                    send(BASELINE, "/demo-status");
                }
                if ((i + 1) % 500 == 0 || i == requests.size() - 1) {
                    progress.printf(
                            Locale.ROOT,
                            "  %,d of %,d requests, %d failed, %.0f s%n",
                            i + 1,
                            requests.size(),
                            failures(),
                            (System.nanoTime() - started) / 1e9);
                }
            }
        }

        private void send(String endpoint, String path) throws Exception {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            double millis = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                Map<Integer, Integer> statuses = failed.computeIfAbsent(endpoint, e -> new TreeMap<>());
                if (statuses.isEmpty()) {
                    System.err.printf(
                            Locale.ROOT, "FAILED: GET %s answered %d%s%n", path, response.statusCode(), hint(response));
                }
                statuses.merge(response.statusCode(), 1, Integer::sum);
                return;
            }
            of(roundTrip, endpoint).add(millis);
            bytes.merge(endpoint, (long) response.body().length, Long::sum);
            Matcher timing = SERVER_TIMING.matcher(
                    response.headers().firstValue("Server-Timing").orElse(""));
            if (timing.find()) {
                of(server, endpoint).add(Double.parseDouble(timing.group(1)));
            }
        }

        /** Why an answer may not be 200: the dashboard module missing, or its pages not public. */
        private static String hint(HttpResponse<byte[]> response) {
            int status = response.statusCode();
            String location = response.headers().firstValue("Location").orElse("");
            if (status == 404) {
                return " (is the dashboard module in this build?)";
            }
            if (status == 401 || status == 403 || location.contains("/login")) {
                return " to " + location + " (the page is not public: is the dashboard module in this build, and"
                        + " its paths in web's PUBLIC_PAGES?)";
            }
            return location.isEmpty() ? "" : " to " + location;
        }

        int failures() {
            return failed.values().stream()
                    .flatMap(m -> m.values().stream())
                    .mapToInt(Integer::intValue)
                    .sum();
        }
    }

    private static String report(
            ConfigurableApplicationContext context,
            Map<ObservationKind, Long> demo,
            double demoSeconds,
            SyntheticLoad.Result load,
            Map<String, Long> before,
            Map<String, Long> after,
            long evidenceBefore,
            long evidenceAfter,
            boolean dashboard,
            double dashboardSeconds,
            LocalDate first,
            LocalDate last,
            int requests,
            Measurement m)
            throws SQLException {
        StringBuilder out = new StringBuilder();
        String database;
        try (Connection c = context.getBean(DataSource.class).getConnection()) {
            database = c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion();
        }
        out.append(String.format(
                Locale.ROOT,
                "%n## Dashboard queries (issue 7)%n%n```sh%nbench/run DashboardQueries %d %d %d%n```%n%n",
                load.totalRows(),
                requests,
                load.batchRows()));
        out.append(String.format(
                Locale.ROOT,
                "Machine: %d cores, %s %s, %.0f GB heap max; JDK %s (%s); database %s on 127.0.0.1; date %s.%n%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() / 1e9,
                System.getProperty("java.version"),
                System.getProperty("java.vm.vendor"),
                database,
                LocalDate.now(NETHERLANDS)));
        out.append(String.format(
                Locale.ROOT,
                "Data, %s to %s: the demo's default scenario (%s), loaded as on a first `./signaal start` in %.0f s; "
                        + "plus %,d synthetic observations in %,d records through `IngestManagement.ingestCsv` in "
                        + "%d batches: %s. Ingest %.0f s (%,.0f rows/s), until every listener had handled the last "
                        + "batch %.0f s, until the dashboard had counted every batch %s.%n%n",
                first,
                last,
                kinds(demo),
                demoSeconds,
                load.totalRows(),
                load.totalRecords(),
                load.batchIds().size(),
                composition(load),
                load.ingestSeconds(),
                load.totalRows() / load.ingestSeconds(),
                load.seconds(),
                dashboard ? String.format(Locale.ROOT, "%.0f s", dashboardSeconds) : "— (no dashboard_batch table)"));
        out.append("Rows in the ingest tables after the load (synthetic ones in brackets):");
        after.forEach((table, n) -> out.append(
                String.format(Locale.ROOT, " `%s` %,d (%,d);", table, n, n - before.getOrDefault(table, 0L))));
        out.setLength(out.length() - 1);
        out.append(String.format(
                Locale.ROOT,
                ". Evidence in the signal queue (`signal_evidence`): %,d before the synthetic load, %,d after (history"
                        + " judged by no rule).%n%n",
                evidenceBefore,
                evidenceAfter));

        List<Double> allServer = new ArrayList<>();
        m.server.forEach((endpoint, values) -> {
            if (!endpoint.equals(BASELINE)) {
                allServer.addAll(values);
            }
        });
        Stats baseServer = Stats.of(of(m.server, BASELINE));
        Stats baseTrip = Stats.of(of(m.roundTrip, BASELINE));
        out.append("| endpoint | n | server median | server p95 | server max | round trip median | round trip p95 "
                + "| round trip max | p95 / baseline p95 (server, round trip) | KB per answer | failed |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (String endpoint : m.roundTrip.keySet()) {
            Stats s = Stats.of(of(m.server, endpoint));
            Stats t = Stats.of(of(m.roundTrip, endpoint));
            Map<Integer, Integer> failed = m.failed.getOrDefault(endpoint, Map.of());
            int n = of(m.roundTrip, endpoint).size();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %s | %s | %s | %s | %s, %s | %s | %s |%n",
                    endpoint.equals(BASELINE) ? BASELINE : "`/dashboard/" + endpoint + "`",
                    n,
                    ms(s.median()),
                    bold(ms(s.p95()), !endpoint.equals(BASELINE)),
                    ms(s.max()),
                    ms(t.median()),
                    ms(t.p95()),
                    ms(t.max()),
                    ratio(s.p95(), baseServer.p95()),
                    ratio(t.p95(), baseTrip.p95()),
                    n == 0 ? "—" : String.format(Locale.ROOT, "%.1f", m.bytes.getOrDefault(endpoint, 0L) / 1024.0 / n),
                    failed.isEmpty() ? "0" : failed.toString().replace("=", ": ")));
        }
        Stats all = Stats.of(allServer);
        out.append(String.format(
                Locale.ROOT,
                "%nAll %,d dashboard requests: server time median %s, **p95 %s**, max %s; %d failed. Target: p95 under "
                        + "200 ms server time: **%s**.%n",
                allServer.size(),
                ms(all.median()),
                ms(all.p95()),
                ms(all.max()),
                m.failures(),
                allServer.isEmpty() ? "not measured" : all.p95() < 200 && m.failures() == 0 ? "met" : "not met"));
        return out.toString();
    }

    private static String kinds(Map<ObservationKind, Long> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(String.format(Locale.ROOT, "%,d %s", n, kind.path())));
        return String.join(", ", parts);
    }

    private static String composition(SyntheticLoad.Result load) {
        List<String> parts = new ArrayList<>();
        load.rows()
                .forEach((kind, rows) -> parts.add(String.format(
                        Locale.ROOT,
                        "%,d %s of %,d %s",
                        rows,
                        switch (kind) {
                            case SAMPLE -> "lab results";
                            case INCIDENT -> "incident substances";
                            case SEIZURE -> "seizure substances";
                            default -> "toxicology findings";
                        },
                        load.records().get(kind),
                        kind.path())));
        return String.join(", ", parts);
    }

    /** Median, p95 and max by nearest rank; NaN when empty. */
    private record Stats(double median, double p95, double max) {

        static Stats of(List<Double> values) {
            if (values.isEmpty()) {
                return new Stats(Double.NaN, Double.NaN, Double.NaN);
            }
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return new Stats(rank(sorted, 0.50), rank(sorted, 0.95), sorted.getLast());
        }

        private static double rank(List<Double> sorted, double p) {
            return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
        }
    }

    private static <V> V of(Map<String, V> map, String key) {
        return Objects.requireNonNull(map.get(key), key);
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "—" : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static String bold(String text, boolean bold) {
        return bold && !text.equals("—") ? "**" + text + "**" : text;
    }

    private static String ratio(double value, double baseline) {
        return Double.isNaN(value) || Double.isNaN(baseline) || baseline == 0
                ? "—"
                : String.format(Locale.ROOT, "%.1fx", value / baseline);
    }

    private static List<String> codes(Regions regions, RegionKind kind) {
        return regions.all(kind).stream()
                .map(Region::code)
                .map(Object::toString)
                .sorted()
                .toList();
    }

    /** The dashboard's own Server-Timing, for the baseline page: the answer is held until complete. */
    static final class BaselineTiming extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long started = System.nanoTime();
            ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, held);
            } finally {
                held.setHeader(
                        "Server-Timing",
                        String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6));
                held.copyBodyToResponse();
            }
        }
    }

    /** The machine's one-minute load average, from /proc/loadavg where there is one. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long evidence(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            return single(s, "SELECT COUNT(*) FROM signal_evidence");
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void delete(@Nullable Path directory) throws IOException {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
