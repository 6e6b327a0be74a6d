/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import nl.signaal.alert.CapSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The "done when", through the API as its users would: a coordinator subscribes a webhook and a mailbox; an
 * analyst escalates a signal and finds its draft, finishes it; a second person, a coordinator, approves it; it is on
 * the public page, in the Atom feed, valid CAP, at the webhook receiver and in the SMTP mailbox.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WarningJourneyIntegrationTests {

    static final WebhookReceiver RECEIVER = new WebhookReceiver();
    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("signaal.alert.delivery.enabled", () -> "true");
        registry.add("signaal.alert.delivery.poll", () -> "PT0.2S");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        RECEIVER.close();
        MAIL.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessManagement access;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftFromASignalApprovedByASecondPersonReachesEveryChannel() throws Exception {
        var centre = access.ensureOrganisation("journey", "Monitoring centre");
        Map<String, String> passwords = Map.of(
                "ana", access.createAccount("ana", centre, Set.of(Role.ANALYST)),
                "coen", access.createAccount("coen", centre, Set.of(Role.COORDINATOR)));

        String hook = call("coen", passwords, post("/api/v1/subscriptions").content("""
                {"channel": "webhook", "target": "%s", "language": "nl", "areas": ["PV27"],
                 "minimum_severity": "severe"}
                """.formatted(
                                RECEIVER.url("/ggd-amsterdam"))))
                .getContentAsString();
        String secret = JsonPath.read(hook, "$.secret");
        call("coen", passwords, post("/api/v1/subscriptions").content("""
                {"channel": "email", "target": "crisisdienst@example.org", "language": "en"}
                """));

        UUID signal = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO signal_signal (id, kind, subject_scope, subject, subject_name, region, priority,
                                                   score, state, rule_version, first_evidence_on, last_evidence_on,
                                                   evidence_count, detected_at, updated_at)
                        VALUES (:id, 'POTENT_OPIOID_MIS_SOLD', 'SUBSTANCE', 'protonitazene', 'Protonitazene',
                                'GG3406', 1, 1.0, 'TRIAGED', 1, :day, :day, 4, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                        """)
                .param("id", signal)
                .param("day", LocalDate.now().minusDays(2))
                .update();
        assertThat(call(
                                "ana",
                                passwords,
                                post("/api/v1/signals/" + signal + "/state").content("{\"state\": \"escalated\"}"))
                        .getStatus())
                .isEqualTo(200);

        String id = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            List<String> ids = JsonPath.read(
                                    call("ana", passwords, get("/api/v1/warnings?state=draft"))
                                            .getContentAsString(),
                                    "$[?(@.warning.signal_id == '" + signal + "')].warning.id");
                            return ids.isEmpty() ? null : ids.getFirst();
                        },
                        found -> found != null);
        String draft = call("ana", passwords, get("/api/v1/warnings/" + id)).getContentAsString();
        Map<String, Object> content = JsonPath.read(draft, "$.versions[-1].content");
        assertThat(JsonPath.<String>read(draft, "$.warning.created_by")).isEqualTo("ana");
        String finished = JsonPath.parse(content)
                .set("$.nl.headline", "Protonitazeen in nep-oxycodon in Amsterdam")
                .set("$.nl.advice", "Gebruik deze tabletten niet; bel 112 bij sufheid of trage ademhaling.")
                .set("$.severity", "EXTREME")
                .set("$.audience", List.of("PROFESSIONALS", "PUBLIC"))
                .jsonString();
        assertThat(call(
                                "ana",
                                passwords,
                                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                                "/api/v1/warnings/" + id + "/draft")
                                        .content(finished))
                        .getStatus())
                .isEqualTo(200);
        assertThat(call("ana", passwords, post("/api/v1/warnings/" + id + "/approval"))
                        .getStatus())
                .as("the analyst cannot publish")
                .isEqualTo(403);
        assertThat(call("coen", passwords, post("/api/v1/warnings/" + id + "/approval"))
                        .getStatus())
                .isEqualTo(200);

        assertThat(anonymous("/warnings/" + id)).contains("Protonitazeen in nep-oxycodon in Amsterdam");
        assertThat(anonymous("/feeds/warnings.atom")).contains("Protonitazeen in nep-oxycodon in Amsterdam");
        String cap = anonymous("/api/v1/warnings/" + id + ".cap");
        CapSchema.assertValid(cap);
        assertThat(cap).contains("<severity>Extreme</severity>", "<value>GG3406</value>");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> RECEIVER.at("/ggd-amsterdam").size() == 1);
        WebhookReceiver.Received received = RECEIVER.at("/ggd-amsterdam").getFirst();
        assertThat(received.headers().get("X-Signaal-Signature"))
                .isEqualTo("sha256=" + DeliveryIntegrationTests.hmac(secret, received.body()));
        await().atMost(Duration.ofSeconds(60)).until(() -> MAIL.getReceivedMessages().length == 1);
        assertThat(MAIL.getReceivedMessages()[0].getSubject()).startsWith("[Signaal] Warning: Protonitazene");
    }

    private MockHttpServletResponse call(
            String account, Map<String, String> passwords, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic(account, passwords.get(account))))
                .andReturn()
                .getResponse();
    }

    private String anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }
}
