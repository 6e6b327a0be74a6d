/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.ingest.AgeBand;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.ingest.SampleResults;
import nl.signaal.ingest.Sex;
import nl.signaal.shared.IsoWeek;
import nl.signaal.surveillance.internal.BatchCounts;
import nl.signaal.surveillance.internal.BatchCounts.PeriodCell;
import nl.signaal.surveillance.internal.SeriesCounter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The surveillance module on both databases: counts kept up to date as batches are ingested, increments that are not
 * lost under concurrency, and the statistics run over the series. The PostgreSQL database is shared by every test
 * class of a run, so each test works in weeks, or on subjects, that no other test uses.
 */
class SurveillanceIntegrationTests {

    @Nested
    @SpringBootTest
    @ActiveProfiles("test")
    class OnH2 extends Contract {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.h2(registry);
        }
    }

    @Nested
    @SpringBootTest
    @ActiveProfiles("test")
    class OnPostgres extends Contract {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.postgres(registry);
        }
    }

    @RecordApplicationEvents
    abstract static class Contract {

        @Autowired
        SurveillanceManagement surveillance;

        @Autowired
        SeriesCounter counter;

        @Autowired
        IngestManagement ingest;

        @Autowired
        AccessManagement access;

        @Autowired
        ApplicationEvents events;

        UUID organisation;

        @BeforeEach
        void newOrganisation() {
            organisation = access.ensureOrganisation(
                            "org-" + UUID.randomUUID().toString().substring(0, 8), "Test organisation")
                    .id();
        }

        long observed(SeriesKey key, IsoWeek week) {
            return surveillance.series(key, week, week).getFirst().observed();
        }

        @Test
        void incrementsAddUpAndABatchCountsOnce() {
            SeriesKey key = SurveillanceFixtures.uniqueSeries(ObservationKind.SEIZURE, "NL");
            IsoWeek week = IsoWeek.parse("2071-W10");
            UUID batch = UUID.randomUUID();

            counter.add(batch, SurveillanceFixtures.weeks(key, week, new long[] {2, 3}));
            counter.add(UUID.randomUUID(), SurveillanceFixtures.weeks(key, week, new long[] {0, 4}));
            counter.add(batch, SurveillanceFixtures.weeks(key, week, new long[] {100, 100}));

            assertThat(surveillance.series(key, week.plusWeeks(-2), week))
                    .extracting(SeriesWeek::observed)
                    .as("weeks without counts are zeros; the batch sent twice counts once")
                    .containsExactly(0L, 2L, 7L);
        }

        @Test
        void concurrentIncrementsAreNotLost() throws Exception {
            SeriesKey key = SurveillanceFixtures.uniqueSeries(ObservationKind.SEIZURE, "NL");
            IsoWeek week = IsoWeek.parse("2072-W20");
            int batches = 25;
            CyclicBarrier start = new CyclicBarrier(2);
            // two threads of their own: the common pool may have only one on a small machine
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<CompletableFuture<Void>> threads = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                threads.add(CompletableFuture.runAsync(
                        () -> {
                            arrive(start);
                            for (int i = 0; i < batches; i++) {
                                // every batch adds to three cells the other thread adds to as well, new ones among them
                                Map<PeriodCell, Long> cells = new HashMap<>();
                                for (int w = 0; w < 3; w++) {
                                    cells.put(
                                            new PeriodCell(
                                                    key,
                                                    week.plusWeeks(w + i / 5).monday()),
                                            1L);
                                }
                                counter.add(UUID.randomUUID(), new BatchCounts(cells, Map.of()));
                            }
                        },
                        pool));
            }
            try {
                CompletableFuture.allOf(threads.toArray(CompletableFuture[]::new))
                        .get(2, TimeUnit.MINUTES);
            } finally {
                pool.shutdownNow();
            }

            long total = surveillance.series(key, week, week.plusWeeks(10)).stream()
                    .mapToLong(SeriesWeek::observed)
                    .sum();
            assertThat(total).isEqualTo(2L * batches * 3);
            assertThat(observed(key, week))
                    .as("both threads' first five batches")
                    .isEqualTo(10);
        }

        private static void arrive(CyclicBarrier barrier) {
            try {
                barrier.await(1, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void samplesCountWhenTheirResultsArriveBySubstanceGroupRegionAndPopulation() {
            LocalDate day = LocalDate.of(2003, 5, 14);
            IsoWeek week = IsoWeek.of(day);
            ingest.ingest(
                    ObservationKind.SAMPLE,
                    organisation,
                    List.of(
                            // two names of one substance: one sample with MDMA
                            sample("S1", day, null, "GG3406", result("MDMA"), result("3,4-MDMA")),
                            sample("S2", day, null, "GG4607", result("cocaine"), result("levamisole")),
                            // a name nobody recognises: the sample counts among the samples tested only
                            sample("S3", day, null, "PV27", result("zz-unknown-powder-" + organisation)),
                            // abroad: not counted
                            sample("S4", day, "BE", null, result("MDMA")),
                            // no results yet: not tested yet
                            sample("S5", day, null, "GG3406")),
                    "test");
            ingest.ingest(
                    ObservationKind.LAB_RESULTS,
                    organisation,
                    List.of(new SampleResults("S5", List.of(result("ketamine")))),
                    "test");

            SeriesKey samples = new SeriesKey(ObservationKind.SAMPLE, SeriesKey.Scope.ALL, SeriesKey.ALL, "NL");
            await().atMost(30, TimeUnit.SECONDS)
                    .untilAsserted(() -> assertThat(observed(samples, week)).isEqualTo(4));
            await().atMost(30, TimeUnit.SECONDS)
                    .untilAsserted(() -> assertThat(observed(
                                    new SeriesKey(
                                            ObservationKind.SAMPLE, SeriesKey.Scope.SUBSTANCE, "ketamine", "GG3406"),
                                    week))
                            .isEqualTo(1));

            assertThat(surveillance
                            .series(
                                    new SeriesKey(ObservationKind.SAMPLE, SeriesKey.Scope.SUBSTANCE, "mdma", "NL"),
                                    week,
                                    week)
                            .getFirst())
                    .satisfies(w -> {
                        assertThat(w.observed()).isEqualTo(1);
                        assertThat(w.population()).isEqualTo(4);
                        assertThat(w.expected()).isNull();
                        assertThat(w.alarm()).isFalse();
                    });
            assertThat(observed(new SeriesKey(ObservationKind.SAMPLE, SeriesKey.Scope.GROUP, "stimulants", "NL"), week))
                    .as("MDMA and cocaine are stimulants")
                    .isEqualTo(2);
            assertThat(surveillance
                            .series(
                                    new SeriesKey(
                                            ObservationKind.SAMPLE, SeriesKey.Scope.SUBSTANCE, "levamisole", "GG4607"),
                                    week,
                                    week)
                            .getFirst())
                    .as("levamisole in the one sample tested in Rotterdam-Rijnmond")
                    .extracting(SeriesWeek::observed, SeriesWeek::population)
                    .containsExactly(1L, 1L);
            assertThat(observed(
                            new SeriesKey(ObservationKind.SAMPLE, SeriesKey.Scope.ALL, SeriesKey.ALL, "GG3406"), week))
                    .isEqualTo(2);
            assertThat(observed(
                            new SeriesKey(ObservationKind.SAMPLE, SeriesKey.Scope.ALL, SeriesKey.ALL, "PV27"), week))
                    .as("provinces have no series")
                    .isZero();
        }

        @Test
        void incidentsCountEverySubstanceSuspectedOrConfirmed() {
            LocalDate day = LocalDate.of(2004, 2, 3);
            IsoWeek week = IsoWeek.of(day);
            ingest.ingest(
                    ObservationKind.INCIDENT,
                    organisation,
                    List.of(
                            incident("I1", day, "GG4607", IncidentRecord.ReportedSubstance.Status.SUSPECTED, "GHB"),
                            incident("I2", day, "GG4607", IncidentRecord.ReportedSubstance.Status.CONFIRMED, "GHB")),
                    "test");

            SeriesKey ghb = new SeriesKey(ObservationKind.INCIDENT, SeriesKey.Scope.SUBSTANCE, "ghb", "GG4607");
            await().atMost(30, TimeUnit.SECONDS)
                    .untilAsserted(() -> assertThat(observed(ghb, week)).isEqualTo(2));
            assertThat(surveillance.series(ghb, week, week).getFirst().population())
                    .isEqualTo(2);
        }

        @Test
        void aPlantedRiseRaisesOneAlarmOnceAndAFlatSeriesNone() {
            IsoWeek week = IsoWeek.parse("2076-W30");
            SeriesKey rising = SurveillanceFixtures.uniqueSeries(ObservationKind.TOXICOLOGY_CASE, "GG0111");
            long[] counts = SurveillanceFixtures.poisson(5 * 52 + 10, 4, 11);
            counts[counts.length - 1] = 30;
            counter.add(UUID.randomUUID(), SurveillanceFixtures.weeks(rising, week, counts));
            SeriesKey flat = SurveillanceFixtures.uniqueSeries(ObservationKind.TOXICOLOGY_CASE, "GG0111");
            counter.add(
                    UUID.randomUUID(),
                    SurveillanceFixtures.weeks(flat, week, SurveillanceFixtures.poisson(5 * 52 + 10, 20, 12)));

            StatisticsRun first = surveillance.run(week);

            assertThat(first.seriesEvaluated()).isEqualTo(2);
            assertThat(first.alarms()).isEqualTo(1);
            assertThat(events.stream(StatisticalAlarmRaised.class))
                    .singleElement()
                    .satisfies(alarm -> {
                        assertThat(alarm.series()).isEqualTo(rising);
                        assertThat(alarm.week()).isEqualTo(week);
                        assertThat(alarm.observed()).isEqualTo(30);
                        assertThat(alarm.upperbound()).isLessThan(30);
                        assertThat(alarm.method()).isEqualTo("farrington-flexible");
                        assertThat(alarm.runId()).isEqualTo(first.id());
                    });
            assertThat(surveillance.series(rising, week, week).getFirst()).satisfies(w -> {
                assertThat(w.alarm()).isTrue();
                assertThat(w.expected()).isNotNull().isBetween(2.0, 8.0);
            });
            assertThat(surveillance.series(flat, week, week).getFirst().alarm()).isFalse();

            events.clear();
            StatisticsRun again = surveillance.run(week);

            assertThat(again.alarms()).as("the alarm is found again").isEqualTo(1);
            assertThat(events.stream(StatisticalAlarmRaised.class))
                    .as("but not published again")
                    .isEmpty();
            assertThat(surveillance.series(rising, week, week).getFirst().alarm())
                    .isTrue();
        }

        @Test
        void theScanFindsAPlantedIncidentClusterInOneRegion() {
            LocalDate sunday = LocalDate.of(2001, 6, 17);
            IsoWeek week = IsoWeek.of(sunday);
            List<IncidentRecord> incidents = new ArrayList<>();
            String[] regions = {"GG0111", "GG0706", "GG1009", "GG1106", "GG1413", "GG2014", "GG3406", "GG4607"};
            // background: cocaine incidents spread evenly over regions and days
            for (int day = 0; day < 28; day++) {
                for (int r = 0; r < regions.length; r++) {
                    if ((day + r) % 3 == 0) {
                        incidents.add(incident(
                                "B" + day + "-" + r,
                                sunday.minusDays(day),
                                regions[r],
                                IncidentRecord.ReportedSubstance.Status.CONFIRMED,
                                "cocaine"));
                    }
                }
            }
            // the cluster: 14 more in Rotterdam-Rijnmond in the last three days
            for (int i = 0; i < 14; i++) {
                incidents.add(incident(
                        "C" + i,
                        sunday.minusDays(i % 3),
                        "GG4607",
                        IncidentRecord.ReportedSubstance.Status.SUSPECTED,
                        "cocaine"));
            }
            ingest.ingest(ObservationKind.INCIDENT, organisation, incidents, "test");
            SeriesKey cocaine = new SeriesKey(ObservationKind.INCIDENT, SeriesKey.Scope.SUBSTANCE, "cocaine", "NL");
            long expected = incidents.stream()
                    .filter(i -> IsoWeek.of(i.incidentDate()).equals(week))
                    .count();
            await().atMost(30, TimeUnit.SECONDS)
                    .untilAsserted(() -> assertThat(observed(cocaine, week)).isEqualTo(expected));

            StatisticsRun run = surveillance.run(week);

            assertThat(run.clusters()).isPositive();
            assertThat(events.stream(SpaceTimeClusterDetected.class))
                    .filteredOn(c -> c.substance().equals("cocaine"))
                    .first()
                    .satisfies(c -> {
                        assertThat(c.regions()).first().isEqualTo("GG4607");
                        assertThat(c.to()).isEqualTo(sunday);
                        assertThat(c.from()).isAfterOrEqualTo(sunday.minusDays(6));
                        assertThat(c.observed()).isGreaterThan((long) c.expected());
                        assertThat(c.pValue()).isLessThan(0.01);
                    });
            long published = events.stream(SpaceTimeClusterDetected.class).count();

            events.clear();
            surveillance.run(week);

            assertThat(events.stream(SpaceTimeClusterDetected.class))
                    .as("%d clusters were published by the first run, none again", published)
                    .isEmpty();
        }

        static SampleRecord sample(
                String id, LocalDate day, @Nullable String country, @Nullable String region, LabResult... results) {
            return new SampleRecord(
                    id,
                    day,
                    null,
                    country,
                    region,
                    null,
                    null,
                    null,
                    SampleRecord.Form.POWDER,
                    null,
                    null,
                    null,
                    null,
                    results.length == 0 ? null : List.of(results),
                    null);
        }

        static LabResult result(String substance) {
            return new LabResult(substance, null, null, null, LabResult.Abundance.MAJOR, "GC-MS", null);
        }

        static IncidentRecord incident(
                String id, LocalDate day, String region, IncidentRecord.ReportedSubstance.Status status, String name) {
            return new IncidentRecord(
                    id,
                    day,
                    null,
                    region,
                    null,
                    IncidentRecord.Setting.STREET,
                    AgeBand.AGE_25_34,
                    Sex.MALE,
                    3,
                    false,
                    IncidentRecord.Outcome.DISCHARGED,
                    IncidentRecord.ReporterType.AMBULANCE,
                    List.of(new IncidentRecord.ReportedSubstance(name, status)));
        }
    }
}
