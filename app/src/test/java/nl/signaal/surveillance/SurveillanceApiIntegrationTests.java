/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;
import nl.signaal.surveillance.internal.SeriesCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The statistics API as the monitoring centre calls it: runs on demand, series for charts, problems for bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SurveillanceApiIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessManagement access;

    @Autowired
    SeriesCounter counter;

    @Autowired
    SurveillanceManagement surveillance;

    String analyst;

    @BeforeEach
    void analyst() {
        var organisation = access.ensureOrganisation(
                "centre-" + UUID.randomUUID().toString().substring(0, 8), "Monitoring centre");
        analyst = "Bearer " + access.issueToken(organisation, "analyst", Set.of(Role.ANALYST));
    }

    @Test
    void runsAWeekOnDemand() throws Exception {
        mvc.perform(post("/api/v1/statistics/runs")
                        .header(HttpHeaders.AUTHORIZATION, analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"week": "2066-W14"}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.week").value("2066-W14"))
                .andExpect(jsonPath("$.series_evaluated").isNumber())
                .andExpect(jsonPath("$.run_id").isString());
    }

    @Test
    void withoutAWeekRunsTheLastCompleteOne() throws Exception {
        mvc.perform(post("/api/v1/statistics/runs").header(HttpHeaders.AUTHORIZATION, analyst))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.week").value(surveillance.lastCompleteWeek().toString()));
    }

    @Test
    void aWeekThatDoesNotExistIsAProblemNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/statistics/runs")
                        .header(HttpHeaders.AUTHORIZATION, analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"week": "2025-W54"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("week"));
    }

    @Test
    void givesEveryWeekOfASeriesWithItsPopulation() throws Exception {
        SeriesKey key = SurveillanceFixtures.uniqueSeries(ObservationKind.SEIZURE, "GG4607");
        IsoWeek last = IsoWeek.parse("2067-W03");
        counter.add(UUID.randomUUID(), SurveillanceFixtures.weeks(key, last, new long[] {4, 0, 2}));
        counter.add(UUID.randomUUID(), SurveillanceFixtures.weeks(key.population(), last, new long[] {10, 5, 8}));

        mvc.perform(get("/api/v1/series")
                        .header(HttpHeaders.AUTHORIZATION, analyst)
                        .param("source", "seizures")
                        .param("scope", "substance")
                        .param("subject", key.subject())
                        .param("region", "GG4607")
                        .param("from", "2067-W01")
                        .param("to", "2067-W04"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[*].week", contains("2067-W01", "2067-W02", "2067-W03", "2067-W04")))
                .andExpect(jsonPath("$[*].observed", contains(4, 0, 2, 0)))
                .andExpect(jsonPath("$[*].population", contains(10, 5, 8, 0)))
                .andExpect(jsonPath("$[0].alarm").value(false));
    }

    @Test
    void aSourceWithoutSeriesIsAProblemNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/series")
                        .header(HttpHeaders.AUTHORIZATION, analyst)
                        .param("source", "wastewater")
                        .param("from", "2025-W01")
                        .param("to", "2025-W02"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("source"));
    }
}
