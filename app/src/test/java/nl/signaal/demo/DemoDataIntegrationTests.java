/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.signaal.TestDatabases;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.ObservationsAccepted;
import nl.signaal.shared.IsoWeek;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Demo data of every source and every event type through the real ingest module, loaded twice. Each test gets a new
 * context and so an empty database: a database holds one set of demo data.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class DemoDataIntegrationTests {

    static final IsoWeek UNUSED = IsoWeek.parse("2020-W01");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    DemoData demo;

    @Autowired
    IngestManagement ingest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void storesEverySourceLoadingTheSameDataAgainChangesNothingAndOtherDataIsRefused() throws IOException {
        Scenario scenario = eightWeeks();

        Map<String, Integer> first = demo.load(scenario, 11, UNUSED, DemoData.ProgressListener.NONE);

        assertThat(first)
                .containsOnlyKeys("samples", "incidents", "seizures", "toxicology-cases", "wastewater", "indicators")
                .allSatisfy((kind, stored) -> assertThat(stored).as(kind).isPositive());
        assertThat(first.get("wastewater")).isEqualTo(7 * 6 * 8);
        Map<ObservationKind, Long> counts = ingest.counts();
        assertThat(counts.get(ObservationKind.SAMPLE))
                .isEqualTo(first.get("samples").longValue());
        assertThat(counts.get(ObservationKind.INCIDENT))
                .isEqualTo(first.get("incidents").longValue());
        assertThat(counts.get(ObservationKind.INDICATOR))
                .isEqualTo(first.get("indicators").longValue());
        assertThat(demo.progress().state()).isEqualTo(DemoProgress.State.DONE);
        long batches = batches();
        long accepted = events.stream(ObservationsAccepted.class).count();

        Map<String, Integer> second = demo.load(scenario, 11, UNUSED, DemoData.ProgressListener.NONE);

        assertThat(second)
                .as("every record is unchanged")
                .allSatisfy((kind, stored) -> assertThat(stored).as(kind).isZero());
        assertThat(ingest.counts()).isEqualTo(counts);
        assertThat(batches()).as("no batch is logged when nothing is new").isEqualTo(batches);
        assertThat(events.stream(ObservationsAccepted.class).count()).isEqualTo(accepted);

        assertThatThrownBy(() -> demo.load(scenario, 12, UNUSED, DemoData.ProgressListener.NONE))
                .as("other demo data under the same ids")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already holds other demo data");
        assertThat(ingest.counts()).isEqualTo(counts);
        assertThat(demo.progress().failed()).isTrue();
    }

    @Test
    void tellsWhichStoredRecordsEachEventProduced() throws IOException {
        Scenario scenario = eightWeeks();
        demo.load(scenario, 11, UNUSED, DemoData.ProgressListener.NONE);

        List<InjectedEvent> truth = demo.injectedEvents(scenario, 11, UNUSED);

        assertThat(truth)
                .extracting(InjectedEvent::id)
                .containsExactly("nitazene", "tesla", "pmma", "crack", "cathinone");
        InjectedEvent nitazene = truth.getFirst();
        assertThat(nitazene.count(ObservationKind.SAMPLE)).isPositive();
        for (String id : nitazene.externalIds().get(ObservationKind.SAMPLE)) {
            assertThat(jdbc.sql("""
                            SELECT s.region_code, r.substance FROM ingest_sample s
                            JOIN ingest_lab_result r ON r.sample_id = s.id
                            WHERE s.external_id = :id
                            """)
                            .param("id", id)
                            .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                            .list())
                    .containsExactly("GG3406 protonitazene");
        }
        assertThat(truth).allSatisfy(e -> assertThat(e.externalIds()).as(e.id()).isNotEmpty());
    }

    private long batches() {
        return jdbc.sql("SELECT COUNT(*) FROM ingest_batch").query(Long.class).single();
    }

    private static Scenario eightWeeks() throws IOException {
        try (InputStream in = DemoDataIntegrationTests.class.getResourceAsStream("/demo/eight-weeks.json")) {
            return Scenario.read(Objects.requireNonNull(in));
        }
    }
}
