/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The signal queue as its users see it: a lab's result becomes a signal in the API and on the queue page; an analyst
 * triages and escalates it through the API and through the page's forms; refusals are problem documents that say why.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignalApiIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessManagement access;

    String lab;
    String analyst;
    String analystPassword;
    String adminPassword;
    String admin;

    @BeforeEach
    void accounts() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var organisation = access.ensureOrganisation("sig-" + suffix, "Signal test organisation");
        lab = access.issueToken(organisation, "lab", Set.of(Role.LAB));
        analyst = "analyst-" + suffix;
        analystPassword = access.createAccount(analyst, organisation, Set.of(Role.ANALYST));
        admin = "admin-" + suffix;
        adminPassword = access.createAccount(admin, organisation, Set.of(Role.ADMIN));
    }

    @Test
    void aLabResultBecomesASignalThatAnAnalystTriagesAndEscalates() throws Exception {
        String id = "S-" + UUID.randomUUID();
        String sample = """
                {"external_id": "%s", "sample_date": "%s", "region_code": "GG3406", "sold_as": "oxycodone",
                 "form": "tablet", "tablet": {"logo": "80", "colour": "green"},
                 "results": [{"substance": "N-pyrrolidino etonitazene", "abundance": "major"}]}
                """.formatted(id, LocalDate.now().minusDays(2));
        assertThat(mvc.perform(post("/api/v1/samples")
                                .header("Authorization", "Bearer " + lab)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(sample))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(201);

        String signalId = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            var list = json(asAnalyst(get("/api/v1/signals?kind=potent_opioid_mis_sold")));
                            List<String> ids = JsonPath.read(list, "$[?(@.subject_name =~ /.*etonitazepyne.*/i)].id");
                            return ids.isEmpty() ? null : ids.getFirst();
                        },
                        found -> found != null);
        String detail = json(asAnalyst(get("/api/v1/signals/" + signalId)));
        assertThat((String) JsonPath.read(detail, "$.signal.state")).isEqualTo("NEW");
        assertThat((Integer) JsonPath.read(detail, "$.signal.priority")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(detail, "$.evidence[*].external_id"))
                .contains(id);
        // opened by this sample; whether another rule's evidence (a first detection) opened it first and this one
        // raised its priority depends on which listener ran first
        assertThat((List<String>) JsonPath.read(detail, "$.history[*].action"))
                .startsWith("opened")
                .isSubsetOf("opened", "priority");

        String page = html(onPage(get("/signals")));
        assertThat(page).contains("/signals/" + signalId, "Sterk opioïde, verkocht als iets anders");
        assertThat(html(onPage(get("/signals/" + signalId)))).contains(id, "sold as oxycodone", "Status wijzigen");

        var skip = asAnalyst(post("/api/v1/signals/" + signalId + "/state")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\": \"escalated\"}"))
                .getResponse();
        assertThat(skip.getStatus()).isEqualTo(409);
        assertThat(skip.getContentAsString()).contains("cannot become ESCALATED");
        var noReason = asAnalyst(post("/api/v1/signals/" + signalId + "/state")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\": \"dismissed\"}"))
                .getResponse();
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains("reason");

        var triaged = asAnalyst(post("/api/v1/signals/" + signalId + "/state")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"state\": \"triaged\"}"));
        assertThat(triaged.getResponse().getStatus()).isEqualTo(200);
        var dismissed = mvc.perform(post("/signals/" + signalId + "/state")
                        .with(user(analyst).roles("ANALYST"))
                        .with(csrf())
                        .param("state", "DISMISSED"))
                .andReturn();
        Object refusal = dismissed.getFlashMap().get("error");
        assertThat(mvc.perform(get("/signals/" + signalId)
                                .flashAttr("error", refusal)
                                .with(user(analyst).roles("ANALYST")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .as("the page says why the form was refused, in Dutch")
                .contains("Zeg waarom het signaal wordt afgewezen");
        var form = mvc.perform(post("/signals/" + signalId + "/state")
                        .with(user(analyst).roles("ANALYST"))
                        .with(csrf())
                        .param("state", "ESCALATED")
                        .param("reason", "pills sold online as oxycodone"))
                .andReturn()
                .getResponse();
        assertThat(form.getRedirectedUrl()).isEqualTo("/signals/" + signalId);

        String after = json(asAnalyst(get("/api/v1/signals/" + signalId)));
        assertThat((String) JsonPath.read(after, "$.signal.state")).isEqualTo("ESCALATED");
        assertThat((List<String>) JsonPath.read(after, "$.history[?(@.to_state)].to_state"))
                .containsExactly("NEW", "TRIAGED", "ESCALATED");
        assertThat((List<String>) JsonPath.read(after, "$.history[*].actor")).containsOnly("signaal", analyst);
        assertThat(json(asAnalyst(get("/api/v1/signals"))))
                .as("escalated signals leave the queue")
                .doesNotContain(signalId);
    }

    @Test
    void anUnknownSignalIsNotFoundAndBadFiltersSayWhatIsAllowed() throws Exception {
        var missing = asAnalyst(get("/api/v1/signals/" + UUID.randomUUID())).getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentType()).isEqualTo("application/problem+json");
        var badState = asAnalyst(get("/api/v1/signals?state=open")).getResponse();
        assertThat(badState.getStatus()).isEqualTo(422);
        assertThat(badState.getContentAsString()).contains("state \\\"open\\\" is not one of", "under_assessment");
    }

    @Test
    void onlyAnAdministratorAddsAVersionOfTheRulesAndABadOneChangesNothing() throws Exception {
        String current = json(asAnalyst(get("/api/v1/signal-rules")));
        int versions = ((List<?>) JsonPath.read(current, "$")).size();
        Object rules = JsonPath.read(current, "$[0].rules");
        String rulesJson = new tools.jackson.databind.ObjectMapper().writeValueAsString(rules);

        var refused = asAnalyst(put("/api/v1/signal-rules")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rules\": " + rulesJson + "}"))
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        var invalid = mvc.perform(put("/api/v1/signal-rules")
                        .with(httpBasic(admin, adminPassword))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rules\": " + rulesJson.replace("\"fusion_days\":28", "\"fusion_days\":0") + "}"))
                .andReturn()
                .getResponse();
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString()).contains("fusion_days must be at least 1");
        assertThat((List<?>) JsonPath.read(json(asAnalyst(get("/api/v1/signal-rules"))), "$"))
                .hasSize(versions);

        var added = mvc.perform(put("/api/v1/signal-rules")
                        .with(httpBasic(admin, adminPassword))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rules\": " + rulesJson + ", \"note\": \"same again\"}"))
                .andReturn()
                .getResponse();
        assertThat(added.getStatus()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(added.getContentAsString(), "$.version"))
                .isEqualTo(versions + 1);
        assertThat((String) JsonPath.read(added.getContentAsString(), "$.author"))
                .isEqualTo(admin);
    }

    private MvcResult asAnalyst(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(analyst, analystPassword))).andReturn();
    }

    /** The pages use a login session rather than Basic credentials. */
    private MvcResult onPage(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(analyst).roles("ANALYST"))).andReturn();
    }

    private static String json(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private static String html(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
