/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.signaal.SignaalApplication;
import nl.signaal.ingest.ObservationKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The loading part of {@link DashboardQueries} on a tiny number of observations, on a temporary H2 database: every
 * row arrives in the ingest tables, spread over every GGD region and the whole span, every batch is counted by the
 * surveillance module, and records loaded as history open no signal while the same kind of records arriving now do.
 * About 30 s on two cores.
 */
class SyntheticLoadIntegrationTests {

    @Test
    void tinyLoadArrivesCountedAndAsHistory() throws Exception {
        Path dataDir = Files.createTempDirectory("signaal-synthetic-load-");
        ShiftedClock clock = new ShiftedClock();
        LocalDate last = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(7);
        LocalDate first = last.minusYears(2);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(progress, true, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SignaalApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(c -> ((GenericApplicationContext) c)
                        .registerBean("shiftedClock", java.time.Clock.class, () -> clock, bd -> bd.setPrimary(true)))
                .run(
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("signaal"),
                        "--signaal.data-dir=" + dataDir,
                        "--signaal.surveillance.schedule=-",
                        "--logging.level.root=WARN")) {
            DataSource dataSource = context.getBean(DataSource.class);

            var load =
                    SyntheticLoad.load(context, clock, 2_000, 500, first, last, 42, true, Duration.ofMinutes(2), out);

            assertThat(load.totalRows()).isEqualTo(2_000);
            assertThat(load.rows())
                    .containsEntry(ObservationKind.SAMPLE, 1_200L)
                    .containsEntry(ObservationKind.INCIDENT, 600L)
                    .containsEntry(ObservationKind.SEIZURE, 140L)
                    .containsEntry(ObservationKind.TOXICOLOGY_CASE, 60L);
            assertThat(load.batchIds()).hasSize(7);
            assertThat(load.listenerFailures()).isEmpty();
            Map<String, Long> counts = SyntheticLoad.counts(dataSource);
            load.rows().forEach((kind, rows) -> {
                String[] tables = SyntheticLoad.tablesOf(kind);
                assertThat(counts)
                        .containsEntry(tables[0], rows)
                        .containsEntry(tables[1], load.records().get(kind));
            });
            // one to three results a sample, one to three substances an incident
            assertThat(counts.get("ingest_sample")).isBetween(400L, 1_199L);
            assertThat(counts.get("ingest_incident")).isBetween(200L, 599L);
            assertThat(progress.toString(StandardCharsets.UTF_8)).contains("batch 7 of 7");
            // back at the machine's time once every listener had handled the batches
            assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));

            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                assertThat(single(s, "SELECT COUNT(DISTINCT region_code) FROM ingest_sample"))
                        .isEqualTo(25);
                assertThat(single(
                                s,
                                "SELECT COUNT(*) FROM ingest_sample WHERE sample_date < DATE '" + first
                                        + "' OR sample_date > DATE '" + last + "'"))
                        .isZero();
                Set<UUID> counted = new HashSet<>();
                try (ResultSet rs = s.executeQuery("SELECT batch_id FROM surveillance_batch")) {
                    while (rs.next()) {
                        counted.add(rs.getObject(1, UUID.class));
                    }
                }
                assertThat(counted).containsAll(load.batchIds());
                assertThat(single(s, "SELECT COUNT(*) FROM surveillance_count")).isPositive();
                // history: stored and counted, judged by no rule
                assertThat(single(s, "SELECT COUNT(*) FROM signal_evidence")).isZero();

                // the same kind of records of the last half year, arriving now: the rules judge them
                SyntheticLoad.load(
                        context, clock, 2_000, 500, last.minusMonths(6), last, 7, false, Duration.ofMinutes(2), out);
                assertThat(single(s, "SELECT COUNT(*) FROM signal_evidence")).isPositive();
            }
        } finally {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
