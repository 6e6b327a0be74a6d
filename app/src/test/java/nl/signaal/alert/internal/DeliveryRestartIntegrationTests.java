/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.signaal.SignaalApplication;
import nl.signaal.alert.AlertManagement;
import nl.signaal.alert.Audience;
import nl.signaal.alert.CapMessage;
import nl.signaal.alert.CapSchema;
import nl.signaal.alert.Severity;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subscriber that is down for an hour gets everything, in order, when it comes back, with Signaal restarted in
 * between: the webhook answers 503 and there is no mail server while three messages are issued; the attempts back off
 * (1 s, 2 s, 4 s on the test's clock) and only the oldest message is tried; Signaal stops; an hour later the receiver
 * is back, a mail server is up, and a new Signaal process on the same database delivers all three to both, in the
 * order they were issued, each once.
 */
class DeliveryRestartIntegrationTests {

    static final MovableClock CLOCK = new MovableClock(Instant.now());

    @TempDir
    Path directory;

    @Test
    void aSubscriberDownForAnHourGetsEverythingInOrderAfterARestart() throws Exception {
        int smtpPort = freePort();
        List<String> identifiers;
        UUID hookId;
        String address = "crisis@example.org";
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.status.set(503);
            try (ConfigurableApplicationContext first = start(smtpPort)) {
                Deliveries deliveries = first.getBean(Deliveries.class);
                AlertManagement alerts = first.getBean(AlertManagement.class);
                hookId = deliveries
                        .subscribe(
                                Subscription.Channel.WEBHOOK,
                                receiver.url("/hook"),
                                "nl",
                                List.of(),
                                Severity.UNKNOWN,
                                Set.of(Audience.PUBLIC),
                                "coordinator")
                        .id();
                UUID mailId = deliveries
                        .subscribe(
                                Subscription.Channel.EMAIL,
                                address,
                                "nl",
                                List.of(),
                                Severity.UNKNOWN,
                                Set.of(Audience.PUBLIC),
                                "coordinator")
                        .id();
                UUID one = publish(alerts, "Eerste", List.of("GG3406"));
                alerts.revise(one, content("Eerste, bijgewerkt", List.of("GG3406", "GG4607")), "ann");
                alerts.approve(one, "cleo");
                UUID two = publish(alerts, "Tweede", List.of("NL"));
                identifiers = List.of(one, two).stream()
                        .flatMap(id -> alerts.find(id).orElseThrow().messages().stream())
                        .map(CapMessage::identifier)
                        .toList();

                // three failed attempts of the oldest message, each after a wait twice as long
                for (int attempt = 1; attempt <= 3; attempt++) {
                    int expected = attempt;
                    await().atMost(Duration.ofSeconds(60))
                            .until(() -> deliveries.log(hookId).size() >= expected
                                    && deliveries.log(mailId).size() >= expected);
                    CLOCK.advance(Duration.ofSeconds(1L << (attempt - 1)));
                }
                List<DeliveryLogEntry> log = deliveries.log(hookId).reversed().subList(0, 3);
                assertThat(log).extracting(DeliveryLogEntry::capIdentifier).containsOnly(identifiers.getFirst());
                assertThat(log).extracting(DeliveryLogEntry::outcome).containsOnly("FAILED");
                assertThat(log).extracting(DeliveryLogEntry::response).containsOnly("HTTP 503");
                assertThat(log)
                        .extracting(e -> Duration.between(e.at(), e.retryAt()).toSeconds())
                        .containsExactly(1L, 2L, 4L);
                assertThat(deliveries.log(mailId).getLast().error()).contains("Mail server connection failed");
                assertThat(receiver.received).isEmpty();
            }

            CLOCK.advance(Duration.ofHours(1));
            receiver.status.set(200);
            GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            try (ConfigurableApplicationContext second = start(smtpPort)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> receiver.received.size() >= 3);
                await().atMost(Duration.ofSeconds(60)).until(() -> mail.getReceivedMessages().length >= 3);
                Thread.sleep(1_000);
                assertThat(receiver.received)
                        .extracting(r -> JsonMapper.shared()
                                .readTree(r.body())
                                .get("cap_identifier")
                                .asString())
                        .containsExactlyElementsOf(identifiers);
                assertThat(receiver.received)
                        .extracting(r -> r.headers().get("Idempotency-Key"))
                        .doesNotHaveDuplicates();
                // this test's application is not a Spring test's, so EveryCapMessageIsValid does not see its messages
                receiver.received.forEach(r -> CapSchema.assertValid(
                        JsonMapper.shared().readTree(r.body()).get("cap").asString()));
                assertThat(Arrays.stream(mail.getReceivedMessages()).map(m -> {
                            try {
                                return m.getSubject();
                            } catch (jakarta.mail.MessagingException e) {
                                throw new IllegalStateException(e);
                            }
                        }))
                        .containsExactly(
                                "[Signaal] Eerste", "[Signaal] Bijgewerkt: Eerste, bijgewerkt", "[Signaal] Tweede");
                assertThat(second.getBean(Deliveries.class)
                                .log(hookId)
                                .getFirst()
                                .outcome())
                        .isEqualTo("DELIVERED");
            } finally {
                mail.stop();
            }
        }
    }

    private ConfigurableApplicationContext start(int smtpPort) {
        return new SpringApplicationBuilder(SignaalApplication.class, TestClock.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("signaal"),
                        "--signaal.data-dir=" + directory,
                        "--signaal.demo.load-when-empty=false",
                        "--signaal.access.create-initial-admin=false",
                        "--signaal.surveillance.schedule=-",
                        "--signaal.alert.delivery.enabled=true",
                        "--signaal.alert.delivery.poll=PT0.2S",
                        "--signaal.alert.delivery.backoff=PT1S",
                        "--signaal.alert.delivery.max-backoff=PT8S",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort,
                        "--logging.level.root=WARN");
    }

    private static UUID publish(AlertManagement alerts, String headline, List<String> areas) {
        UUID id = alerts.draft(content(headline, areas), null, "ann").id();
        alerts.approve(id, "cleo");
        return id;
    }

    private static WarningContent content(String headline, List<String> areas) {
        WarningContent c = WarningFixtures.nitazene(headline, areas);
        return WarningFixtures.withValidUntil(c, CLOCK.instant().plus(Duration.ofDays(30)));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The test's clock wins over the application's: time moves when the test says so. */
    @Configuration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration duration) {
            now.updateAndGet(t -> t.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
