/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.signaal.SignaalApplication;
import nl.signaal.access.AccessManagement;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Ingestion of lab-result rows from CSV into PostgreSQL against PostgreSQL's own {@code COPY} of the same rows, all
 * in one run, alternating, so that every measurement sees the same machine.
 *
 * <p><b>Signaal</b>: the whole path of {@code ./signaal ingest} after start-up — parsing, every check, the region
 * look-up, de-duplication, fingerprints, and writing samples and results with their keys and indexes, in one
 * transaction. Two baselines:
 *
 * <ul>
 *   <li><b>COPY into Signaal's tables</b>: the same rows as Signaal stored them (exported after its run), copied into
 *       the same emptied tables with the same keys and indexes — what the database itself needs for this storage;
 *   <li><b>COPY into a flat table</b>: the CSV file as it is into a table of its columns without any index — the
 *       fastest PostgreSQL takes these rows at all.
 * </ul>
 *
 * <p>Usage: {@code bench/run IngestVersusCopy [rows] [repetitions]}; the server is {@code -Dbench.postgres} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}, user postgres, trust authentication).
 */
public final class IngestVersusCopy {

    private static final String SERVER = System.getProperty("bench.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DATABASE = "signaal_bench";
    private static final String EMPTY_TABLES =
            "TRUNCATE ingest_lab_result, ingest_sample_photo, ingest_sample, ingest_batch";

    private IngestVersusCopy() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Files.createTempFile("signaal-bench-", ".csv");
        int samples = LabResultRows.write(file, rows, 42);
        System.out.printf(
                Locale.ROOT,
                "%,d lab-result rows of %,d samples, %,d bytes, %d repetitions%n",
                rows,
                samples,
                Files.size(file),
                repetitions);

        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin("CREATE DATABASE " + DATABASE);
        String url = SERVER + DATABASE;
        try (var context = new SpringApplicationBuilder(SignaalApplication.class)
                        .web(WebApplicationType.NONE)
                        .run(
                                "--spring.datasource.url=" + url,
                                "--spring.datasource.username=postgres",
                                "--logging.level.root=WARN");
                Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            IngestManagement ingest = context.getBean(IngestManagement.class);
            AccessManagement access = context.getBean(AccessManagement.class);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            execute(connection, """
                    CREATE TABLE bench_flat (external_id text, sample_date date, region_code text, sold_as text,
                      form text, tablet_logo text, tablet_colour text, substance text, amount numeric, unit text,
                      salt_form text, abundance text, method text)""");
            List<Double> signaal = new ArrayList<>();
            List<Double> sameTables = new ArrayList<>();
            List<Double> flat = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                // Signaal, as a first load into empty tables
                execute(connection, EMPTY_TABLES);
                var organisation = access.ensureOrganisation(
                        "bench-" + UUID.randomUUID().toString().substring(0, 8), "Bench");
                long start = System.nanoTime();
                try (InputStream in = Files.newInputStream(file)) {
                    var report = ingest.ingestCsv(ObservationKind.SAMPLE, null, organisation.id(), in, file.toString());
                    if (report.stored() != samples) {
                        throw new IllegalStateException("stored " + report.stored() + " of " + samples);
                    }
                }
                signaal.add(seconds(start));

                // COPY of the same rows into the same tables, emptied
                byte[] batches = export(copy, "ingest_batch");
                byte[] sampleRows = export(copy, "ingest_sample");
                byte[] resultRows = export(copy, "ingest_lab_result");
                execute(connection, EMPTY_TABLES);
                connection.setAutoCommit(false);
                start = System.nanoTime();
                copy.copyIn("COPY ingest_batch FROM STDIN", new ByteArrayInputStream(batches));
                copy.copyIn("COPY ingest_sample FROM STDIN", new ByteArrayInputStream(sampleRows));
                copy.copyIn("COPY ingest_lab_result FROM STDIN", new ByteArrayInputStream(resultRows));
                connection.commit();
                sameTables.add(seconds(start));
                connection.setAutoCommit(true);

                // COPY of the file into a flat table
                execute(connection, "TRUNCATE bench_flat");
                start = System.nanoTime();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    copy.copyIn("COPY bench_flat FROM STDIN (FORMAT csv, HEADER true)", in);
                }
                flat.add(seconds(start));
                System.out.printf(
                        Locale.ROOT,
                        "run %d: Signaal %.2f s, COPY into Signaal's tables %.2f s, COPY into a flat table %.2f s%n",
                        i + 1,
                        signaal.getLast(),
                        sameTables.getLast(),
                        flat.getLast());
            }
            report(rows, repetitions, median(signaal), median(sameTables), median(flat));
        } finally {
            Files.deleteIfExists(file);
            admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    private static void report(int rows, int repetitions, double signaal, double sameTables, double flat) {
        System.out.printf(Locale.ROOT, "%nmedian of %d runs (%,d rows)%n", repetitions, rows);
        System.out.printf(
                Locale.ROOT, "  Signaal ingest                  %6.2f s  %,9.0f rows/s%n", signaal, rows / signaal);
        System.out.printf(
                Locale.ROOT,
                "  COPY into Signaal's tables      %6.2f s  %,9.0f rows/s   Signaal at %3.0f %% of its rate%n",
                sameTables,
                rows / sameTables,
                100 * sameTables / signaal);
        System.out.printf(
                Locale.ROOT,
                "  COPY into a flat table          %6.2f s  %,9.0f rows/s   Signaal at %3.0f %% of its rate%n",
                flat,
                rows / flat,
                100 * flat / signaal);
    }

    private static byte[] export(CopyManager copy, String table) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        copy.copyOut("COPY " + table + " TO STDOUT", out);
        return out.toByteArray();
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
            execute(c, sql);
        }
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
