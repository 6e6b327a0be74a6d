/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.signaal.TestDatabases;
import nl.signaal.alert.AlertManagement;
import nl.signaal.alert.Audience;
import nl.signaal.alert.CapSchema;
import nl.signaal.alert.Severity;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warnings reach their subscribers, on both databases: a webhook (a real HTTP server) gets every message, signed, in
 * the order issued; a mailbox on a real SMTP server (GreenMail) gets the e-mails; subscribers of another area, or who
 * want only more severe warnings, get nothing.
 */
class DeliveryIntegrationTests {

    static final WebhookReceiver RECEIVER = new WebhookReceiver();
    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }

    static void delivery(DynamicPropertyRegistry registry) {
        registry.add("signaal.alert.delivery.enabled", () -> "true");
        registry.add("signaal.alert.delivery.poll", () -> "PT0.2S");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        RECEIVER.close();
    }

    @Nested
    @SpringBootTest
    @ActiveProfiles("test")
    class OnH2 extends Contract {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.h2(registry);
            delivery(registry);
        }
    }

    @Nested
    @SpringBootTest
    @ActiveProfiles("test")
    class OnPostgres extends Contract {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.postgres(registry);
            delivery(registry);
        }
    }

    abstract static class Contract {

        @Autowired
        AlertManagement alerts;

        @Autowired
        Deliveries deliveries;

        @Test
        void everyMessageReachesTheSubscribersItConcernsSignedAndInOrder() throws Exception {
            String run = UUID.randomUUID().toString();
            Subscription hook = deliveries.subscribe(
                    Subscription.Channel.WEBHOOK,
                    RECEIVER.url("/hook/" + run),
                    "en",
                    List.of("GG3406"),
                    Severity.SEVERE,
                    Set.of(Audience.PROFESSIONALS),
                    "coordinator");
            String address = "ggd-" + run.substring(0, 8) + "@example.org";
            deliveries.subscribe(
                    Subscription.Channel.EMAIL,
                    address,
                    "nl",
                    List.of("PV27"),
                    Severity.MODERATE,
                    Set.of(Audience.PUBLIC),
                    "coordinator");
            deliveries.subscribe(
                    Subscription.Channel.WEBHOOK,
                    RECEIVER.url("/elsewhere/" + run),
                    "nl",
                    List.of("GG6106"),
                    Severity.UNKNOWN,
                    Set.of(Audience.PUBLIC),
                    "coordinator");
            deliveries.subscribe(
                    Subscription.Channel.WEBHOOK,
                    RECEIVER.url("/extreme-only/" + run),
                    "nl",
                    List.of(),
                    Severity.EXTREME,
                    Set.of(Audience.PUBLIC),
                    "coordinator");

            String headline = "Nitazeen " + run;
            WarningContent severe = severe(WarningFixtures.nitazene(headline, List.of("GG3406")));
            UUID id = alerts.draft(severe, null, "ann").id();
            alerts.approve(id, "cleo");
            alerts.revise(id, severe(WarningFixtures.nitazene(headline + " v2", List.of("GG3406"))), "ann");
            alerts.approve(id, "cleo");
            alerts.cancel(id, "vergissing", "cleo");
            List<String> identifiers = alerts.find(id).orElseThrow().messages().stream()
                    .map(m -> m.identifier())
                    .toList();

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(RECEIVER.at("/hook/" + run)).hasSize(3));
            List<JsonNode> bodies = RECEIVER.at("/hook/" + run).stream()
                    .map(r -> JsonMapper.shared().readTree(r.body()))
                    .toList();
            assertThat(bodies)
                    .extracting(b -> b.get("cap_identifier").asString())
                    .isEqualTo(identifiers);
            assertThat(bodies)
                    .extracting(b -> b.get("message_type").asString())
                    .containsExactly("Alert", "Update", "Cancel");
            assertThat(bodies.getFirst().get("headline").asString())
                    .as("in the subscriber's language")
                    .isEqualTo("Protonitazene in fake oxycodone tablets");
            for (WebhookReceiver.Received r : RECEIVER.at("/hook/" + run)) {
                assertThat(r.headers().get("X-Signaal-Signature")).isEqualTo("sha256=" + hmac(hook.secret(), r.body()));
                CapSchema.assertValid(
                        JsonMapper.shared().readTree(r.body()).get("cap").asString());
            }
            assertThat(RECEIVER.at("/hook/" + run))
                    .extracting(r -> r.headers().get("Idempotency-Key"))
                    .doesNotHaveDuplicates();

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(to(address)).hasSize(3));
            List<MimeMessage> mails = to(address);
            assertThat(mails.get(0).getSubject()).isEqualTo("[Signaal] " + headline);
            assertThat(mails.get(1).getSubject()).isEqualTo("[Signaal] Bijgewerkt: " + headline + " v2");
            assertThat(mails.get(2).getSubject()).startsWith("[Signaal] Ingetrokken: ");
            assertThat((String) mails.get(0).getContent()).contains("Gebruik deze tabletten niet", "/warnings/" + id);

            // the others: wrong area, not severe enough
            Thread.sleep(1_000);
            assertThat(RECEIVER.at("/elsewhere/" + run)).isEmpty();
            assertThat(RECEIVER.at("/extreme-only/" + run)).isEmpty();
            assertThat(alerts.effectiveness(id).deliveries().delivered()).isEqualTo(6);
        }

        private static WarningContent severe(WarningContent c) {
            return new WarningContent(
                    c.nl(),
                    c.en(),
                    c.audience(),
                    c.urgency(),
                    Severity.SEVERE,
                    c.certainty(),
                    c.response(),
                    c.areas(),
                    c.features(),
                    c.photo(),
                    c.validUntil());
        }

        private static List<MimeMessage> to(String address) {
            return Arrays.stream(MAIL.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return Arrays.stream(m.getAllRecipients())
                                    .anyMatch(a -> a.toString().equals(address));
                        } catch (jakarta.mail.MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
    }

    static String hmac(String secret, byte[] body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body));
    }
}
