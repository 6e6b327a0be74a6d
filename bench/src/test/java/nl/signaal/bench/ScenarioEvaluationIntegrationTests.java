/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.signaal.bench.evaluation.SignalMatching.EventOutcome;
import nl.signaal.demo.Scenario;
import nl.signaal.shared.IsoWeek;
import org.junit.jupiter.api.Test;

/**
 * The scenario evaluation end to end on a tiny scenario (60 weeks at a tenth of the national volumes, one nitazene sold
 * as oxycodone in Amsterdam): the application boots on a temporary H2 database, 52 weeks are loaded as the warm-up,
 * 8 weeks are replayed day by day, and the event must be found. About a minute on two cores.
 */
class ScenarioEvaluationIntegrationTests {

    @Test
    void aTinyScenarioIsReplayedDayByDayAndItsNitazeneSignalled() throws Exception {
        Scenario scenario;
        try (InputStream in = getClass().getResourceAsStream("/evaluation/tiny-scenario.json")) {
            scenario = Scenario.read(in);
        }
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        var outcome = new ScenarioEvaluation()
                .evaluate(
                        scenario,
                        1,
                        IsoWeek.parse("2025-W40"),
                        52,
                        new PrintStream(progress, true, StandardCharsets.UTF_8));

        var replay = outcome.replay();
        assertThat(replay.replayedWeeks()).hasSize(8).startsWith(IsoWeek.parse("2025-W33"));
        assertThat(replay.warmUpEnd()).isEqualTo(LocalDate.of(2025, 8, 10));
        // every generated record stored exactly once: nothing refused, nothing sent twice
        assertThat(replay.storedRecords()).isEqualTo(replay.generated()).isGreaterThan(4_000);
        assertThat(replay.listenerFailures()).isEmpty();
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("replay: week 8 of 8 (2025-W40)");

        EventOutcome nitazene = outcome.evaluation().events().getFirst();
        assertThat(nitazene.evaluated()).isTrue();
        assertThat(nitazene.truth().firstEvidence()).isNotNull();
        assertThat(nitazene.truth().firstLabConfirmed()).isNotNull();
        assertThat(nitazene.signalled()).as(outcome.report()).isTrue();
        // signalled on a simulated day within the event's weeks, not on the machine's today
        assertThat(nitazene.signalledOn()).isBetween(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 28));
        assertThat(nitazene.delayDays()).isNotNull().isBetween(0L, 14L);
        assertThat(outcome.report()).contains("| nitazene-oxycodone | mis-sold | protonitazene | GG3406 |");
    }
}
