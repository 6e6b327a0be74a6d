/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

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
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Ingestion of lab-result rows from CSV into PostgreSQL, against PostgreSQL's own {@code COPY} of the same file into a
 * table of the same columns, alternating in one run so that both see the same machine.
 *
 * <p>Signaal's run is the whole ingestion path of {@code ./signaal ingest} after start-up: parsing, every check, the
 * region look-up, de-duplication, the fingerprints, and writing samples, results and batch into their tables with
 * their keys, foreign keys and indexes, in one transaction. The baseline is {@code COPY} into a table with the file's
 * columns, typed, without indexes: the fastest way PostgreSQL takes the rows at all.
 *
 * <p>Usage: {@code IngestVersusCopy [rows] [repetitions]}; the server is {@code -Dbench.postgres} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}, user postgres).
 */
public final class IngestVersusCopy {

    private static final String SERVER = System.getProperty("bench.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DATABASE = "signaal_bench";

    private IngestVersusCopy() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Files.createTempFile("signaal-bench-", ".csv");
        int samples = LabResultRows.write(file, rows, 42);
        System.out.printf(
                Locale.ROOT, "%,d lab-result rows of %,d samples, %,d bytes%n", rows, samples, Files.size(file));

        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin("CREATE DATABASE " + DATABASE);
        String url = SERVER + DATABASE;
        try (var context = new SpringApplicationBuilder(SignaalApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--logging.level.root=WARN")) {
            IngestManagement ingest = context.getBean(IngestManagement.class);
            AccessManagement access = context.getBean(AccessManagement.class);
            try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
                execute(connection, """
                        CREATE TABLE bench_copy (external_id text, sample_date date, region_code text, sold_as text,
                          form text, tablet_logo text, tablet_colour text, substance text, amount numeric, unit text,
                          salt_form text, abundance text, method text)""");
                List<Double> signaal = new ArrayList<>();
                List<Double> copy = new ArrayList<>();
                for (int i = 0; i < repetitions; i++) {
                    execute(connection, "TRUNCATE bench_copy");
                    long start = System.nanoTime();
                    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        connection
                                .unwrap(PGConnection.class)
                                .getCopyAPI()
                                .copyIn("COPY bench_copy FROM STDIN (FORMAT csv, HEADER true)", in);
                    }
                    copy.add((System.nanoTime() - start) / 1e9);

                    // each repetition is a first load into empty tables, as the baseline's is
                    execute(
                            connection,
                            "TRUNCATE ingest_lab_result, ingest_sample_results, ingest_sample_photo, ingest_sample, ingest_batch CASCADE");
                    var organisation = access.ensureOrganisation(
                            "bench-" + UUID.randomUUID().toString().substring(0, 8), "Bench");
                    start = System.nanoTime();
                    try (InputStream in = Files.newInputStream(file)) {
                        var report =
                                ingest.ingestCsv(ObservationKind.SAMPLE, null, organisation.id(), in, file.toString());
                        if (report.stored() != samples) {
                            throw new IllegalStateException("stored " + report.stored() + " of " + samples);
                        }
                    }
                    signaal.add((System.nanoTime() - start) / 1e9);
                    System.out.printf(
                            Locale.ROOT,
                            "run %d: COPY %.2f s, Signaal %.2f s%n",
                            i + 1,
                            copy.getLast(),
                            signaal.getLast());
                }
                double copyMedian = median(copy);
                double signaalMedian = median(signaal);
                System.out.printf(Locale.ROOT, "%nmedian of %d runs%n", repetitions);
                System.out.printf(
                        Locale.ROOT, "  PostgreSQL COPY   %6.2f s  %,10.0f rows/s%n", copyMedian, rows / copyMedian);
                System.out.printf(
                        Locale.ROOT,
                        "  Signaal ingest    %6.2f s  %,10.0f rows/s%n",
                        signaalMedian,
                        rows / signaalMedian);
                System.out.printf(
                        Locale.ROOT, "  ratio             %6.0f %% of COPY's rate%n", 100 * copyMedian / signaalMedian);
            }
        } finally {
            Files.deleteIfExists(file);
            admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
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
