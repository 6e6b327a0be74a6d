/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.signaal.SharedReference;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.ingest.BatchReport;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The dashboards over records sent through the ingest module, on both databases: counts by month, year, GGD region and
 * province as sent; composition, adulteration and sold-as versus found as the samples hold them; wastewater as the
 * real EUDA file says; small cells suppressed for the public and exact for analysts; bad filters refused by name.
 * The records are dated 2012, a year no other test sends records of.
 */
class DashboardIntegrationTests {

    @Nested
    @SpringBootTest
    @AutoConfigureMockMvc
    @ActiveProfiles("test")
    class OnH2 extends Contract {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.h2(registry);
        }
    }

    @Nested
    @SpringBootTest
    @AutoConfigureMockMvc
    @ActiveProfiles("test")
    class OnPostgres extends Contract {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.postgres(registry);
        }
    }

    abstract static class Contract {

        /** MDMA in mg of the tablets sold as ecstasy in Amsterdam, March 2012. */
        static final List<Integer> MDMA_MG = List.of(104, 121, 150, 183, 207, 96);

        @Autowired
        MockMvc mvc;

        @Autowired
        IngestManagement ingest;

        @Autowired
        AccessManagement access;

        @Autowired
        JdbcClient jdbc;

        /** The lab of each database's records: they are sent once per database, before its first test. */
        static final Map<Class<?>, UUID> LABS = new ConcurrentHashMap<>();

        final String year = "2012";
        UUID organisation;

        @BeforeEach
        void sendOnce() {
            organisation = LABS.computeIfAbsent(getClass(), c -> send());
        }

        private UUID send() {
            organisation = access.ensureOrganisation(
                            "dash-" + UUID.randomUUID().toString().substring(0, 8), "Dashboard test lab")
                    .id();
            StringBuilder samples = new StringBuilder(
                    "external_id,sample_date,region_code,sold_as,form,substance,amount,unit,salt_form\n");
            for (int i = 0; i < MDMA_MG.size(); i++) {
                samples.append("X%d,%s-03-%02d,GG3406,XTC,tablet,MDMA,%d,mg,hydrochloride\n"
                        .formatted(i, year, i + 2, MDMA_MG.get(i)));
            }
            // cocaine powders in Kennemerland (also Noord-Holland): one cut with levamisole, one held ketamine instead
            samples.append("C1,%s-03-10,GG3109,cocaine,powder,cocaine,78,percent,hydrochloride\n".formatted(year));
            samples.append("C2,%s-03-11,GG3109,cocaine,powder,cocaine,55,percent,hydrochloride\n".formatted(year));
            samples.append("C2,%s-03-11,GG3109,cocaine,powder,levamisole,10,percent,hydrochloride\n".formatted(year));
            samples.append("C3,%s-04-02,GG3109,cocaine,powder,ketamine,60,percent,hydrochloride\n".formatted(year));
            samples.append("C4,%s-04-03,GG3109,cocaine,powder,cocaine,81,percent,hydrochloride\n".formatted(year));
            String incidents =
                    "external_id,incident_date,region_code,setting,severity,reporter_type,substance,substance_status\n"
                            + "I1,%s-05-01,GG3406,nightlife,2,ambulance,cocaine,confirmed\n".formatted(year)
                            + "I2,%s-05-08,GG3406,nightlife,2,ambulance,cocaine,suspected\n".formatted(year)
                            + "I3,%s-05-20,GG3406,home,3,ambulance,cocaine,confirmed\n".formatted(year);
            counted(load(ObservationKind.SAMPLE, samples.toString()));
            counted(load(ObservationKind.INCIDENT, incidents));
            return organisation;
        }

        @Test
        void trendsCountRecordsByMonthYearRegionAndProvince() throws Exception {
            String query =
                    "source=SAMPLE&subject=substance:mdma&period=MONTH&from=%s-01-01&to=%s-12-31".formatted(year, year);
            List<CSVRecord> amsterdam = csv(analyst("/dashboard/trends.csv?region=GG3406&" + query));
            assertThat(amsterdam).hasSize(12);
            assertThat(row(amsterdam, year + "-03")).containsExactly(year + "-03", "6", "6", "100.0");
            assertThat(row(amsterdam, year + "-04")).containsExactly(year + "-04", "0", "0", "");

            // a province is its GGD regions: the cocaine samples of Kennemerland count in Noord-Holland's population
            List<CSVRecord> province = csv(analyst("/dashboard/trends.csv?region=PV27&" + query));
            assertThat(row(province, year + "-03")).containsExactly(year + "-03", "6", "8", "75.0");

            List<CSVRecord> years = csv(analyst(
                    "/dashboard/trends.csv?region=PV27&source=SAMPLE&subject=all&period=YEAR&from=%s-01-01&to=%s-12-31"
                            .formatted(year, year)));
            assertThat(years).hasSize(1);
            assertThat(years.getFirst().get("records")).isEqualTo("10");
        }

        @Test
        void thePublicSeesSmallCellsSuppressedAndAnalystsExactCounts() throws Exception {
            String url =
                    "/dashboard/trends.csv?source=INCIDENT&subject=substance:cocaine&region=GG3406&period=MONTH&from=%s-05-01&to=%s-05-31"
                            .formatted(year, year);
            assertThat(row(csv(analyst(url)), year + "-05")).containsExactly(year + "-05", "3", "3", "100.0");
            assertThat(row(csv(anonymous(url)), year + "-05")).containsExactly(year + "-05", "<5", "<5", "<5");

            String map =
                    "/dashboard/map.csv?source=INCIDENT&subject=substance:cocaine&level=PROVINCE&from=%s-01-01&to=%s-12-31"
                            .formatted(year, year);
            assertThat(row(csv(analyst(map)), "PV27")).containsExactly("PV27", "Noord-Holland", "3");
            assertThat(row(csv(anonymous(map)), "PV27")).containsExactly("PV27", "Noord-Holland", "<5");
            assertThat(row(csv(anonymous(map)), "PV20")).containsExactly("PV20", "Groningen", "0");
            assertThat(csv(anonymous(map)))
                    .as("12 provinces and the records without a region")
                    .hasSize(13);

            String page = anonymous(url.replace(".csv", "")).getContentAsString();
            assertThat(page).contains("&lt;5", "data-chart=");
        }

        @Test
        void compositionFromTheLabResults() throws Exception {
            String range = "region=GG3406&period=MONTH&from=%s-03-01&to=%s-03-31".formatted(year, year);
            CSVRecord march = csv(anonymous("/dashboard/composition.csv?measure=MDMA_MG&" + range))
                    .getFirst();
            assertThat(march.get("values")).isEqualTo("6");
            // binned in 10 mg: each quantile within one bin of the exact one
            List<Integer> sorted = new ArrayList<>(MDMA_MG);
            Collections.sort(sorted);
            double exactMedian = (sorted.get(2) + sorted.get(3)) / 2.0;
            assertThat(Double.parseDouble(march.get("median")))
                    .isCloseTo(exactMedian, org.assertj.core.data.Offset.offset(10.0));
            assertThat(Double.parseDouble(march.get("p10"))).isLessThan(Double.parseDouble(march.get("p25")));
            assertThat(Double.parseDouble(march.get("p90"))).isBetween(183.0, 210.0);

            String cocaine = "soldAs=cocaine&region=PV27&period=YEAR&from=%s-01-01&to=%s-12-31".formatted(year, year);
            CSVRecord adulteration =
                    csv(analyst("/dashboard/adulteration.csv?" + cocaine)).getFirst();
            assertThat(adulteration.toList()).containsExactly(year, "4", "3", "2", "50.0");
            assertThat(csv(anonymous("/dashboard/adulteration.csv?" + cocaine))
                            .getFirst()
                            .toList())
                    .containsExactly(year, "<5", "<5", "<5", "<5");

            List<CSVRecord> soldAs =
                    csv(analyst("/dashboard/sold-as.csv?region=PV27&from=%s-01-01&to=%s-12-31".formatted(year, year)));
            assertThat(row(soldAs, "mdma")).containsExactly("mdma", "6", "6", "0", "0", "0");
            assertThat(row(soldAs, "cocaine")).containsExactly("cocaine", "4", "2", "1", "1", "0");
        }

        @Test
        void wastewaterAsTheEudaFileHasIt() throws Exception {
            try (InputStream in = Files.newInputStream(SharedReference.file("data/euda-wastewater/ww-all-data.csv"))) {
                ingest.ingestCsv(ObservationKind.WASTEWATER, "euda", organisation, in, "ww-all-data.csv");
            }
            String expected = null;
            try (Reader in = Files.newBufferedReader(SharedReference.file("data/euda-wastewater/ww-all-data.csv"))) {
                for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
                    if (r.get("Site ID").equals("NL001")
                            && r.get("Metabolite").equals("MDMA")
                            && r.get("Year").equals("2024")) {
                        expected = r.get("Daily mean");
                    }
                }
            }
            assertThat(expected).as("Amsterdam's MDMA in 2024 in the EUDA file").isNotNull();
            List<CSVRecord> rows =
                    csv(anonymous("/dashboard/wastewater.csv?metabolite=MDMA&from=2024-01-01&to=2024-12-31"));
            assertThat(rows).hasSize(1);
            assertThat(Double.parseDouble(rows.getFirst().get("Amsterdam"))).isEqualTo(Double.parseDouble(expected));
            assertThat(rows.getFirst().toMap()).as("Dutch cities only").doesNotContainKey("Graz");
        }

        @Test
        void indicatorsSideBySide() throws Exception {
            load(ObservationKind.INDICATOR, """
                    external_id,indicator,substance,population_group,country,period,value,unit
                    P%1$s,last_year_prevalence,cannabis,adults 18-64,NL,%1$s,8.5,percent
                    T%1$s,treatment_clients,cannabis,clients in addiction care,NL,%1$s,10400,count
                    P2011,last_year_prevalence,cannabis,adults 18-64,NL,2011,8.1,percent
                    """.formatted(year));
            CSVRecord row = row(csv(anonymous("/dashboard/indicators.csv?substance=cannabis")), year);
            assertThat(row.toMap())
                    .containsEntry("last_year_prevalence · adults 18-64 (percent)", "8.5")
                    .containsEntry("treatment_clients · clients in addiction care (count)", "10400");
            assertThat(row(csv(anonymous("/dashboard/indicators.csv?substance=cannabis")), "2011")
                            .toMap())
                    .as("a year that only one series has")
                    .containsEntry("last_year_prevalence · adults 18-64 (percent)", "8.1");
            assertThat(anonymous("/dashboard/indicators?substance=cannabis").getStatus())
                    .as("the page with an empty cell")
                    .isEqualTo(200);
        }

        @Test
        void badFiltersAreRefusedByNameAndChangeNothing() throws Exception {
            MockHttpServletResponse csv = anonymous("/dashboard/trends.csv?region=GG9999&from=2012-13-01");
            assertThat(csv.getStatus()).isEqualTo(400);
            assertThat(csv.getContentAsString()).contains("region: 'GG9999'", "from: '2012-13-01'");

            MockHttpServletResponse page = anonymous("/dashboard/composition?measure=HEROIN_PCT&period=WEEK");
            assertThat(page.getStatus()).isEqualTo(400);
            assertThat(page.getContentAsString())
                    .contains("id=\"measure-error\"", "id=\"period-error\"")
                    .doesNotContain("data-chart=");
            assertThat(anonymous("/dashboard/nothing").getStatus()).isEqualTo(404);
        }

        @Test
        void everyChartAnswersWithItsServerTime() throws Exception {
            for (String path :
                    List.of("trends", "map", "composition", "adulteration", "sold-as", "wastewater", "indicators")) {
                MockHttpServletResponse page = anonymous("/dashboard/" + path);
                assertThat(page.getStatus()).as(path).isEqualTo(200);
                assertThat(page.getHeader("Server-Timing")).as(path).matches("app;dur=\\d+\\.\\d");
            }
            assertThat(anonymous("/dashboard").getStatus()).isEqualTo(200);
            assertThat(anonymous("/dashboard/geo/GGD.json").getContentAsString())
                    .contains("\"GG3406\"", "MultiPolygon");
        }

        private BatchReport load(ObservationKind kind, String csv) {
            return ingest.ingestCsv(
                    kind, null, organisation, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test");
        }

        private void counted(BatchReport report) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.sql("""
                            SELECT (SELECT COUNT(*) FROM dashboard_batch WHERE batch_id = :b)
                                 + (SELECT COUNT(*) FROM surveillance_batch WHERE batch_id = :b)
                            """)
                                    .param("b", report.batchId())
                                    .query(Long.class)
                                    .single()
                            == 2);
        }

        private MockHttpServletResponse analyst(String url) throws Exception {
            return perform(get(url).with(user("analyst").roles("ANALYST")));
        }

        private MockHttpServletResponse anonymous(String url) throws Exception {
            return perform(get(url));
        }

        private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
            return mvc.perform(request).andReturn().getResponse();
        }

        private static List<CSVRecord> csv(MockHttpServletResponse response) throws IOException {
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .get()
                    .parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)))
                    .getRecords();
        }

        private static CSVRecord row(List<CSVRecord> rows, String first) {
            return rows.stream()
                    .filter(r -> r.get(0).equals(first))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + first + " in " + rows));
        }
    }
}
