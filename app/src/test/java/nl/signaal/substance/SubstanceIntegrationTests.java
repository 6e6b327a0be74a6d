/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.signaal.SharedReference;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.SampleRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The substance module on top of ingestion, on both databases: the catalogue is loaded by migration, reported names
 * are recognised, an unknown nitazene reported with its structure is a first detection, and curating a name re-links
 * the records that named it.
 */
class SubstanceIntegrationTests {

    @Nested
    @SpringBootTest
    @ActiveProfiles("test")
    @TestPropertySource(properties = "signaal.substance.nitazene-listing-date=2026-01-01")
    class OnH2 extends Contract {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.h2(registry);
        }
    }

    @Nested
    @SpringBootTest
    @ActiveProfiles("test")
    @TestPropertySource(properties = "signaal.substance.nitazene-listing-date=2026-01-01")
    class OnPostgres extends Contract {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.postgres(registry);
        }
    }

    /** Collects first detections: they are published by an asynchronous listener, on another thread. */
    @TestConfiguration
    static class Detections {

        final List<SubstanceFirstDetected> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(SubstanceFirstDetected event) {
            seen.add(event);
        }
    }

    @Import(Detections.class)
    abstract static class Contract {

        /** A nitazene no catalogue names: the N-ethyl-N-propyl amine homologue of etonitazene, made up for this test. */
        static final String UNLISTED_NITAZENE = "CCCN(CC)CCn1c(Cc2ccc(OCC)cc2)nc2cc([N+](=O)[O-])ccc21";

        @Autowired
        IngestManagement ingest;

        @Autowired
        SubstanceManagement substances;

        @Autowired
        AccessManagement access;

        @Autowired
        JdbcClient jdbc;

        @Autowired
        Detections detections;

        UUID lab;

        @BeforeEach
        void lab() {
            lab = access.ensureOrganisation(
                            "lab-" + UUID.randomUUID().toString().substring(0, 8), "Lab")
                    .id();
        }

        SampleRecord sample(String id, String region, LocalDate date, LabResult... results) {
            return new SampleRecord(
                    id,
                    date,
                    null,
                    null,
                    region,
                    null,
                    null,
                    "oxycodone",
                    SampleRecord.Form.TABLET,
                    null,
                    null,
                    SampleRecord.PurchaseChannel.ONLINE,
                    null,
                    List.of(results),
                    null);
        }

        @Test
        void theCatalogueIsLoadedWithStructuresAndTheNamesLabsWrite() {
            var mdma = substances.find("mdma").orElseThrow();
            assertThat(mdma.inchiKey()).isEqualTo("SHXWCVYOXRDMCX-UHFFFAOYSA-N");
            assertThat(mdma.groups()).contains("phenethylamines");
            assertThat(substances.recognise("3,4-MDMA", null).substance()).isEqualTo(mdma);
            assertThat(substances.recognise("MDMA HCl", null).substance()).isEqualTo(mdma);
            assertThat(substances.search("mdm", 5)).first().isEqualTo(mdma);
        }

        @Test
        void anUnknownNitazeneReportedWithItsStructureIsAFirstDetectionWithItsGroupAndStatus() {
            LocalDate date = LocalDate.of(2026, 3, 2);
            ingest.ingest(
                    ObservationKind.SAMPLE,
                    lab,
                    List.of(sample(
                            "N1",
                            "GG3406",
                            date,
                            new LabResult(
                                    "unknown benzimidazole opioid",
                                    null,
                                    null,
                                    null,
                                    LabResult.Abundance.MAJOR,
                                    "LC-QTOF",
                                    UNLISTED_NITAZENE))),
                    "test");

            // the events of one batch (substance and groups, national and regional) arrive in no fixed order
            await().untilAsserted(() -> assertThat(detections.seen)
                    .filteredOn(e -> e.reportedName().equals("unknown benzimidazole opioid"))
                    .filteredOn(e -> e.scope() == SubstanceFirstDetected.Scope.SUBSTANCE)
                    .extracting(SubstanceFirstDetected::regionCode)
                    .containsExactlyInAnyOrder(null, "GG3406"));
            var detections = this.detections.seen.stream()
                    .filter(e -> e.reportedName().equals("unknown benzimidazole opioid"))
                    .toList();
            var national = detections.stream()
                    .filter(e -> e.scope() == SubstanceFirstDetected.Scope.SUBSTANCE && e.regionCode() == null)
                    .findFirst()
                    .orElseThrow();
            assertThat(national.groups()).contains("nitazenes", "opioids");
            assertThat(national.legalStatus())
                    .as("the nitazene group listing applies from 2026-01-01")
                    .isEqualTo("IA");
            assertThat(national.date()).isEqualTo(date);

            var again = substances.recognise("unknown benzimidazole opioid", null);
            assertThat(again.substance())
                    .as("the structure is now known by its reported name")
                    .isNotNull();
            assertThat(substances.statusOn(again, LocalDate.of(2025, 12, 31)).controlled())
                    .isFalse();
        }

        @Test
        void anUnknownNameIsQueuedWithSuggestionsAndCuratingItRelinksItsRecords() {
            LocalDate date = LocalDate.of(2026, 2, 1);
            String name = "protonitazine " + UUID.randomUUID().toString().substring(0, 4);
            ingest.ingest(
                    ObservationKind.SAMPLE,
                    lab,
                    List.of(sample(
                            "P1",
                            "GG4607",
                            date,
                            new LabResult(name, null, null, null, LabResult.Abundance.MAJOR, "GC-MS"))),
                    "test");

            await().untilAsserted(
                            () -> assertThat(jdbc.sql("SELECT occurrences FROM substance_unresolved WHERE name = :n")
                                            .param("n", name)
                                            .query(Integer.class)
                                            .optional())
                                    .contains(1));

            substances.curate(name, "protonitazene", "analyst");

            assertThat(substances.recognise(name, null).substance().id()).isEqualTo("protonitazene");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM substance_unresolved WHERE name = :n")
                            .param("n", name)
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("""
                            SELECT COUNT(*) FROM substance_first_detection
                            WHERE scope = 'SUBSTANCE' AND subject = 'protonitazene' AND region_code = 'GG4607'
                            """).query(Long.class).single())
                    .as("the past record now counts as protonitazene in its region")
                    .isEqualTo(1);
        }

        @Test
        void almostEveryUncLabResultIsRecognisedAutomaticallyAndEveryNitazeneAndFentanyl() throws Exception {
            List<String> names;
            try (InputStream in = Files.newInputStream(SharedReference.file("data/unc-drugchecking/lab_detail.csv"))) {
                names = org.apache.commons.csv.CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))
                        .stream()
                        .map(r -> r.get("substance"))
                        .toList();
            }
            long recognised = names.stream()
                    .filter(n -> substances.recognise(n, null).recognised())
                    .count();

            assertThat(names).hasSize(115);
            assertThat(100.0 * recognised / names.size())
                    .as("share of UNC lab result rows recognised")
                    .isGreaterThanOrEqualTo(98.0);
            assertThat(names.stream()
                            .filter(n -> n.contains("nitazene") || n.contains("fentanyl") || n.contains("4-ANPP")))
                    .allSatisfy(n -> assertThat(substances.recognise(n, null).recognised())
                            .as(n)
                            .isTrue());
        }

        /**
         * What clients said they bought ({@code expectedsubstance}, "heroin; fentanyl") is what the mis-sold rule
         * compares with the lab's findings; "unknown" and "other" name nothing. Only "benzodiazepine", a class, is
         * left to curation.
         */
        @Test
        void almostEverySubstanceUncClientsSaidTheyBoughtIsRecognised() throws Exception {
            List<String> soldAs = new java.util.ArrayList<>();
            for (String file : List.of("nc_analysis_dataset.csv", "analysis_dataset.csv")) {
                try (InputStream in = Files.newInputStream(SharedReference.file("data/unc-drugchecking/" + file))) {
                    org.apache.commons.csv.CSVFormat.RFC4180
                            .builder()
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .get()
                            .parse(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))
                            .forEach(r -> java.util.Arrays.stream(
                                            r.get("expectedsubstance").split(";"))
                                    .map(String::strip)
                                    .filter(n -> !n.isEmpty() && !n.equalsIgnoreCase("unknown") && !n.equals("other"))
                                    .forEach(soldAs::add));
                }
            }
            List<String> unrecognised = soldAs.stream()
                    .filter(n -> !substances.recognise(n, null).recognised())
                    .toList();

            assertThat(soldAs).hasSizeGreaterThan(500);
            assertThat(100.0 * (soldAs.size() - unrecognised.size()) / soldAs.size())
                    .as("share of UNC sold-as mentions recognised; not recognised: %s", unrecognised)
                    .isGreaterThanOrEqualTo(98.0);
            assertThat(unrecognised).containsOnly("benzodiazepine");
        }
    }
}
