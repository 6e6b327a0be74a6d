/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.util.List;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;
import nl.signaal.signal.Evidence;
import nl.signaal.signal.Signal;
import nl.signaal.signal.SignalDetail;
import nl.signaal.surveillance.SeriesKey;
import nl.signaal.surveillance.SeriesWeek;
import nl.signaal.surveillance.SurveillanceManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The chart on a signal's page: the weekly series behind it (the series of its statistical evidence, else the series of
 * its subject in its region from the source of its first evidence) over two years up to its latest evidence, with the
 * thresholds and alarms of the statistics. Drawn on the server as SVG, so it needs no script, with the figures as a
 * table beside it for screen readers.
 */
@Component
class SeriesCharts {

    private static final int WEEKS = 104;

    private final SignalWorkflow workflow;
    private final SurveillanceManagement surveillance;

    SeriesCharts(SignalWorkflow workflow, SurveillanceManagement surveillance) {
        this.workflow = workflow;
        this.surveillance = surveillance;
    }

    @Nullable
    SeriesChart chart(SignalDetail detail) {
        SeriesKey key = seriesOf(detail);
        if (key == null) {
            return null;
        }
        IsoWeek last = IsoWeek.of(detail.signal().lastEvidenceOn());
        List<SeriesWeek> weeks = surveillance.series(key, last.plusWeeks(1L - WEEKS), last);
        if (weeks.stream().allMatch(w -> w.observed() == 0)) {
            return null;
        }
        return SeriesChart.of(key, weeks);
    }

    private @Nullable SeriesKey seriesOf(SignalDetail detail) {
        Signal signal = detail.signal();
        List<String> keys = workflow.seriesKeys(signal.id());
        if (!keys.isEmpty()) {
            return SeriesKey.parse(keys.getFirst());
        }
        ObservationKind source = detail.evidence().stream()
                .map(Evidence::source)
                .filter(s -> s != null)
                .reduce((first, second) -> second)
                .orElse(null);
        if (source == null) {
            return null;
        }
        if (source == ObservationKind.LAB_RESULTS) {
            source = ObservationKind.SAMPLE;
        }
        return new SeriesKey(source, SeriesKey.Scope.valueOf(signal.subjectScope()), signal.subject(), signal.region());
    }
}
