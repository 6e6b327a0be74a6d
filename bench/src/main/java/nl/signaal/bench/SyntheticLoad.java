/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.signaal.access.AccessManagement;
import nl.signaal.ingest.BatchReport;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Loads {@link SyntheticObservations} into a running application through {@link IngestManagement#ingestCsv}, the path
 * of {@code ./signaal ingest}, batch by batch, and waits until every module has handled the batches.
 *
 * <p><b>History, honestly.</b> The signal module judges every accepted record by its rules unless the record is dated
 * more than the rule set's {@code max_record_age_days} (365) before it arrives by the application's clock: records that
 * old are history, stored and counted by every module but judging none. Judging runs at about a thousand records a
 * second and would take hours for ten million records that, in a real installation, would have arrived over five
 * years, each judged on its own arrival. So the load happens as if a year and a month after the newest record: the
 * application's {@link ShiftedClock} is moved to {@value #ARRIVAL_DAYS} days after {@code last} before the first
 * batch, kept there until every listener (the signal module's, surveillance's series counter, the dashboard's
 * counter) has handled every batch, and set back to the machine's time afterwards. Nothing is skipped but the rules'
 * judgement; the counting of surveillance and the dashboards runs on every batch as it would on any other. The demo
 * data, loaded before at the machine's time, keep their signals.
 */
final class SyntheticLoad {

    /** Days after the newest record at which the synthetic records arrive: more than a year (365 days) later. */
    static final int ARRIVAL_DAYS = 400;

    /** Rows and records per table, for counting what arrived. */
    static final Map<String, String> TABLES = tables();

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final Map<ObservationKind, String[]> SENDERS = Map.of(
            ObservationKind.SAMPLE, new String[] {"bench-drugchecking", "Benchmark drug-checking services"},
            ObservationKind.INCIDENT, new String[] {"bench-ambulance", "Benchmark ambulance and first-aid services"},
            ObservationKind.SEIZURE, new String[] {"bench-forensic", "Benchmark forensic laboratory"},
            ObservationKind.TOXICOLOGY_CASE, new String[] {"bench-toxicology", "Benchmark forensic toxicology"});

    private SyntheticLoad() {}

    /**
     * What was loaded.
     *
     * @param rows observations (CSV rows) stored per kind
     * @param records records (samples, incidents, seizures, cases) stored per kind
     * @param batchRows the most observations in one batch
     * @param ingestSeconds time in {@link IngestManagement#ingestCsv} alone, without generating the CSV
     * @param seconds from the first batch until every listener had handled the last one
     */
    record Result(
            Map<ObservationKind, Long> rows,
            Map<ObservationKind, Long> records,
            List<UUID> batchIds,
            int batchRows,
            double ingestSeconds,
            double seconds,
            List<String> listenerFailures) {

        long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        long totalRecords() {
            return records.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Loads {@code n} observations dated {@code first} to {@code last} in batches of at most {@code batchRows} rows.
     *
     * @param seed names the records too: loads of different seeds add up
     * @param asHistory arrive {@value #ARRIVAL_DAYS} days after {@code last} (the benchmark); {@code false}: arrive
     *     now, judged by the signal rules where recent enough
     * @param timeout how long to wait for the listeners after the last batch
     */
    static Result load(
            ApplicationContext context,
            ShiftedClock clock,
            long n,
            int batchRows,
            LocalDate first,
            LocalDate last,
            long seed,
            boolean asHistory,
            Duration timeout,
            PrintStream progress) {
        IngestManagement ingest = context.getBean(IngestManagement.class);
        AccessManagement access = context.getBean(AccessManagement.class);
        Map<ObservationKind, UUID> senders = new EnumMap<>(ObservationKind.class);
        SENDERS.forEach((kind, org) ->
                senders.put(kind, access.ensureOrganisation(org[0], org[1]).id()));
        SyntheticObservations observations = new SyntheticObservations(first, last, seed);
        List<SyntheticObservations.Planned> plan = SyntheticObservations.plan(n, batchRows);
        Map<ObservationKind, Long> rows = new EnumMap<>(ObservationKind.class);
        Map<ObservationKind, Long> records = new EnumMap<>(ObservationKind.class);
        List<UUID> batchIds = new ArrayList<>();

        LocalDate today = LocalDate.now(NETHERLANDS);
        if (asHistory) {
            clock.shift(Duration.ofDays(ChronoUnit.DAYS.between(today, last.plusDays(ARRIVAL_DAYS))));
        }
        progress.printf(
                Locale.ROOT,
                "synthetic: %,d observations dated %s to %s in %d batches; they arrive on %s (application clock)%n",
                n,
                first,
                last,
                plan.size(),
                LocalDate.now(clock.withZone(NETHERLANDS)));
        long started = System.nanoTime();
        long ingestNanos = 0;
        long done = 0;
        try {
            for (int i = 0; i < plan.size(); i++) {
                SyntheticObservations.Batch batch = observations.batch(plan.get(i));
                long t = System.nanoTime();
                BatchReport report = ingest.ingestCsv(
                        batch.kind(),
                        null,
                        java.util.Objects.requireNonNull(senders.get(batch.kind())),
                        new ByteArrayInputStream(batch.csv()),
                        "bench:synthetic-%s-%d"
                                .formatted(batch.kind().path(), plan.get(i).number()));
                long took = System.nanoTime() - t;
                ingestNanos += took;
                if (report.stored() != batch.records() || report.batchId() == null) {
                    throw new IllegalStateException("batch %d of %s: %d records sent, %s"
                            .formatted(plan.get(i).number(), batch.kind().path(), batch.records(), report));
                }
                batchIds.add(report.batchId());
                rows.merge(batch.kind(), (long) batch.rows(), Long::sum);
                records.merge(batch.kind(), (long) batch.records(), Long::sum);
                done += batch.rows();
                progress.printf(
                        Locale.ROOT,
                        "synthetic: batch %d of %d: %,d %s rows (%,d records) in %.1f s; %,d of %,d rows, %,.0f rows/s"
                                + " overall%n",
                        i + 1,
                        plan.size(),
                        batch.rows(),
                        batch.kind().path(),
                        batch.records(),
                        took / 1e9,
                        done,
                        n,
                        done / ((System.nanoTime() - started) / 1e9));
            }
            progress.printf(
                    Locale.ROOT,
                    "synthetic: all stored after %.1f s (%.1f s of it in ingestCsv); waiting for the listeners%n",
                    (System.nanoTime() - started) / 1e9,
                    ingestNanos / 1e9);
            List<String> failures = awaitListeners(context, timeout, progress);
            return new Result(
                    rows,
                    records,
                    batchIds,
                    batchRows,
                    ingestNanos / 1e9,
                    (System.nanoTime() - started) / 1e9,
                    failures);
        } finally {
            clock.shift(Duration.ZERO);
        }
    }

    /**
     * Waits until Spring Modulith's event publication registry holds no publication still being handled; a failed
     * listener is reported, not waited for.
     *
     * @return the failed listeners, one line each
     */
    static List<String> awaitListeners(ApplicationContext context, Duration timeout, PrintStream progress) {
        EventPublicationRegistry registry = context.getBean(EventPublicationRegistry.class);
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long nextReport = started + 10_000_000_000L;
        while (true) {
            List<String> failures = new ArrayList<>();
            int waiting = 0;
            // which listeners the time goes to: the method name of each, with its publications still waiting
            Map<String, Integer> byListener = new java.util.TreeMap<>();
            for (TargetEventPublication p : registry.findIncompletePublications()) {
                String listener = p.getTargetIdentifier().getValue();
                if (p.getStatus() == EventPublication.Status.FAILED) {
                    failures.add("listener " + listener + " failed on " + p.getEvent());
                } else {
                    waiting++;
                    byListener.merge(shortName(listener), 1, Integer::sum);
                }
            }
            if (waiting == 0) {
                failures.forEach(f -> progress.println("WARNING: " + f));
                return failures;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException(waiting + " event publications still incomplete after " + timeout);
            }
            if (now > nextReport) {
                progress.printf(
                        Locale.ROOT,
                        "listeners: %d event publications still being handled (%.0f s): %s%n",
                        waiting,
                        (now - started) / 1e9,
                        byListener);
                nextReport = now + 10_000_000_000L;
            }
            sleep(200);
        }
    }

    /** {@code nl.signaal.surveillance.internal.SeriesCounter.on(nl.signaal.ingest.ObservationsAccepted)}: SeriesCounter.on. */
    private static String shortName(String listener) {
        String method = listener.contains("(") ? listener.substring(0, listener.indexOf('(')) : listener;
        int dot = method.lastIndexOf('.', method.lastIndexOf('.') - 1);
        return dot >= 0 ? method.substring(dot + 1) : method;
    }

    /** Rows in each of the ingest module's record and item tables. */
    static Map<String, Long> counts(DataSource dataSource) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String table : TABLES.keySet()) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the ingest tables", e);
        }
        return counts;
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("ingest_sample", "drug-checking samples");
        tables.put("ingest_lab_result", "their lab results");
        tables.put("ingest_incident", "incidents");
        tables.put("ingest_incident_substance", "their substances");
        tables.put("ingest_seizure", "seizures");
        tables.put("ingest_seizure_substance", "their substances");
        tables.put("ingest_toxicology_case", "toxicology cases");
        tables.put("ingest_toxicology_finding", "their findings");
        return java.util.Collections.unmodifiableMap(tables);
    }

    /** The item table (one row per observation) and record table of a kind. */
    static String[] tablesOf(ObservationKind kind) {
        return switch (kind) {
            case SAMPLE -> new String[] {"ingest_lab_result", "ingest_sample"};
            case INCIDENT -> new String[] {"ingest_incident_substance", "ingest_incident"};
            case SEIZURE -> new String[] {"ingest_seizure_substance", "ingest_seizure"};
            case TOXICOLOGY_CASE -> new String[] {"ingest_toxicology_finding", "ingest_toxicology_case"};
            default -> throw new IllegalArgumentException("no synthetic " + kind);
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the listeners", e);
        }
    }
}
