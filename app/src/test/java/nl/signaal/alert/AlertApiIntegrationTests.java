/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import nl.signaal.signal.SignalManagement;
import nl.signaal.signal.SignalState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warnings as their users meet them: an analyst drafts through the API or the desk's form (problems next to their
 * fields), a coordinator who did not write it approves, and anyone reads it on the public pages, in English too, and as
 * CAP; an escalated signal arrives on the desk as a draft.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AlertApiIntegrationTests {

    /** A 1×1 PNG, the smallest photo a browser would send. */
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessManagement access;

    @Autowired
    SignalManagement signals;

    @Autowired
    AlertManagement alerts;

    @Autowired
    JdbcClient jdbc;

    String analyst;
    String coordinator;
    final Map<String, String> passwords = new java.util.HashMap<>();

    @BeforeEach
    void accounts() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var organisation = access.ensureOrganisation("alert-" + suffix, "Warning test organisation");
        analyst = "analyst-" + suffix;
        coordinator = "coordinator-" + suffix;
        passwords.put(analyst, access.createAccount(analyst, organisation, Set.of(Role.ANALYST)));
        passwords.put(coordinator, access.createAccount(coordinator, organisation, Set.of(Role.COORDINATOR)));
    }

    @Test
    void draftedThroughTheApiApprovedByASecondPersonAndReadByEveryone() throws Exception {
        String headline = "Protonitazeen in nep-oxycodon " + UUID.randomUUID();
        WarningContent content = WarningFixtures.nitazene(headline, List.of("GG3406"));
        String body = "{\"content\": "
                + JsonMapper.builder()
                        .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
                        .build()
                        .writeValueAsString(content)
                + "}";

        String invalid = body.replace(headline, "").replace("\"GG3406\"", "\"XX1\"");
        MockHttpServletResponse refused = call(analyst, post("/api/v1/warnings").content(invalid));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat((Map<String, String>) JsonPath.read(refused.getContentAsString(), "$.problems"))
                .as("the API words its problems in English, whatever the caller's language")
                .containsOnlyKeys("nl.headline", "areas")
                .containsEntry("nl.headline", "required")
                .containsEntry(
                        "areas", "\"XX1\" is not NL, a province (PV20\u2026PV31) or a GGD region (GG0111\u2026)");

        MockHttpServletResponse created = call(analyst, post("/api/v1/warnings").content(body));
        assertThat(created.getStatus()).isEqualTo(201);
        String id = JsonPath.read(created.getContentAsString(), "$.id");

        assertThat(call(analyst, post("/api/v1/warnings/" + id + "/approval")).getStatus())
                .as("analysts do not approve")
                .isEqualTo(403);
        assertThat(anonymous(get("/warnings/" + id)).getStatus()).isEqualTo(404);
        assertThat(anonymous(get("/api/v1/warnings/" + id + ".cap")).getStatus())
                .isEqualTo(404);

        MockHttpServletResponse approved = call(coordinator, post("/api/v1/warnings/" + id + "/approval"));
        assertThat(approved.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(approved.getContentAsString(), "$.state"))
                .isEqualTo("PUBLISHED");

        MockHttpServletResponse cap = anonymous(get("/api/v1/warnings/" + id + ".cap"));
        assertThat(cap.getStatus()).isEqualTo(200);
        assertThat(cap.getContentType()).startsWith("application/cap+xml");
        CapSchema.assertValid(cap.getContentAsString());
        assertThat(cap.getContentAsString())
                .contains(headline, "<language>nl-NL</language>", "<language>en-GB</language>");

        assertThat(anonymous(get("/warnings")).getContentAsString()).contains(headline, "/warnings/" + id);
        String page = anonymous(get("/warnings/" + id)).getContentAsString();
        assertThat(page)
                .contains(headline, "Gebruik deze tabletten niet", "GGD Amsterdam", "/api/v1/warnings/" + id + ".cap");
        assertThat(anonymous(get("/warnings/" + id + "?lang=en")).getContentAsString())
                .contains("Protonitazene in fake oxycodone tablets", "Do not use these tablets");

        String feed = anonymous(get("/feeds/warnings.atom")).getContentAsString();
        assertThat(feed).contains("<title>" + headline + "</title>", "/api/v1/warnings/" + id + ".cap");
        String identifier =
                alerts.latestMessage(UUID.fromString(id)).orElseThrow().identifier();
        assertThat(anonymous(get("/feeds/cap.atom")).getContentAsString()).contains("<id>" + identifier + "</id>");

        call(coordinator, post("/api/v1/warnings/" + id + "/cancellation").content("{\"reason\": \"vergissing\"}"));
        String cancelled = anonymous(get("/feeds/warnings.atom")).getContentAsString();
        assertThat(cancelled).contains("<title>Ingetrokken: " + headline + "</title>");
        String cancelIdentifier =
                alerts.latestMessage(UUID.fromString(id)).orElseThrow().identifier();
        assertThat(cancelIdentifier).endsWith("-cancel");
        assertThat(anonymous(get("/feeds/cap.atom")).getContentAsString())
                .contains("<id>" + cancelIdentifier + "</id>");
        assertThat(anonymous(get("/warnings/" + id)).getContentAsString()).contains("Deze waarschuwing is ingetrokken");

        String detail = call(analyst, get("/api/v1/warnings/" + id)).getContentAsString();
        assertThat((List<String>) JsonPath.read(detail, "$.history[*].action"))
                .containsExactly("drafted", "approved", "published", "cancelled");
        String effect =
                call(analyst, get("/api/v1/warnings/" + id + "/effectiveness")).getContentAsString();
        assertThat((String) JsonPath.read(effect, "$.match")).isEqualTo("green 80 protonitazene");
        assertThat((Integer) JsonPath.read(effect, "$.days_after")).isEqualTo(1);
    }

    @Test
    void theAuthorCannotApproveEvenAsCoordinator() throws Exception {
        Warning draft = alerts.draft(WarningFixtures.nitazene("Eigen werk", List.of("NL")), null, coordinator);
        MockHttpServletResponse refused = call(coordinator, post("/api/v1/warnings/" + draft.id() + "/approval"));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("another coordinator must approve it");
        assertThat(alerts.find(draft.id()).orElseThrow().warning().state()).isEqualTo(WarningState.DRAFT);
    }

    @Test
    void theDeskFormShowsEachProblemNextToItsFieldAndKeepsThePhoto() throws Exception {
        String refused = mvc.perform(multipart("/alerts")
                        .param("nlEvent", "Nitazeen")
                        .param("nlDescription", "Beschrijving")
                        .param("nlAdvice", "Advies")
                        .param("audience", "PUBLIC")
                        .param("urgency", "IMMEDIATE")
                        .param("severity", "SEVERE")
                        .param("certainty", "LIKELY")
                        .param("response", "AVOID")
                        .param("areas", "GG3406")
                        .param("validUntil", LocalDate.now().plusDays(10).toString())
                        .with(user(analyst).roles("ANALYST"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"nlHeadline-error\"", "value=\"Nitazeen\"");

        MockHttpServletResponse saved = mvc.perform(multipart("/alerts")
                        .file(new MockMultipartFile("photoFile", "pill.png", "image/png", PNG))
                        .param("nlEvent", "Nitazeen")
                        .param("nlHeadline", "Nitazeen in Amsterdam")
                        .param("nlDescription", "Beschrijving")
                        .param("nlAdvice", "Advies")
                        .param("audience", "PUBLIC")
                        .param("urgency", "IMMEDIATE")
                        .param("severity", "SEVERE")
                        .param("certainty", "LIKELY")
                        .param("response", "AVOID")
                        .param("areas", "gg3406 pv27")
                        .param("logo", "Tesla")
                        .param("validUntil", LocalDate.now().plusDays(10).toString())
                        .with(user(analyst).roles("ANALYST"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        UUID id = UUID.fromString(saved.getRedirectedUrl().substring("/alerts/".length()));
        WarningContent stored = alerts.find(id).orElseThrow().latest().content();
        assertThat(stored.areas()).containsExactly("GG3406", "PV27");
        assertThat(stored.photo()).isNotNull();

        String desk = mvc.perform(get("/alerts").with(user(coordinator).roles("COORDINATOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(desk).contains("Nitazeen in Amsterdam", "/alerts/" + id);
        var page = mvc.perform(get("/alerts/" + id).with(user(coordinator).roles("COORDINATOR")))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Goedkeuren en publiceren", "Auditlog", analyst, "value=\"GG3406 PV27\"", "value=\"Tesla\"");
        assertThat(mvc.perform(get("/alerts/" + id).with(user(analyst).roles("ANALYST")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("only coordinators are offered the approval")
                .doesNotContain("Goedkeuren en publiceren");
        mvc.perform(post("/alerts/" + id + "/approval")
                .with(user(coordinator).roles("COORDINATOR"))
                .with(csrf()));
        assertThat(alerts.find(id).orElseThrow().warning().state()).isEqualTo(WarningState.PUBLISHED);
        String cap = alerts.latestMessage(id).orElseThrow().xml();
        CapSchema.assertValid(cap);
        assertThat(cap).contains("/warnings/photos/" + stored.photo(), "image/png");
        MockHttpServletResponse photo = anonymous(get("/warnings/photos/" + stored.photo()));
        assertThat(photo.getContentType()).isEqualTo("image/png");
        assertThat(photo.getContentAsByteArray()).isEqualTo(PNG);

        MockHttpServletResponse notAnImage = mvc.perform(multipart("/alerts")
                        .file(new MockMultipartFile("photoFile", "pill.png", "image/png", "<svg/>".getBytes()))
                        .param("nlHeadline", "x")
                        .with(user(analyst).roles("ANALYST"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        String missing = mvc.perform(multipart("/alerts")
                        .param("nlHeadline", "x")
                        .with(user(analyst).roles("ANALYST"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(missing)
                .as("a form with its fields left empty, in Dutch")
                .contains("id=\"urgency-error\"", "is verplicht")
                .doesNotContain(">required<");
        assertThat(notAnImage.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .as("the desk page in Dutch")
                .contains("id=\"photo-error\"", "is geen JPEG-, PNG- of WebP-afbeelding")
                .doesNotContain("not a JPEG");
        MockHttpServletResponse inEnglish = mvc.perform(multipart("/alerts")
                        .file(new MockMultipartFile("photoFile", "pill.png", "image/png", "<svg/>".getBytes()))
                        .param("nlHeadline", "x")
                        .param("lang", "en")
                        .with(user(analyst).roles("ANALYST"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(inEnglish.getContentAsString()).contains("id=\"photo-error\"", "not a JPEG, PNG or WebP image");
    }

    @Test
    void anEscalatedSignalArrivesOnTheDeskAsADraftOfWhoeverEscalatedIt() {
        UUID signalId = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO signal_signal (id, kind, subject_scope, subject, subject_name, region, priority,
                                                   score, state, rule_version, first_evidence_on, last_evidence_on,
                                                   evidence_count, detected_at, updated_at)
                        VALUES (:id, 'POTENT_OPIOID_MIS_SOLD', 'SUBSTANCE', 'protonitazene', 'Protonitazene',
                                'GG3406', 1, 1.0, 'NEW', 1, :day, :day, 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                        """)
                .param("id", signalId)
                .param("day", LocalDate.now().minusDays(3))
                .update();
        signals.move(signalId, SignalState.TRIAGED, null, analyst);
        signals.move(signalId, SignalState.ESCALATED, null, analyst);

        Warning draft = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> alerts.list(Set.of(WarningState.DRAFT), 1000).stream()
                                .map(WarningSummary::warning)
                                .filter(w -> signalId.equals(w.signalId()))
                                .findFirst()
                                .orElse(null),
                        w -> w != null);
        assertThat(draft.createdBy()).isEqualTo(analyst);
        WarningContent content = alerts.find(draft.id()).orElseThrow().latest().content();
        assertThat(content.nl().headline()).contains("Protonitazene", "GG3406");
        assertThat(content.en()).isNotNull();
        assertThat(content.areas()).containsExactly("GG3406");
    }

    private MockHttpServletResponse call(String account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic(account, passwords.get(account))))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
