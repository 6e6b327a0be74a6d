/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.ingest.AgeBand;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.ingest.TabletFeatures;
import nl.signaal.shared.IsoWeek;
import nl.signaal.signal.internal.RuleSets;
import nl.signaal.surveillance.SeriesKey;
import nl.signaal.surveillance.StatisticalAlarmRaised;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signal module on top of ingestion and substance recognition, on both databases: the rules fire on the records
 * they are meant for and not on others, evidence of one danger joins one signal, statistical alarms become evidence,
 * and the workflow keeps its history.
 */
class SignalIntegrationTests {

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

    /** Collects what the module publishes: listeners run asynchronously, after the ingesting transaction. */
    @TestConfiguration
    static class Published {

        final List<SignalDetected> detected = new CopyOnWriteArrayList<>();
        final List<SignalEscalated> escalated = new CopyOnWriteArrayList<>();

        @EventListener
        void on(SignalDetected event) {
            detected.add(event);
        }

        @EventListener
        void on(SignalEscalated event) {
            escalated.add(event);
        }
    }

    @Import(Published.class)
    abstract static class Contract {

        /** Recent enough for the rules (they judge records of the last 365 days), whatever day the tests run. */
        static final LocalDate DAY = LocalDate.now().minusDays(30);

        /** Listeners run after the ingesting transaction, on a machine that may be busy with other builds. */
        static final java.time.Duration WAIT = java.time.Duration.ofSeconds(60);

        @Autowired
        IngestManagement ingest;

        @Autowired
        AccessManagement access;

        @Autowired
        SignalManagement signals;

        @Autowired
        RuleSets ruleSets;

        @Autowired
        Published published;

        @Autowired
        org.springframework.context.ApplicationEventPublisher events;

        @Autowired
        TransactionTemplate transactions;

        UUID lab;
        String prefix;

        @BeforeEach
        void lab() {
            prefix = UUID.randomUUID().toString().substring(0, 8);
            lab = access.ensureOrganisation("lab-" + prefix, "Lab").id();
        }

        @Test
        void aNitazeneSoldAsOxycodoneIsOneUrgentSignalThatLaterSamplesJoin() {
            store(sample("N1", "GG3406", DAY, "oxycodone", null, result("protonitazene", null)));

            Signal signal = awaitSignal("protonitazene", s -> s.evidenceCount() == 3);
            assertThat(signal.kind()).isEqualTo(SignalKind.POTENT_OPIOID_MIS_SOLD);
            assertThat(signal.priority()).isEqualTo(1);
            assertThat(signal.region()).as("a product is one national signal").isEqualTo("NL");
            assertThat(signal.ruleVersion()).isEqualTo(ruleSets.current().version());
            SignalDetail detail = signals.find(signal.id()).orElseThrow();
            assertThat(detail.evidence())
                    .as("the rule, and the first detections in the country and in the region (a nitazene)")
                    .extracting(Evidence::kind, Evidence::summary)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(
                                    SignalKind.POTENT_OPIOID_MIS_SOLD,
                                    "protonitazene in samples " + prefix + "N1, sold as oxycodone (oxycodone)"),
                            org.assertj.core.groups.Tuple.tuple(
                                    SignalKind.FIRST_DETECTION,
                                    "first detection of protonitazene in the Netherlands (reported as \"protonitazene\")"),
                            org.assertj.core.groups.Tuple.tuple(
                                    SignalKind.FIRST_DETECTION,
                                    "first detection of protonitazene in GG3406 (reported as \"protonitazene\")"));
            assertThat(detail.evidence()).extracting(Evidence::externalId).containsOnly(prefix + "N1");
            assertThat(detail.evidence()).extracting(Evidence::region).containsOnly("GG3406", "NL");
            assertThat(published.detected)
                    .filteredOn(d -> d.signalId().equals(signal.id()))
                    .hasSize(1);

            store(sample("N2", "GG0111", DAY.plusDays(3), "oxycodone", null, result("protonitazeen", null)));

            Signal joined = awaitSignal("protonitazene", s -> s.evidenceCount() == 5);
            assertThat(joined.id()).isEqualTo(signal.id());
            assertThat(joined.lastEvidenceOn()).isEqualTo(DAY.plusDays(3));
            assertThat(signals.signals(query("protonitazene"))).hasSize(1);
        }

        @Test
        void aHighDoseOpensASignalOnlyWhenTwoUnitsOfOneProductExceedTheThreshold() {
            store(sample("H1", "GG2514", DAY, "XTC", tablet("Tesla", "red"), mdma("280")));
            store(sample("H2", "GG2514", DAY.plusDays(1), "XTC", tablet("Rolex", "blue"), mdma("290")));
            store(sample("H3", "GG2514", DAY.plusDays(1), "XTC", tablet("Tesla", "red"), mdma("240")));
            store(sample("H4", "GG1009", DAY.plusDays(5), "XTC", tablet("Tesla", "Red"), mdma("300")));

            Signal signal = awaitSignal("mdma", s -> s.kind() == SignalKind.HIGH_DOSE && s.evidenceCount() == 2);
            assertThat(signal.kind()).isEqualTo(SignalKind.HIGH_DOSE);
            assertThat(signal.product()).isEqualTo("red tesla");
            assertThat(signals.find(signal.id()).orElseThrow().evidence())
                    .extracting(Evidence::externalId)
                    .containsExactlyInAnyOrder(prefix + "H1", prefix + "H4");
            assertThat(signals.signals(query("mdma")))
                    .as("one blue Rolex above the threshold and a red Tesla below it open nothing")
                    .filteredOn(s -> s.kind() == SignalKind.HIGH_DOSE)
                    .hasSize(1);
        }

        @Test
        void threeSevereIncidentsWithOneSubstanceInARegionWithinAWeekAreACluster() {
            // seen long ago, so that GHB is no first detection now
            store(incident("I0", "GG7206", LocalDate.now().minusDays(500), 1, "GHB"));
            // batches are handled concurrently: the old one must be known before the new ones arrive, or one of
            // them could be handled first and be GHB's first detection
            awaitNoMoreWork();
            store(incident("I1", "GG7206", DAY, 3, "GHB"));
            store(incident("I2", "GG7206", DAY.plusDays(2), 1, "GHB"));
            store(incident("I3", "GG7206", DAY.plusDays(3), 4, "GHB"));
            store(incident("I4", "GG0111", DAY.plusDays(3), 4, "GHB"));
            awaitNoMoreWork();
            assertThat(signals.signals(query("ghb")))
                    .as("two severe in one region")
                    .isEmpty();

            store(incident("I5", "GG7206", DAY.plusDays(6), 3, "G"));

            Signal signal = awaitSignal("ghb", s -> s.kind() == SignalKind.INCIDENT_CLUSTER);
            assertThat(signal.kind()).isEqualTo(SignalKind.INCIDENT_CLUSTER);
            assertThat(signal.region()).isEqualTo("GG7206");
            assertThat(signals.find(signal.id()).orElseThrow().evidence())
                    .extracting(Evidence::externalId)
                    .containsExactlyInAnyOrder(prefix + "I1", prefix + "I3", prefix + "I5");
        }

        @Test
        void aRecordOlderThanTheRulesJudgeIsHistoryAndFiresNothing() {
            store(sample(
                    "O1", "GG3406", LocalDate.now().minusDays(400), "heroin", null, result("isotonitazene", null)));
            awaitNoMoreWork();

            assertThat(signals.signals(query("isotonitazene"))).isEmpty();
        }

        @Test
        void aStatisticalAlarmIsEvidenceOnceHoweverOftenItIsPublished() {
            SeriesKey series = new SeriesKey(ObservationKind.INCIDENT, SeriesKey.Scope.SUBSTANCE, "cocaine", "GG4607");
            var alarm = new StatisticalAlarmRaised(
                    UUID.randomUUID(), "farrington-flexible", series, IsoWeek.of(DAY), 9, 2.5, 6.1);
            transactions.executeWithoutResult(status -> events.publishEvent(alarm));
            transactions.executeWithoutResult(status -> events.publishEvent(alarm));

            Signal signal = awaitSignal("cocaine", s -> s.kind() == SignalKind.STATISTICAL_ABERRATION);
            awaitNoMoreWork();
            assertThat(signal.region()).isEqualTo("GG4607");
            assertThat(signal.ruleVersion()).as("no rule fired").isZero();
            var evidence = signals.find(signal.id()).orElseThrow().evidence();
            assertThat(evidence).hasSize(1);
            assertThat(evidence.getFirst().summary()).contains("9 observed", "farrington-flexible", "GG4607");
            assertThat(evidence.getFirst().date())
                    .isEqualTo(IsoWeek.of(DAY).monday().plusDays(6));
        }

        @Test
        void alarmsOfBroadGroupsAndOfRegionalSampleSeriesOpenNothingOnTheirOwn() {
            publish(alarm(new SeriesKey(ObservationKind.SAMPLE, SeriesKey.Scope.GROUP, "stimulants", "NL")));
            publish(alarm(new SeriesKey(ObservationKind.SAMPLE, SeriesKey.Scope.SUBSTANCE, "2c-b", "GG0111")));
            publish(alarm(new SeriesKey(ObservationKind.INCIDENT, SeriesKey.Scope.SUBSTANCE, "ethanol", "NL")));
            awaitNoMoreWork();

            assertThat(signals.signals(query("stimulants"))).isEmpty();
            assertThat(signals.signals(query("2c-b"))).isEmpty();
            assertThat(signals.signals(query("ethanol"))).isEmpty();

            publish(alarm(new SeriesKey(ObservationKind.SAMPLE, SeriesKey.Scope.SUBSTANCE, "2c-b", "NL")));
            awaitSignal("2c-b", s -> true);
            publish(alarm(new SeriesKey(ObservationKind.SAMPLE, SeriesKey.Scope.SUBSTANCE, "2c-b", "GG2209")));

            Signal signal = awaitSignal("2c-b", s -> s.evidenceCount() == 2);
            assertThat(signal.region())
                    .as("the regional alarm supports the national signal")
                    .isEqualTo("NL");
        }

        private StatisticalAlarmRaised alarm(SeriesKey series) {
            return new StatisticalAlarmRaised(
                    UUID.randomUUID(), "farrington-flexible", series, IsoWeek.of(DAY), 12, 3.0, 8.2);
        }

        private void publish(Object event) {
            transactions.executeWithoutResult(status -> events.publishEvent(event));
        }

        @Test
        void theWorkflowMovesOnlyForwardAndKeepsEveryStepInTheHistory() {
            store(sample("W1", "GG2209", DAY, "heroin", null, result("metonitazene", null)));
            Signal signal = awaitSignal("metonitazene", s -> true);

            assertThatThrownBy(() -> signals.move(signal.id(), SignalState.ESCALATED, null, "analyst"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot become ESCALATED");
            assertThatThrownBy(() -> signals.move(signal.id(), SignalState.DISMISSED, " ", "analyst"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("reason");
            signals.assign(signal.id(), "analyst", "coordinator");
            signals.move(signal.id(), SignalState.TRIAGED, null, "analyst");
            signals.comment(signal.id(), "Two users in hospital; lab confirms.", "analyst");
            Signal escalated = signals.move(signal.id(), SignalState.ESCALATED, "warn the public", "analyst");

            assertThat(escalated.state()).isEqualTo(SignalState.ESCALATED);
            assertThat(escalated.assignee()).isEqualTo("analyst");
            assertThat(signals.find(signal.id()).orElseThrow().history())
                    .extracting(HistoryEntry::actor, HistoryEntry::action, HistoryEntry::toState, HistoryEntry::text)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "signaal",
                                    "opened",
                                    SignalState.NEW,
                                    signals.find(signal.id())
                                            .orElseThrow()
                                            .history()
                                            .getFirst()
                                            .text()),
                            org.assertj.core.groups.Tuple.tuple("coordinator", "assigned", null, "analyst"),
                            org.assertj.core.groups.Tuple.tuple("analyst", "state", SignalState.TRIAGED, null),
                            org.assertj.core.groups.Tuple.tuple(
                                    "analyst", "comment", null, "Two users in hospital; lab confirms."),
                            org.assertj.core.groups.Tuple.tuple(
                                    "analyst", "state", SignalState.ESCALATED, "warn the public"));
            await().untilAsserted(() -> assertThat(published.escalated)
                    .extracting(SignalEscalated::signalId)
                    .contains(signal.id()));
            assertThatThrownBy(() -> signals.move(signal.id(), SignalState.DISMISSED, "late", "analyst"))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void aDismissedSignalSilencesRepeatsButNotMoreUrgentEvidence() {
            // seen long ago, so that PMMA is no first detection now
            store(sample("D0", "GG2707", LocalDate.now().minusDays(500), "XTC", null, result("PMMA", null)));
            awaitNoMoreWork();
            store(sample("D1", "GG2707", DAY, "XTC", null, result("PMMA", null), mdmaResult("120")));
            Signal adulterant = awaitSignal("pmma", s -> true);
            assertThat(adulterant.kind()).isEqualTo(SignalKind.DANGEROUS_ADULTERANT);
            signals.move(adulterant.id(), SignalState.DISMISSED, "known batch, already warned", "analyst");

            store(sample("D2", "GG2707", DAY.plusDays(2), "XTC", null, result("PMMA", null), mdmaResult("110")));
            awaitSignal("pmma", s -> s.evidenceCount() == 2);
            assertThat(signals.signals(query("pmma"))).hasSize(1);

            store(sample("D3", "GG2707", DAY.plusDays(4), "XTC", null, result("PMMA", null)));

            Signal misSold = awaitSignal("pmma", s -> s.state() == SignalState.NEW);
            assertThat(misSold.kind())
                    .as("PMMA without any MDMA, sold as XTC, is more urgent than an adulterant")
                    .isEqualTo(SignalKind.MIS_SOLD);
            assertThat(signals.signals(query("pmma"))).hasSize(2);
        }

        @Test
        void aNewVersionOfTheRulesTakesEffectAndSignalsRecordIt() {
            store(incident("R0", "GG1106", LocalDate.now().minusDays(500), 1, "ketamine"));
            awaitNoMoreWork();
            String rules =
                    ruleSets.current().rules().toJson().replace("\"min_incidents\" : 3", "\"min_incidents\" : 2");
            assertThat(rules).contains("\"min_incidents\" : 2");
            var version = ruleSets.add(rules, null, "admin", "two incidents are enough");
            try {
                store(incident("R1", "GG1106", DAY, 3, "ketamine"));
                store(incident("R2", "GG1106", DAY.plusDays(1), 4, "ketamine"));

                Signal signal = awaitSignal("ketamine", s -> s.kind() == SignalKind.INCIDENT_CLUSTER);
                assertThat(signal.ruleVersion()).isEqualTo(version.version());
            } finally {
                ruleSets.add(
                        ruleSets.current().rules().toJson().replace("\"min_incidents\" : 2", "\"min_incidents\" : 3"),
                        null,
                        "admin",
                        "back to three");
            }
            assertThatThrownBy(() -> ruleSets.add(
                            rules.replace("\"fusion_days\"", "\"fusion_dayz\" : 1, \"fusion_days\""), null, "a", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("fusion_dayz");
            assertThatThrownBy(() -> ruleSets.add(rules.replace("\"pmma\"", "\"pmmma\""), null, "a", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pmmma");
        }

        // --- helpers

        private SignalQuery query(String subject) {
            return new SignalQuery(Set.of(), null, null, subject, 100);
        }

        private Signal awaitSignal(String subject, java.util.function.Predicate<Signal> condition) {
            List<Signal> found = new ArrayList<>();
            await().atMost(WAIT).untilAsserted(() -> {
                found.clear();
                found.addAll(signals.signals(query(subject)).stream()
                        .filter(condition)
                        .toList());
                assertThat(found).isNotEmpty();
            });
            return found.getFirst();
        }

        /** Waits until the application has handled every event it published (the registry has none left open). */
        private void awaitNoMoreWork() {
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(incompletePublications()).isEmpty());
        }

        @Autowired
        org.springframework.jdbc.core.simple.JdbcClient jdbc;

        private List<String> incompletePublications() {
            return jdbc.sql("SELECT listener_id FROM event_publication WHERE completion_date IS NULL")
                    .query(String.class)
                    .list();
        }

        private void store(SampleRecord sample) {
            ingest.ingest(ObservationKind.SAMPLE, lab, List.of(sample), "test");
        }

        private void store(IncidentRecord incident) {
            ingest.ingest(ObservationKind.INCIDENT, lab, List.of(incident), "test");
        }

        private SampleRecord sample(
                String id,
                String region,
                LocalDate date,
                String soldAs,
                @org.jspecify.annotations.Nullable TabletFeatures tablet,
                LabResult... results) {
            return new SampleRecord(
                    prefix + id,
                    date,
                    null,
                    null,
                    region,
                    null,
                    null,
                    soldAs,
                    SampleRecord.Form.TABLET,
                    tablet,
                    null,
                    SampleRecord.PurchaseChannel.ONLINE,
                    null,
                    List.of(results),
                    null);
        }

        private static TabletFeatures tablet(String logo, String colour) {
            return new TabletFeatures(logo, colour, null, null, null, null);
        }

        private static LabResult result(String substance, @org.jspecify.annotations.Nullable String mg) {
            return new LabResult(
                    substance,
                    mg == null ? null : new BigDecimal(mg),
                    mg == null ? null : LabResult.Unit.MG_PER_UNIT,
                    null,
                    LabResult.Abundance.MAJOR,
                    "GC-MS");
        }

        private static LabResult mdma(String mg) {
            return mdmaResult(mg);
        }

        private static LabResult mdmaResult(String mg) {
            return new LabResult(
                    "MDMA",
                    new BigDecimal(mg),
                    LabResult.Unit.MG_PER_UNIT,
                    LabResult.SaltForm.HYDROCHLORIDE,
                    LabResult.Abundance.MAJOR,
                    "GC-MS");
        }

        private IncidentRecord incident(String id, String region, LocalDate date, int severity, String substance) {
            return new IncidentRecord(
                    prefix + id,
                    date,
                    null,
                    region,
                    null,
                    IncidentRecord.Setting.HOME,
                    AgeBand.values()[2],
                    null,
                    severity,
                    null,
                    null,
                    IncidentRecord.ReporterType.AMBULANCE,
                    List.of(new IncidentRecord.ReportedSubstance(
                            substance, IncidentRecord.ReportedSubstance.Status.CONFIRMED)));
        }
    }
}
