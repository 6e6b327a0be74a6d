/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import nl.signaal.SharedReference;
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

/**
 * The real public files load through the import profiles, on both databases. Expected counts are those of
 * {@code ../shared/reference/data/SOURCES.md}, which were counted independently of Signaal.
 */
class ReferenceDataIntegrationTests {

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

    abstract static class Contract {

        @Autowired
        IngestManagement ingest;

        @Autowired
        AccessManagement access;

        @Autowired
        JdbcClient jdbc;

        UUID organisation;

        @BeforeEach
        void newOrganisation() {
            organisation = access.ensureOrganisation(
                            "ref-" + UUID.randomUUID().toString().substring(0, 8), "Reference")
                    .id();
        }

        BatchReport load(ObservationKind kind, String profile, String file) throws IOException {
            try (InputStream in = Files.newInputStream(SharedReference.file(file))) {
                return ingest.ingestCsv(kind, profile, organisation, in, file);
            }
        }

        long count(String sql) {
            return jdbc.sql(sql).param("o", organisation).query(Long.class).single();
        }

        @Test
        void uncSamplesAndTheirLabResultsLoadWithSubstanceNamesAsReported() throws IOException {
            var nc = load(ObservationKind.SAMPLE, "unc", "data/unc-drugchecking/nc_analysis_dataset.csv");
            var example = load(ObservationKind.SAMPLE, "unc", "data/unc-drugchecking/analysis_dataset.csv");
            var results = load(ObservationKind.LAB_RESULTS, "unc", "data/unc-drugchecking/lab_detail.csv");

            assertThat(nc.stored()).as("458 NC samples").isEqualTo(458);
            assertThat(example.stored()).as("20 example samples").isEqualTo(20);
            assertThat(results.stored())
                    .as("results for the 20 example samples")
                    .isEqualTo(20);
            assertThat(count("""
                            SELECT COUNT(*) FROM ingest_lab_result r JOIN ingest_sample s ON s.id = r.sample_id
                            WHERE s.organisation_id = :o
                            """)).as("115 substance rows").isEqualTo(115);
            assertThat(count("""
                            SELECT COUNT(DISTINCT r.substance) FROM ingest_lab_result r
                            JOIN ingest_sample s ON s.id = r.sample_id WHERE s.organisation_id = :o
                            """))
                    .as("47 distinct substances, names kept exactly")
                    .isEqualTo(47);
            assertThat(count("""
                            SELECT COUNT(*) FROM ingest_lab_result r JOIN ingest_sample s ON s.id = r.sample_id
                            WHERE s.organisation_id = :o AND s.external_id = '408'
                              AND r.substance IN ('metonitazene', 'N-piperidinyl etonitazene')
                            """)).as("the two nitazenes of sample 408").isEqualTo(2);
            assertThat(count("SELECT COUNT(*) FROM ingest_sample WHERE organisation_id = :o AND country <> 'US'"))
                    .isZero();
            assertThat(
                            count(
                                    "SELECT COUNT(*) FROM ingest_sample WHERE organisation_id = :o AND region_code IS NOT NULL"))
                    .as("data from abroad never count in Dutch regions")
                    .isZero();
        }

        @Test
        void uncKnownDateQuirksAreRepairedAndNoted() throws IOException {
            load(ObservationKind.SAMPLE, "unc", "data/unc-drugchecking/nc_analysis_dataset.csv");

            var repaired = jdbc.sql(
                            "SELECT sample_date, note FROM ingest_sample WHERE organisation_id = :o AND external_id = '400289'")
                    .param("o", organisation)
                    .query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getString(2)})
                    .single();
            assertThat(repaired[1]).asString().contains("30Dec0222");
            assertThat((LocalDate) repaired[0]).isAfter(LocalDate.of(2021, 1, 1));
            assertThat(
                            count(
                                    "SELECT COUNT(*) FROM ingest_sample WHERE organisation_id = :o AND note LIKE '%date_collect was empty%'"))
                    .as("14 rows have a blank date_collect")
                    .isEqualTo(14);
        }

        @Test
        void eudaWastewaterLoadsEveryCountryAndPlacesDutchSitesInTheirGgdRegion() throws IOException {
            var report = load(ObservationKind.WASTEWATER, "euda", "data/euda-wastewater/ww-all-data.csv");
            var again = load(ObservationKind.WASTEWATER, "euda", "data/euda-wastewater/ww-all-data.csv");

            assertThat(report.received()).as("4,376 rows").isEqualTo(4376);
            assertThat(report.stored() + report.skipped()).isEqualTo(4376);
            assertThat(again.stored()).isZero();
            assertThat(again.unchanged()).isEqualTo(report.stored());
            assertThat(count("SELECT COUNT(*) FROM ingest_wastewater WHERE organisation_id = :o AND country = 'NL'"))
                    .as("207 Dutch rows")
                    .isEqualTo(207);
            assertThat(count("""
                            SELECT COUNT(*) FROM ingest_wastewater
                            WHERE organisation_id = :o AND country = 'NL' AND region_code IS NULL
                            """)).isZero();
            assertThat(
                            count(
                                    "SELECT COUNT(*) FROM ingest_wastewater WHERE organisation_id = :o AND country <> 'NL' AND region_code IS NOT NULL"))
                    .isZero();
            assertThat(count("SELECT COUNT(DISTINCT site_id) FROM ingest_wastewater WHERE organisation_id = :o"))
                    .as("215 sites")
                    .isEqualTo(215);
            assertThat(
                            count(
                                    "SELECT COUNT(*) FROM ingest_wastewater WHERE organisation_id = :o AND country = 'HU' AND city = 'Debrecen'"))
                    .as("Debrecen's country H is read as HU")
                    .isPositive();
        }
    }
}
