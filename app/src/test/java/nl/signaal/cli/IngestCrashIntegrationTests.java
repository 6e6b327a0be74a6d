/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaal.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a large {@code ./signaal ingest}, then the same file again: no part of the killed
 * batch is visible, and the re-sent file is stored exactly once. Runs the packaged jar as a separate process, on the
 * embedded database and on PostgreSQL.
 */
class IngestCrashIntegrationTests {

    private static final int SAMPLES = 50_000;
    private static final int RESULTS_PER_SAMPLE = 3;
    private static final Pattern PERCENT = Pattern.compile("read\\s+(\\d+)%");

    @TempDir
    Path directory;

    @Test
    void aKilledIngestLeavesNothingAndTheResentFileIsStoredOnceOnH2() throws Exception {
        Path dataDir = directory.resolve("data");
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/signaal;AUTO_SERVER=TRUE";
        killResendAndCheck(Map.of(), url, "sa", "crash-h2");
    }

    @Test
    void aKilledIngestLeavesNothingAndTheResentFileIsStoredOnceOnPostgres() throws Exception {
        String url = TestDatabases.postgresUrl();
        killResendAndCheck(
                Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", "postgres"),
                url,
                "postgres",
                "crash-pg-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private void killResendAndCheck(Map<String, String> environment, String url, String user, String organisation)
            throws Exception {
        Path file = largeFile();
        List<String> command = command(organisation, file);

        Process killed = start(command, environment);
        int percentAtKill = waitForProgress(killed, 30);
        killed.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback by the application
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(counts(url, user, organisation))
                .as("nothing of the batch killed at %d%% is visible", percentAtKill)
                .containsExactly(0L, 0L, 0L);

        Process first = start(command, environment);
        String firstOutput = finish(first);
        Process second = start(command, environment);
        String secondOutput = finish(second);

        assertThat(firstOutput).contains("%,d stored".formatted(SAMPLES));
        assertThat(secondOutput).contains("0 stored").contains("%,d unchanged".formatted(SAMPLES));
        assertThat(counts(url, user, organisation))
                .as("samples, lab results and batches after the re-send")
                .containsExactly((long) SAMPLES, (long) SAMPLES * RESULTS_PER_SAMPLE, 1L);
    }

    private Path largeFile() throws IOException {
        Path file = directory.resolve("samples.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(
                    "external_id,sample_date,region_code,sold_as,form,tablet_logo,substance,amount,unit,salt_form,abundance\n");
            for (int i = 0; i < SAMPLES; i++) {
                String sample =
                        "C%06d,2025-%02d-%02d,GG3406,MDMA,tablet,Logo %d".formatted(i, 1 + i % 12, 1 + i % 28, i % 50);
                out.write(sample + ",MDMA," + (100 + i % 150) + ",mg,hydrochloride,major\n");
                out.write(sample + ",caffeine,,,,trace\n");
                out.write(sample + ",MDA," + (i % 20) + ",mg,hydrochloride,minor\n");
            }
        }
        return file;
    }

    private List<String> command(String organisation, Path file) {
        Path jar = Path.of("target/signaal-exec.jar").toAbsolutePath();
        assertThat(jar)
                .as("the packaged application (failsafe runs after package); looked at %s", jar)
                .exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-jar", jar.toString()));
        command.addAll(List.of(
                "ingest",
                "--kind",
                "samples",
                "--organisation",
                organisation,
                "--data-dir",
                directory.resolve("data").toString(),
                file.toString()));
        return command;
    }

    private static Process start(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Reads the process's progress lines until it has read at least {@code percent} of the file. */
    private static int waitForProgress(Process process, int percent) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            seen.append(line).append('\n');
            Matcher m = PERCENT.matcher(line);
            if (m.find() && Integer.parseInt(m.group(1)) >= percent) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the ingest ended before reading " + percent + "% of the file:\n" + seen);
    }

    private static String finish(Process process) throws Exception {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static List<Long> counts(String url, String user, String organisation) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            var statement = c.prepareStatement("""
                    SELECT (SELECT COUNT(*) FROM ingest_sample s WHERE s.organisation_id = o.id),
                           (SELECT COUNT(*) FROM ingest_lab_result r JOIN ingest_sample s ON s.id = r.sample_id
                            WHERE s.organisation_id = o.id),
                           (SELECT COUNT(*) FROM ingest_batch b WHERE b.organisation_id = o.id)
                    FROM access_organisation o WHERE o.code = ?
                    """);
            statement.setString(1, organisation);
            try (var rs = statement.executeQuery()) {
                // the killed run may not even have created the organisation: then nothing at all is stored
                return rs.next() ? List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)) : List.of(0L, 0L, 0L);
            }
        }
    }
}
