/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate;

import static nl.signaal.estimate.EstimateReferences.csv;
import static nl.signaal.estimate.EstimateReferences.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.TestDatabases;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A new user's estimate on both databases: three linked lists uploaded as capture histories with a benchmark for the
 * multiplier method give every model's estimate, interval and AIC (the figures of base R's {@code glm}, kept in
 * {@code stats/src/test/resources/estimate/ref_three.csv}), the chosen and averaged estimates and the multiplier's
 * beside them; a file that is not capture histories is refused line by line and nothing is stored.
 */
class EstimatePagesIntegrationTests {

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

        /** The three-list table of the R references, one row per history. */
        static final String THREE = """
                treatment,police,shelter,count
                1,0,0,310
                0,1,0,145
                0,0,1,98
                1,1,0,42
                1,0,1,37
                0,1,1,18
                1,1,1,9
                """;

        @Autowired
        MockMvc mvc;

        @Autowired
        JdbcClient jdbc;

        @Test
        void threeLinkedListsGiveEveryModelWithRsFiguresAndTheMultiplierBeside() throws Exception {
            MockHttpServletResponse uploaded = mvc.perform(upload("Opioids, three registers", THREE)
                            .param("benchmark_label", "in treatment")
                            .param("benchmark_count", "398")
                            .param("multiplier", "3.5")
                            .param("multiplier_low", "2.5")
                            .param("multiplier_high", "5"))
                    .andReturn()
                    .getResponse();
            assertThat(uploaded.getStatus()).as(uploaded.getContentAsString()).isEqualTo(302);
            String page = uploaded.getRedirectedUrl();
            assertThat(page).startsWith("/estimates/");

            String dutch = read(page, "nl");
            assertThat(dutch)
                    .contains("Opioids, three registers", "Gekozen model (laagste AIC): treatment+police+shelter")
                    .contains("Gemiddelde over de modellen", "Multiplicatormethode: in treatment (398)")
                    .contains("treatment+police+shelter+treatment:police+treatment:shelter+police:shelter")
                    .contains("data-estimates=");
            assertThat(read(page, "en")).contains("Chosen model (lowest AIC)", "Multiplier method");

            Map<String, CSVRecord> byModel = new HashMap<>();
            csv(read(page + ".csv", "nl")).forEach(r -> byModel.put(r.get("model"), r));
            List<CSVRecord> reference = csv(Files.readString(reference("ref_three.csv")));
            assertThat(byModel).hasSize(reference.size());
            for (CSVRecord r : reference) {
                CSVRecord ours = byModel.get(r.get("model"));
                for (String column : List.of("deviance", "aic", "bic", "estimate")) {
                    assertThat(Double.parseDouble(ours.get(column)))
                            .as("%s %s", r.get("model"), column)
                            .isCloseTo(Double.parseDouble(r.get(column)), within(1e-6));
                }
                for (String column : List.of("ci_low", "ci_high")) {
                    assertThat(Double.parseDouble(ours.get(column)))
                            .as("%s %s", r.get("model"), column)
                            .isCloseTo(Double.parseDouble(r.get(column)), within(1e-4));
                }
            }
            // the multiplier: 398 × 3.5 = 1,393, shown as a whole number of people
            assertThat(dutch).contains(">1393<");
        }

        @Test
        void aFileThatIsNotCaptureHistoriesIsRefusedLineByLineAndNothingIsStored() throws Exception {
            long before = datasets();
            String refused = mvc.perform(
                            upload("Bad", "A,B,count\n1,0,12\n1,2,5\n0,0,3\n").param("multiplier", "4"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            // the fields first: a benchmark is all or nothing
            assertThat(refused).contains("id=\"benchmark_count-error\"").doesNotContain("<table class=\"problems\"");

            refused = mvc.perform(upload("Bad", "A,B,count\n1,0,12\n1,2,5\n0,0,3\n"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(refused)
                    .contains("<table class=\"problems\"", "moet 0 of 1 zijn")
                    .contains("niemand kan door geen enkele lijst gezien en toch geteld zijn");

            // a list of people rather than of counts: refused by its column names, the names never shown back
            refused = mvc.perform(upload("People", "naam,geboortedatum,A,B\nJan Jansen,1990-03-07,1,0\n"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(refused)
                    .contains("de kolomnaam wijst op een directe identificator")
                    .doesNotContain("Jan Jansen");
            assertThat(datasets()).isEqualTo(before);
        }

        @Test
        void strataAreEstimatedApartAndAddedUp() throws Exception {
            StringBuilder file = new StringBuilder("treatment,police,shelter,region,count\n");
            for (String region : List.of("Amsterdam", "Rotterdam")) {
                THREE.lines().skip(1).forEach(l -> {
                    int comma = l.lastIndexOf(',');
                    file.append(l, 0, comma)
                            .append(',')
                            .append(region)
                            .append(l.substring(comma))
                            .append('\n');
                });
            }
            String page = mvc.perform(upload("Two cities", file.toString()))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            assertThat(read(page, "nl")).contains("Stratum Amsterdam", "Stratum Rotterdam", "Som van de strata");
            assertThat(csv(read(page + ".csv", "nl")))
                    .extracting(r -> r.get("stratum"))
                    .containsOnly("all", "Amsterdam", "Rotterdam");
        }

        private MockMultipartHttpServletRequestBuilder upload(String name, String csv) {
            return (MockMultipartHttpServletRequestBuilder) multipart("/estimates")
                    .file(new MockMultipartFile(
                            "file", "histories.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                    .param("name", name)
                    .with(user("estimate-analyst").roles("ANALYST"))
                    .with(csrf());
        }

        private String read(String path, String language) throws Exception {
            MockHttpServletResponse response = mvc.perform(get(path)
                            .param("lang", language)
                            .with(user("estimate-analyst").roles("ANALYST")))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            return response.getContentAsString(StandardCharsets.UTF_8);
        }

        private long datasets() {
            return jdbc.sql("SELECT COUNT(*) FROM estimate_dataset")
                    .query(Long.class)
                    .single();
        }
    }
}
