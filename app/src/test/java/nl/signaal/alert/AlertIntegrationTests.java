/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.signaal.TestDatabases;
import nl.signaal.alert.internal.CapDocuments;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A warning's lifecycle on both databases: four eyes, publication as a CAP Alert, an Update that references it, a
 * Cancel that references both, expiry; every CAP message valid against the OASIS schema; every step in the audit log.
 */
class AlertIntegrationTests {

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

    @TestConfiguration
    static class Published {

        final List<WarningPublished> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(WarningPublished event) {
            events.add(event);
        }
    }

    @Import(Published.class)
    abstract static class Contract {

        @Autowired
        AlertManagement alerts;

        @Autowired
        Published published;

        @Test
        void aWarningIsApprovedByAnotherCoordinatorUpdatedAndCancelledWithReferences() {
            String headline = "Protonitazeen in nep-oxycodon " + UUID.randomUUID();
            Warning draft = alerts.draft(WarningFixtures.nitazene(headline, List.of("GG3406", "PV28")), null, "ann");
            assertThat(draft.state()).isEqualTo(WarningState.DRAFT);
            assertThat(draft.awaitsApproval()).isTrue();
            assertThat(alerts.current()).noneMatch(w -> w.id().equals(draft.id()));
            assertThat(alerts.latestMessage(draft.id())).isEmpty();

            assertThatThrownBy(() -> alerts.approve(draft.id(), "ann"))
                    .isInstanceOf(FourEyesException.class)
                    .hasMessageContaining("another coordinator");
            // whoever edits a version becomes one of its writers
            alerts.edit(draft.id(), WarningFixtures.nitazene(headline, List.of("GG3406")), "bob");
            assertThatThrownBy(() -> alerts.approve(draft.id(), "bob")).isInstanceOf(FourEyesException.class);

            Warning live = alerts.approve(draft.id(), "cleo");
            assertThat(live.state()).isEqualTo(WarningState.PUBLISHED);
            assertThat(live.publishedVersion()).isEqualTo(1);
            assertThat(live.firstPublishedAt()).isNotNull();
            CapMessage alert = alerts.latestMessage(draft.id()).orElseThrow();
            assertThat(alert.messageType()).isEqualTo("Alert");
            CapSchema.assertValid(alert.xml());
            assertThat(alert.xml())
                    .contains(headline, "<msgType>Alert</msgType>", "GG3406")
                    .doesNotContain("<references>");
            assertThat(alerts.current()).anyMatch(w -> w.id().equals(draft.id()) && w.version() == 1);
            assertThatThrownBy(() -> alerts.approve(draft.id(), "dirk")).isInstanceOf(IllegalStateException.class);

            String newHeadline = headline + " (ook in Rotterdam)";
            alerts.revise(draft.id(), WarningFixtures.nitazene(newHeadline, List.of("GG3406", "GG4607")), "ann");
            // the public still sees version 1 until version 2 is approved
            assertThat(alerts.published(draft.id()).orElseThrow().version()).isEqualTo(1);
            assertThatThrownBy(() ->
                            alerts.revise(draft.id(), WarningFixtures.nitazene(newHeadline, List.of("NL")), "ann"))
                    .isInstanceOf(IllegalStateException.class);
            alerts.approve(draft.id(), "cleo");
            CapMessage update = alerts.latestMessage(draft.id()).orElseThrow();
            CapSchema.assertValid(update.xml());
            assertThat(update.messageType()).isEqualTo("Update");
            assertThat(update.xml())
                    .contains(newHeadline, "<msgType>Update</msgType>", "<references>")
                    .contains(alert.identifier() + "," + CapDocuments.dateTime(alert.sent()));
            assertThat(alerts.published(draft.id()).orElseThrow().version()).isEqualTo(2);

            Warning cancelled = alerts.cancel(draft.id(), "De tabletten bleken niet in omloop", "dirk");
            assertThat(cancelled.state()).isEqualTo(WarningState.CANCELLED);
            CapMessage cancel = alerts.latestMessage(draft.id()).orElseThrow();
            CapSchema.assertValid(cancel.xml());
            assertThat(cancel.xml())
                    .contains("<msgType>Cancel</msgType>")
                    .contains(alert.identifier() + "," + CapDocuments.dateTime(alert.sent()))
                    .contains(update.identifier() + "," + CapDocuments.dateTime(update.sent()));
            assertThat(alerts.current())
                    .as("a cancellation stays in the feeds for a while")
                    .anyMatch(w -> w.id().equals(draft.id()) && w.state() == WarningState.CANCELLED);
            assertThatThrownBy(() -> alerts.cancel(draft.id(), "again", "dirk"))
                    .isInstanceOf(IllegalStateException.class);

            WarningDetail detail = alerts.find(draft.id()).orElseThrow();
            assertThat(detail.messages())
                    .extracting(CapMessage::messageType)
                    .containsExactly("Alert", "Update", "Cancel");
            assertThat(detail.history())
                    .extracting(e -> e.action() + " " + e.actor() + " v" + e.version())
                    .containsExactly(
                            "drafted ann v1",
                            "edited bob v1",
                            "approved cleo v1",
                            "published cleo v1",
                            "revised ann v2",
                            "approved cleo v2",
                            "published cleo v2",
                            "cancelled dirk v2");
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(published.events)
                            .filteredOn(e -> e.warningId().equals(draft.id()))
                            .extracting(WarningPublished::messageType)
                            .containsExactly("Alert", "Update", "Cancel"));
        }

        @Test
        void contentIsCheckedFieldByFieldAndNothingIsStored() {
            WarningContent good = WarningFixtures.nitazene("Kop", List.of("GG3406"));
            WarningContent bad = new WarningContent(
                    new WarningText(" ", "Kop", "", "Advies"),
                    null,
                    Set.of(),
                    good.urgency(),
                    good.severity(),
                    good.certainty(),
                    good.response(),
                    List.of("GG9999", "NL"),
                    good.features(),
                    null,
                    Instant.now().minusSeconds(60));
            int before = alerts.list(EnumSet.allOf(WarningState.class), 1000).size();
            assertThatThrownBy(() -> alerts.draft(bad, null, "ann"))
                    .isInstanceOfSatisfying(
                            InvalidWarningException.class,
                            e -> assertThat(e.problems())
                                    .containsOnlyKeys(
                                            "nl.event", "nl.description", "audience", "areas", "valid_until"));
            assertThat(alerts.list(EnumSet.allOf(WarningState.class), 1000)).hasSize(before);
        }

        @Test
        void aDraftCanBeDiscardedWithoutAnyMessage() {
            Warning draft = alerts.draft(WarningFixtures.nitazene("Weg ermee", List.of("NL")), null, "ann");
            assertThatThrownBy(() -> alerts.cancel(draft.id(), " ", "cleo"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(alerts.cancel(draft.id(), "dubbel", "cleo").state()).isEqualTo(WarningState.CANCELLED);
            assertThat(alerts.latestMessage(draft.id())).isEmpty();
            assertThat(alerts.find(draft.id()).orElseThrow().history())
                    .extracting(AuditEntry::action)
                    .containsExactly("drafted", "discarded");
        }

        @Test
        void aPublishedWarningExpiresWhenItsValidityEnds() throws InterruptedException {
            Instant soon = Instant.now().plusSeconds(2);
            Warning draft = alerts.draft(
                    WarningFixtures.withValidUntil(WarningFixtures.nitazene("Kort", List.of("NL")), soon), null, "ann");
            alerts.approve(draft.id(), "cleo");
            assertThat(alerts.current()).anyMatch(w -> w.id().equals(draft.id()));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        alerts.expire();
                        return alerts.find(draft.id()).orElseThrow().warning().state() == WarningState.EXPIRED;
                    });
            assertThat(alerts.current()).noneMatch(w -> w.id().equals(draft.id()));
            assertThat(alerts.find(draft.id()).orElseThrow().history())
                    .extracting(e -> e.action() + " " + e.actor())
                    .endsWith("expired signaal");
        }
    }
}
