/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.bench.evaluation.SignalMatching.Evaluation;
import nl.signaal.bench.evaluation.SignalMatching.EventOutcome;
import nl.signaal.demo.InjectedEvent;
import nl.signaal.demo.Scenario;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;
import nl.signaal.signal.Evidence;
import nl.signaal.signal.Signal;
import nl.signaal.signal.SignalDetail;
import nl.signaal.signal.SignalKind;
import nl.signaal.signal.SignalState;
import org.junit.jupiter.api.Test;

/** Matching hand-made signals to hand-made events, and the delay arithmetic of the scenario evaluation. */
class SignalMatchingUnitTests {

    static final LocalDate WARM_UP_END = LocalDate.of(2025, 8, 31); // a Sunday, end of 2025-W35
    static final List<IsoWeek> REPLAYED =
            List.of(IsoWeek.parse("2025-W36"), IsoWeek.parse("2025-W37"), IsoWeek.parse("2025-W38"));

    /** A nitazene in Amsterdam: first sample handed in on 2 September, its result on 8 September. */
    static EventTruth nitazene() {
        InjectedEvent event = new InjectedEvent(
                "nitazene",
                Scenario.Type.MIS_SOLD,
                "protonitazene",
                "GG3406",
                IsoWeek.parse("2025-W36"),
                IsoWeek.parse("2025-W37"),
                Map.of(
                        ObservationKind.SAMPLE, List.of("DC-2025-W36-0007"),
                        ObservationKind.INCIDENT, List.of("INC-2025-W36-0002")));
        return new EventTruth(
                event,
                Set.of(
                        RecordRef.of(ObservationKind.SAMPLE, "DC-2025-W36-0007"),
                        RecordRef.of(ObservationKind.INCIDENT, "INC-2025-W36-0002")),
                Set.of("protonitazene", "nitazenes", "opioids"),
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 8),
                LocalDate.of(2025, 9, 1));
    }

    /** A national rise of crack incidents, without lab-confirmed records. */
    static EventTruth crack() {
        InjectedEvent event = new InjectedEvent(
                "crack",
                Scenario.Type.INCIDENT_RISE,
                "crack",
                null,
                IsoWeek.parse("2025-W36"),
                IsoWeek.parse("2025-W38"),
                Map.of(ObservationKind.INCIDENT, List.of("INC-2025-W36-0011")));
        return new EventTruth(
                event,
                Set.of(RecordRef.of(ObservationKind.INCIDENT, "INC-2025-W36-0011")),
                Set.of("cocaine", "stimulants"),
                LocalDate.of(2025, 9, 2),
                null,
                LocalDate.of(2025, 9, 2));
    }

    static Instant endOf(int month, int day) {
        return Replay.endOfDay(LocalDate.of(2025, month, day));
    }

    static Signal signal(SignalKind kind, String subject, String region, Instant detectedAt) {
        return new Signal(
                UUID.randomUUID(),
                kind,
                "SUBSTANCE",
                subject,
                subject,
                region,
                null,
                kind.priority(),
                1.0,
                SignalState.NEW,
                null,
                1,
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 1),
                1,
                detectedAt,
                detectedAt);
    }

    static Evidence record(
            SignalKind kind, ObservationKind source, String externalId, LocalDate date, Instant addedAt) {
        return new Evidence(
                UUID.randomUUID(), kind, source, UUID.randomUUID(), externalId, date, "GG3406", 1, "", 1, addedAt);
    }

    static Evidence alarm(LocalDate lastDayOfWeek, String region, Instant addedAt) {
        return new Evidence(
                UUID.randomUUID(),
                SignalKind.STATISTICAL_ABERRATION,
                null,
                null,
                null,
                lastDayOfWeek,
                region,
                0.5,
                "",
                0,
                addedAt);
    }

    static SignalDetail detail(Signal signal, Evidence... evidence) {
        return new SignalDetail(signal, List.of(evidence), List.of());
    }

    static Evaluation evaluate(List<EventTruth> events, SignalDetail... signals) {
        return new SignalMatching(events, WARM_UP_END).evaluate(List.of(signals), REPLAYED);
    }

    @Test
    void aRuleOnOneOfTheEventsRecordsSignalsIt() {
        Signal opened = signal(SignalKind.POTENT_OPIOID_MIS_SOLD, "protonitazene", "GG3406", endOf(9, 8));
        Evaluation evaluation = evaluate(
                List.of(nitazene()),
                detail(
                        opened,
                        record(
                                SignalKind.POTENT_OPIOID_MIS_SOLD,
                                ObservationKind.SAMPLE,
                                "DC-2025-W36-0007",
                                LocalDate.of(2025, 9, 1),
                                endOf(9, 8))));

        EventOutcome outcome = evaluation.events().getFirst();
        assertThat(outcome.evaluated()).isTrue();
        assertThat(outcome.signalledOn()).isEqualTo(LocalDate.of(2025, 9, 8));
        assertThat(outcome.kind()).isEqualTo(SignalKind.POTENT_OPIOID_MIS_SOLD);
        assertThat(outcome.openedSignal()).isTrue();
        assertThat(outcome.delayDays()).isEqualTo(7); // 1 to 8 September
        assertThat(outcome.delayFromLabDays()).isZero(); // signalled the day the lab result arrived
        assertThat(evaluation.signalled()).isEqualTo(1);
        assertThat(evaluation.falseSignals()).isEmpty();
    }

    @Test
    void theEarliestEvidenceCountsAlsoWhenItJoinedASignalOpenedBefore() {
        // a first-detection signal of the same substance was already open; the event's incident joins it on the 3rd
        Signal earlier = signal(SignalKind.FIRST_DETECTION, "protonitazene", "GG3406", endOf(8, 30));
        Signal later = signal(SignalKind.POTENT_OPIOID_MIS_SOLD, "protonitazene", "GG3406", endOf(9, 8));
        Evaluation evaluation = evaluate(
                List.of(nitazene()),
                detail(
                        later,
                        record(
                                SignalKind.POTENT_OPIOID_MIS_SOLD,
                                ObservationKind.SAMPLE,
                                "DC-2025-W36-0007",
                                LocalDate.of(2025, 9, 1),
                                endOf(9, 8))),
                detail(
                        earlier,
                        record(
                                SignalKind.INCIDENT_CLUSTER,
                                ObservationKind.INCIDENT,
                                "INC-2025-W36-0002",
                                LocalDate.of(2025, 9, 1),
                                endOf(9, 3))));

        EventOutcome outcome = evaluation.events().getFirst();
        assertThat(outcome.signalledOn()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(outcome.openedSignal()).isFalse();
        assertThat(outcome.signal()).isEqualTo(earlier);
        assertThat(outcome.delayDays()).isEqualTo(2);
        assertThat(outcome.delayFromLabDays()).isEqualTo(-5); // before the lab: the incidents came first
    }

    @Test
    void aRecordOfAnotherKindWithTheSameIdIsNotTheEvents() {
        Signal s = signal(SignalKind.HIGH_DOSE, "mdma", "GG3406", endOf(9, 4));
        Evaluation evaluation = evaluate(
                List.of(nitazene()),
                detail(
                        s,
                        record(
                                SignalKind.HIGH_DOSE,
                                ObservationKind.SEIZURE,
                                "DC-2025-W36-0007",
                                LocalDate.of(2025, 9, 1),
                                endOf(9, 4))));

        assertThat(evaluation.events().getFirst().signalled()).isFalse();
        assertThat(evaluation.falseSignals()).hasSize(1);
    }

    @Test
    void labResultsSentApartCountAsTheirSample() {
        assertThat(RecordRef.of(ObservationKind.LAB_RESULTS, "DC-1"))
                .isEqualTo(RecordRef.of(ObservationKind.SAMPLE, "DC-1"));
    }

    @Test
    void aStatisticalAlarmBelongsToAnEventBySubjectRegionAndWeek() {
        EventTruth nitazene = nitazene();
        LocalDate sundayW37 = LocalDate.of(2025, 9, 14);
        Instant at = endOf(9, 14);
        assertThat(SignalMatching.belongs(
                        alarm(sundayW37, "GG3406", at),
                        signal(SignalKind.STATISTICAL_ABERRATION, "nitazenes", "GG3406", at),
                        nitazene))
                .isTrue();
        // another region
        assertThat(SignalMatching.belongs(
                        alarm(sundayW37, "GG4607", at),
                        signal(SignalKind.STATISTICAL_ABERRATION, "nitazenes", "GG4607", at),
                        nitazene))
                .isFalse();
        // another subject
        assertThat(SignalMatching.belongs(
                        alarm(sundayW37, "GG3406", at),
                        signal(SignalKind.STATISTICAL_ABERRATION, "mdma", "GG3406", at),
                        nitazene))
                .isFalse();
        // the national series holds the event's region
        assertThat(SignalMatching.belongs(
                        alarm(sundayW37, "NL", at),
                        signal(SignalKind.STATISTICAL_ABERRATION, "nitazenes", "NL", at),
                        nitazene))
                .isTrue();
        // a week after the event
        LocalDate sundayW38 = LocalDate.of(2025, 9, 21);
        assertThat(SignalMatching.belongs(
                        alarm(sundayW38, "GG3406", endOf(9, 21)),
                        signal(SignalKind.STATISTICAL_ABERRATION, "nitazenes", "GG3406", endOf(9, 21)),
                        nitazene))
                .isFalse();
    }

    @Test
    void aNationalEventTakesAlarmsOfAnyRegion() {
        Instant at = endOf(9, 14);
        Signal s = signal(SignalKind.STATISTICAL_ABERRATION, "cocaine", "GG4607", at);
        Evaluation evaluation = evaluate(List.of(crack()), detail(s, alarm(LocalDate.of(2025, 9, 14), "GG4607", at)));

        EventOutcome outcome = evaluation.events().getFirst();
        assertThat(outcome.signalledOn()).isEqualTo(LocalDate.of(2025, 9, 14));
        assertThat(outcome.delayDays()).isEqualTo(12); // 2 to 14 September
        assertThat(outcome.delayFromLabDays()).isNull(); // no lab-confirmed record
        assertThat(evaluation.medianDelayFromLab()).isNull();
        assertThat(evaluation.medianDelay()).isEqualTo(12.0);
    }

    @Test
    void falseSignalsAreThoseOpenedAfterTheWarmUpThatBelongToNoEvent() {
        Evaluation evaluation = evaluate(
                List.of(nitazene()),
                // opened during the warm-up: not counted
                detail(signal(SignalKind.FIRST_DETECTION, "ketamine", "GG0111", endOf(8, 31))),
                // two in week 36, one in week 38
                detail(signal(SignalKind.HIGH_DOSE, "mdma", "GG0111", endOf(9, 1))),
                detail(signal(SignalKind.DANGEROUS_ADULTERANT, "pmma", "GG0111", endOf(9, 7))),
                detail(signal(SignalKind.STATISTICAL_ABERRATION, "cocaine", "GG0111", endOf(9, 15))),
                // the event's: not false
                detail(
                        signal(SignalKind.POTENT_OPIOID_MIS_SOLD, "protonitazene", "GG3406", endOf(9, 8)),
                        record(
                                SignalKind.POTENT_OPIOID_MIS_SOLD,
                                ObservationKind.SAMPLE,
                                "DC-2025-W36-0007",
                                LocalDate.of(2025, 9, 1),
                                endOf(9, 8))));

        assertThat(evaluation.falseSignals()).hasSize(3);
        assertThat(evaluation.perWeek())
                .containsEntry(IsoWeek.parse("2025-W36"), 2)
                .containsEntry(IsoWeek.parse("2025-W37"), 0)
                .containsEntry(IsoWeek.parse("2025-W38"), 1);
        assertThat(evaluation.meanFalsePerWeek()).isEqualTo(1.0);
        assertThat(evaluation.maxFalsePerWeek()).isEqualTo(2);
    }

    @Test
    void anEventThatBeganDuringTheWarmUpIsNotEvaluated() {
        EventTruth truth = nitazene();
        EventTruth early = new EventTruth(
                truth.event(),
                truth.records(),
                truth.subjects(),
                LocalDate.of(2025, 8, 20),
                LocalDate.of(2025, 8, 25),
                LocalDate.of(2025, 8, 25));
        Evaluation evaluation = evaluate(List.of(early, crack()));

        assertThat(evaluation.events().getFirst().evaluated()).isFalse();
        assertThat(evaluation.events().getFirst().reason()).contains("warm-up");
        assertThat(evaluation.evaluated()).hasSize(1);
        assertThat(evaluation.signalled()).isZero();
    }

    @Test
    void theMedianOfAnEvenNumberIsTheMeanOfTheMiddleTwo() {
        assertThat(Evaluation.median(List.of(3L, 0L, 1L, 7L))).isEqualTo(2.0);
        assertThat(Evaluation.median(List.of(5L, 0L, 1L))).isEqualTo(1.0);
        assertThat(Evaluation.median(List.of())).isNull();
    }

    @Test
    void theEndOfADayIsThatDayInTheNetherlandsInSummerAndWinter() {
        for (LocalDate day : List.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 3, 30))) {
            assertThat(SignalMatching.day(Replay.endOfDay(day))).isEqualTo(day);
            assertThat(SignalMatching.day(Replay.endOfDay(day).plusSeconds(1))).isEqualTo(day.plusDays(1));
        }
    }
}
