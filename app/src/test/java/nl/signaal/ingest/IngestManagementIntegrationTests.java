/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Ingestion end to end through the module's API, on the embedded database and on PostgreSQL. */
class IngestManagementIntegrationTests {

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
        IngestManagement ingest;

        @Autowired
        AccessManagement access;

        @Autowired
        JdbcClient jdbc;

        @Autowired
        ApplicationEvents events;

        UUID organisation;

        @BeforeEach
        void newOrganisation() {
            organisation = access.ensureOrganisation(
                            "lab-" + UUID.randomUUID().toString().substring(0, 8), "Test lab")
                    .id();
        }

        BatchReport csv(ObservationKind kind, String text) {
            return ingest.ingestCsv(kind, null, organisation, IngestFixtures.csv(text), "test.csv");
        }

        BatchRejectedException rejected(ObservationKind kind, String text) {
            var e = catchThrowableOfType(BatchRejectedException.class, () -> csv(kind, text));
            assertThat(e).as("the batch should have been rejected").isNotNull();
            return e;
        }

        long samples() {
            return jdbc.sql("SELECT COUNT(*) FROM ingest_sample WHERE organisation_id = :o")
                    .param("o", organisation)
                    .query(Long.class)
                    .single();
        }

        long labResults() {
            return jdbc.sql("""
                            SELECT COUNT(*) FROM ingest_lab_result r JOIN ingest_sample s ON s.id = r.sample_id
                            WHERE s.organisation_id = :o
                            """).param("o", organisation).query(Long.class).single();
        }

        @Test
        void storesSamplesWithTheirResultsFromCsvAndPublishesOneEvent() {
            var report = csv(ObservationKind.SAMPLE, """
                    %s
                    S1,2025-03-14,GG3406,,MDMA,tablet,Tesla,red,MDMA,182,mg,hydrochloride,major
                    S1,2025-03-14,GG3406,,MDMA,tablet,Tesla,red,caffeine,,,,trace
                    S2,2025-03-15,,Rotterdam,cocaine,powder,,,cocaine,64.5,percent,hydrochloride,major
                    S3,2025-03-16,,,ketamine,crystal,,,,,,,
                    """.formatted(IngestFixtures.SAMPLE_HEADER));

            assertThat(report.received()).isEqualTo(3);
            assertThat(report.stored()).isEqualTo(3);
            assertThat(samples()).isEqualTo(3);
            assertThat(labResults()).isEqualTo(3);
            var s2 = jdbc.sql(
                            "SELECT country, region_code, form FROM ingest_sample WHERE organisation_id = :o AND external_id = 'S2'")
                    .param("o", organisation)
                    .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                    .single();
            assertThat(s2).as("Rotterdam lies in GGD Rotterdam-Rijnmond").containsExactly("NL", "GG4607", "powder");
            var amount = jdbc.sql("""
                            SELECT r.amount FROM ingest_lab_result r JOIN ingest_sample s ON s.id = r.sample_id
                            WHERE s.organisation_id = :o AND s.external_id = 'S2'
                            """)
                    .param("o", organisation)
                    .query(BigDecimal.class)
                    .single();
            assertThat(amount).isEqualByComparingTo("64.5");
            assertThat(events.stream(ObservationsAccepted.class))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.batchId()).isEqualTo(report.batchId());
                        assertThat(e.stored()).isEqualTo(3);
                        assertThat(e.kind()).isEqualTo(ObservationKind.SAMPLE);
                    });
        }

        @Test
        void sendingTheSameRecordsAgainChangesNothing() {
            String file = IngestFixtures.SAMPLE_HEADER
                    + "\nS1,2025-03-14,GG3406,,MDMA,tablet,,,MDMA,182,mg,hydrochloride,major\n";
            csv(ObservationKind.SAMPLE, file);

            var again = csv(ObservationKind.SAMPLE, file);

            assertThat(again.stored()).isZero();
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(again.batchId()).as("no empty batch is kept").isNull();
            assertThat(samples()).isEqualTo(1);
            assertThat(labResults()).isEqualTo(1);
        }

        @Test
        void aRecordResentWithOtherContentIsRefused() {
            csv(
                    ObservationKind.SAMPLE,
                    IngestFixtures.SAMPLE_HEADER
                            + "\nS1,2025-03-14,GG3406,,MDMA,tablet,,,MDMA,182,mg,hydrochloride,major\n");

            var e = rejected(
                    ObservationKind.SAMPLE,
                    IngestFixtures.SAMPLE_HEADER
                            + "\nS1,2025-03-14,GG3406,,MDMA,tablet,,,MDMA,190,mg,hydrochloride,major\n");

            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.field()).isEqualTo("external_id");
                assertThat(p.reason()).contains("different content");
            });
        }

        @Test
        void aBatchWithBadRowsStoresNothingAndNamesEveryProblem() {
            String future = LocalDate.now().plusDays(10).toString();
            var e = rejected(ObservationKind.SAMPLE, """
                    %s
                    S1,2025-03-14,GG3406,,MDMA,tablet,,,MDMA,182,mg,hydrochloride,major
                    S2,%s,GG3406,,MDMA,tablet,,,MDMA,150,mg,hydrochloride,major
                    S3,2025-03-14,GG9999,,MDMA,tablet,,,MDMA,150,mg,hydrochloride,major
                    S4,2025-03-14,GG3406,,MDMA,tablet,,,MDMA,-5,mg,hydrochloride,major
                    S5,14 maart,GG3406,,MDMA,pil,,,MDMA,150,mg,hydrochloride,major
                    S6,2025-03-14,GG3406,,MDMA,tablet,,,MDMA,150,,,major
                    """.formatted(IngestFixtures.SAMPLE_HEADER, future));

            assertThat(e.problems())
                    .extracting(Problem::line, Problem::field, Problem::value)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(3L, "sample_date", future),
                            org.assertj.core.groups.Tuple.tuple(4L, "region_code", "GG9999"),
                            org.assertj.core.groups.Tuple.tuple(5L, "amount", "-5"),
                            org.assertj.core.groups.Tuple.tuple(6L, "sample_date", "14 maart"),
                            org.assertj.core.groups.Tuple.tuple(6L, "form", "pil"),
                            org.assertj.core.groups.Tuple.tuple(7L, "unit", null),
                            org.assertj.core.groups.Tuple.tuple(7L, "salt_form", null));
            assertThat(e.problems())
                    .filteredOn(p -> p.line() == 3)
                    .first()
                    .extracting(Problem::reason)
                    .asString()
                    .contains("future");
            assertThat(samples()).as("the good first row was not stored either").isZero();
            assertThat(events.stream(ObservationsAccepted.class)).isEmpty();
        }

        @Test
        void fileLevelProblemsAreReportedAndNothingIsStored() {
            assertThat(rejected(ObservationKind.SAMPLE, "").problems())
                    .singleElement()
                    .extracting(Problem::reason)
                    .asString()
                    .contains("empty");
            assertThat(rejected(ObservationKind.SAMPLE, "external_id,sample_date\nS1,2025-03-14\n")
                            .problems())
                    .singleElement()
                    .extracting(Problem::reason)
                    .asString()
                    .contains("missing column(s) form");
            assertThat(rejected(
                                    ObservationKind.SAMPLE,
                                    "external_id,sample_date,form,colour\nS1,2025-03-14,tablet,red\n")
                            .problems())
                    .singleElement()
                    .extracting(Problem::reason)
                    .asString()
                    .contains("unknown column(s) colour");
            assertThat(rejected(ObservationKind.SAMPLE, "external_id,sample_date,form\nS1,2025-03-14,tablet,extra\n")
                            .problems())
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.line()).isEqualTo(2);
                        assertThat(p.reason()).contains("4 fields but the header has 3");
                    });
            assertThat(rejected(
                                    ObservationKind.SAMPLE,
                                    "external_id,sample_date,form,sold_as\nS1,2025-03-14,tablet,\"MDMA\n")
                            .problems())
                    .singleElement()
                    .extracting(Problem::reason)
                    .asString()
                    .contains("never closed");
            assertThat(samples()).isZero();
        }

        @Test
        void aFileThatIsNotUtf8IsRefusedWithAHint() {
            byte[] latin1 = "external_id,sample_date,form,sold_as\nS1,2025-03-14,tablet,caf\u00e9ine\n"
                    .getBytes(StandardCharsets.ISO_8859_1);

            var e = catchThrowableOfType(
                    BatchRejectedException.class,
                    () -> ingest.ingestCsv(
                            ObservationKind.SAMPLE,
                            null,
                            organisation,
                            new ByteArrayInputStream(latin1),
                            "latin1.csv"));

            assertThat(e.problems())
                    .singleElement()
                    .extracting(Problem::reason)
                    .asString()
                    .contains("UTF-8");
            assertThat(samples()).isZero();
        }

        @Test
        void semicolonFilesWithDecimalCommasAreRead() {
            csv(ObservationKind.SAMPLE, """
                    external_id;sample_date;region_code;form;substance;amount;unit;salt_form
                    S1;14-03-2025;GG3406;powder;cocaine;"71,5";percent;hydrochloride
                    """);

            var amount = jdbc.sql("""
                            SELECT r.amount FROM ingest_lab_result r JOIN ingest_sample s ON s.id = r.sample_id
                            WHERE s.organisation_id = :o
                            """)
                    .param("o", organisation)
                    .query(BigDecimal.class)
                    .single();
            assertThat(amount).isEqualByComparingTo("71.5");
        }

        @Test
        void theRowsOfASampleMustBeAdjacentAndAgree() {
            var e = rejected(ObservationKind.SAMPLE, """
                    %s
                    S1,2025-03-14,GG3406,,MDMA,tablet,,,MDMA,182,mg,hydrochloride,major
                    S2,2025-03-14,GG3406,,MDMA,tablet,,,MDMA,150,mg,hydrochloride,major
                    S1,2025-03-14,GG3406,,MDMA,tablet,,,caffeine,,,,trace
                    S3,2025-03-14,GG3406,,MDMA,tablet,,,MDMA,150,mg,hydrochloride,major
                    S3,2025-03-14,GG3406,,XTC,tablet,,,caffeine,,,,trace
                    """.formatted(IngestFixtures.SAMPLE_HEADER));

            assertThat(e.problems())
                    .extracting(Problem::line, Problem::field)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple(4L, "external_id"),
                            org.assertj.core.groups.Tuple.tuple(6L, "sold_as"));
        }

        @Test
        void labResultsSentLaterAttachToTheSampleOnce() {
            ingest.ingest(
                    ObservationKind.SAMPLE,
                    organisation,
                    List.of(IngestFixtures.sample(
                            "S1",
                            s -> new SampleRecord(
                                    s.externalId(),
                                    s.sampleDate(),
                                    null,
                                    null,
                                    "GG3406",
                                    null,
                                    null,
                                    "MDMA",
                                    s.form(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null))),
                    "test");
            String results =
                    "sample_external_id,substance,amount,unit,salt_form\nS1,MDMA,120,mg,hydrochloride\nS1,PMMA,40,mg,hydrochloride\n";

            var first = csv(ObservationKind.LAB_RESULTS, results);
            var again = csv(ObservationKind.LAB_RESULTS, results);
            var other = rejected(ObservationKind.LAB_RESULTS, "sample_external_id,substance\nS1,caffeine\n");
            var unknown = rejected(ObservationKind.LAB_RESULTS, "sample_external_id,substance\nS9,caffeine\n");

            assertThat(first.stored()).isEqualTo(1);
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(labResults()).isEqualTo(2);
            assertThat(other.problems())
                    .singleElement()
                    .extracting(Problem::reason)
                    .asString()
                    .contains("different content");
            assertThat(unknown.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("sample_external_id");
                assertThat(p.value()).isEqualTo("S9");
            });
        }

        @Test
        void recordsFromAbroadKeepTheirCountryAndPlaceAndHaveNoRegion() {
            ingest.ingest(
                    ObservationKind.SAMPLE,
                    organisation,
                    List.of(IngestFixtures.sample(
                            "US1",
                            s -> new SampleRecord(
                                    s.externalId(),
                                    s.sampleDate(),
                                    null,
                                    "US",
                                    null,
                                    "Guilford County, NC",
                                    null,
                                    "fentanyl",
                                    SampleRecord.Form.POWDER,
                                    null,
                                    null,
                                    null,
                                    null,
                                    List.of(),
                                    null))),
                    "test");

            var row = jdbc.sql("SELECT country, region_code, place FROM ingest_sample WHERE organisation_id = :o")
                    .param("o", organisation)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                    .single();
            assertThat(row).containsExactly("US", null, "Guilford County, NC");
            var dutchRegion = rejected(
                    ObservationKind.SAMPLE,
                    "external_id,sample_date,form,country,region_code\nB1,2025-03-14,powder,BE,GG3406\n");
            assertThat(dutchRegion.problems())
                    .singleElement()
                    .extracting(Problem::field)
                    .isEqualTo("region_code");
        }

        @Test
        void everyOtherKindIsStoredFromJson() {
            LocalDate day = LocalDate.of(2025, 6, 1);
            var incident = new IncidentRecord(
                    "I1",
                    day,
                    null,
                    "GG4607",
                    null,
                    IncidentRecord.Setting.STREET,
                    AgeBand.AGE_25_34,
                    Sex.MALE,
                    3,
                    true,
                    IncidentRecord.Outcome.ADMITTED,
                    IncidentRecord.ReporterType.AMBULANCE,
                    List.of(new IncidentRecord.ReportedSubstance(
                            "crack", IncidentRecord.ReportedSubstance.Status.SUSPECTED)));
            var seizure = new SeizureRecord(
                    "Z1",
                    day,
                    day,
                    null,
                    null,
                    "Utrecht",
                    SampleRecord.Form.TABLET,
                    "blue pills",
                    new TabletFeatures("M 30", "blue", null, null, null, null),
                    500,
                    new BigDecimal("55.5"),
                    List.of(new LabResult("protonitazene", null, null, null, LabResult.Abundance.MAJOR, "LC-MS")));
            var toxicology = new ToxicologyCaseRecord(
                    "T1",
                    day,
                    null,
                    "GG3406",
                    null,
                    AgeBand.AGE_35_44,
                    Sex.FEMALE,
                    true,
                    List.of(new ToxicologyCaseRecord.Finding(
                            "metonitazene",
                            new BigDecimal("2.1"),
                            ToxicologyCaseRecord.ConcentrationUnit.NG_PER_ML,
                            ToxicologyCaseRecord.Matrix.FEMORAL_BLOOD,
                            true)));
            var wastewater = new WastewaterRecord(
                    "W1",
                    "NL001",
                    "Amsterdam",
                    null,
                    null,
                    "benzoylecgonine",
                    Period.parse("2025-W10"),
                    new BigDecimal("812.4"),
                    699648);
            var indicator = new IndicatorRecord(
                    "P1",
                    IndicatorRecord.Indicator.LAST_YEAR_PREVALENCE,
                    "cannabis",
                    "adults 18-64",
                    null,
                    null,
                    Period.parse("2023"),
                    new BigDecimal("8.0"),
                    IndicatorRecord.Unit.PERCENT,
                    new BigDecimal("7.6"),
                    new BigDecimal("8.4"),
                    6000);

            assertThat(ingest.ingest(ObservationKind.INCIDENT, organisation, List.of(incident), "t")
                            .stored())
                    .isEqualTo(1);
            assertThat(ingest.ingest(ObservationKind.SEIZURE, organisation, List.of(seizure), "t")
                            .stored())
                    .isEqualTo(1);
            assertThat(ingest.ingest(ObservationKind.TOXICOLOGY_CASE, organisation, List.of(toxicology), "t")
                            .stored())
                    .isEqualTo(1);
            assertThat(ingest.ingest(ObservationKind.WASTEWATER, organisation, List.of(wastewater), "t")
                            .stored())
                    .isEqualTo(1);
            assertThat(ingest.ingest(ObservationKind.INDICATOR, organisation, List.of(indicator), "t")
                            .stored())
                    .isEqualTo(1);

            assertThat(jdbc.sql("SELECT region_code FROM ingest_seizure WHERE organisation_id = :o")
                            .param("o", organisation)
                            .query(String.class)
                            .single())
                    .isEqualTo("GG2514");
            assertThat(jdbc.sql("SELECT region_code FROM ingest_wastewater WHERE organisation_id = :o")
                            .param("o", organisation)
                            .query(String.class)
                            .single())
                    .isEqualTo("GG3406");
            assertThat(jdbc.sql("SELECT period_start FROM ingest_wastewater WHERE organisation_id = :o")
                            .param("o", organisation)
                            .query(LocalDate.class)
                            .single())
                    .isEqualTo(LocalDate.of(2025, 3, 3));
            assertThat(ingest.ingest(ObservationKind.INCIDENT, organisation, List.of(incident), "t")
                            .unchanged())
                    .isEqualTo(1);
        }

        @Test
        void inconsistentValuesAreRefusedForEachKind() {
            var fatalButMild = rejected(ObservationKind.INCIDENT, """
                    external_id,incident_date,setting,severity,outcome,reporter_type,substance,substance_status
                    I1,2025-06-01,festival,2,died,ambulance,MDMA,confirmed
                    I2,2025-06-01,festival,7,,ambulance,,
                    """);
            assertThat(fatalButMild.problems())
                    .extracting(Problem::line, Problem::field)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2L, "severity"),
                            org.assertj.core.groups.Tuple.tuple(3L, "severity"));

            var interval = rejected(ObservationKind.INDICATOR, """
                    indicator,substance,population_group,period,value,unit,ci_low,ci_high
                    last_year_prevalence,cannabis,adults,2023,8.0,percent,8.5,9.0
                    last_year_prevalence,cocaine,adults,2023,120,percent,,
                    """);
            assertThat(interval.problems())
                    .extracting(Problem::line, Problem::field)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2L, "ci_low"),
                            org.assertj.core.groups.Tuple.tuple(3L, "value"));
        }

        /** The observation tables have no foreign keys (V5): the ingest module keeps them whole itself. */
        @Test
        void noItemIsEverWithoutItsRecordNorARecordWithoutItsBatch() {
            everyOtherKindIsStoredFromJson();
            labResultsSentLaterAttachToTheSampleOnce();
            rejected(
                    ObservationKind.SAMPLE,
                    IngestFixtures.SAMPLE_HEADER
                            + "\nS7,2025-03-14,GG3406,,MDMA,tablet,,,MDMA,182,mg,hydrochloride,major\nS8,2099-01-01,,,,tablet,,,,,,,\n");

            assertThat(jdbc.sql("""
                            SELECT
                              (SELECT COUNT(*) FROM ingest_lab_result r WHERE NOT EXISTS (SELECT 1 FROM ingest_sample s WHERE s.id = r.sample_id))
                            + (SELECT COUNT(*) FROM ingest_sample_photo p WHERE NOT EXISTS (SELECT 1 FROM ingest_sample s WHERE s.id = p.sample_id))
                            + (SELECT COUNT(*) FROM ingest_incident_substance i WHERE NOT EXISTS (SELECT 1 FROM ingest_incident x WHERE x.id = i.incident_id))
                            + (SELECT COUNT(*) FROM ingest_seizure_substance i WHERE NOT EXISTS (SELECT 1 FROM ingest_seizure x WHERE x.id = i.seizure_id))
                            + (SELECT COUNT(*) FROM ingest_toxicology_finding i WHERE NOT EXISTS (SELECT 1 FROM ingest_toxicology_case x WHERE x.id = i.case_id))
                            + (SELECT COUNT(*) FROM ingest_sample x WHERE NOT EXISTS (SELECT 1 FROM ingest_batch b WHERE b.id = x.batch_id))
                            + (SELECT COUNT(*) FROM ingest_sample x WHERE x.results_batch_id IS NOT NULL
                                 AND NOT EXISTS (SELECT 1 FROM ingest_batch b WHERE b.id = x.results_batch_id))
                            + (SELECT COUNT(*) FROM ingest_incident x WHERE NOT EXISTS (SELECT 1 FROM ingest_batch b WHERE b.id = x.batch_id))
                            + (SELECT COUNT(*) FROM ingest_seizure x WHERE NOT EXISTS (SELECT 1 FROM ingest_batch b WHERE b.id = x.batch_id))
                            + (SELECT COUNT(*) FROM ingest_toxicology_case x WHERE NOT EXISTS (SELECT 1 FROM ingest_batch b WHERE b.id = x.batch_id))
                            + (SELECT COUNT(*) FROM ingest_wastewater x WHERE NOT EXISTS (SELECT 1 FROM ingest_batch b WHERE b.id = x.batch_id))
                            + (SELECT COUNT(*) FROM ingest_indicator x WHERE NOT EXISTS (SELECT 1 FROM ingest_batch b WHERE b.id = x.batch_id))
                            """).query(Long.class).single()).isZero();
        }

        @Test
        void aJsonBatchMustHoldOneKindOfRecord() {
            assertThatThrownBy(() -> ingest.ingest(
                            ObservationKind.INCIDENT, organisation, List.of(IngestFixtures.sample("S1")), "t"))
                    .isInstanceOf(BatchRejectedException.class)
                    .hasMessageContaining("is a samples record in a incidents batch");
        }
    }
}
