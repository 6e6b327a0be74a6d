/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;
import nl.signaal.surveillance.SeriesKey;
import nl.signaal.surveillance.SeriesWeek;
import org.junit.jupiter.api.Test;

class SeriesChartUnitTests {

    private static final SeriesKey KEY =
            new SeriesKey(ObservationKind.INCIDENT, SeriesKey.Scope.SUBSTANCE, "cocaine", "GG4607");

    @Test
    void countsAreScaledToTheLargestCountOrThresholdAndGapsInTheThresholdSplitItsLine() {
        IsoWeek w = IsoWeek.parse("2026-W10");
        var chart = SeriesChart.of(
                KEY,
                List.of(
                        new SeriesWeek(w, 0, 10, 1.0, 4.0, false),
                        new SeriesWeek(w.plusWeeks(1), 2, 10, null, null, false),
                        new SeriesWeek(w.plusWeeks(2), 8, 10, 1.5, 5.0, true)));

        assertThat(chart.max()).isEqualTo(8);
        // x from 30 to 610, y from 170 (0) to 30 (the maximum)
        assertThat(chart.observed()).isEqualTo("30.0,170.0 320.0,135.0 610.0,30.0");
        assertThat(chart.thresholds()).containsExactly("30.0,100.0", "610.0,82.5");
        assertThat(chart.alarms()).containsExactly(new SeriesChart.Point("610.0", "30.0", "2026-W12"));
        assertThat(chart.first()).isEqualTo("2026-W10");
        assertThat(chart.last()).isEqualTo("2026-W12");
    }
}
