/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.simulation;

import java.util.List;
import nl.signaal.stats.detection.Series;

/**
 * One simulated series of a scenario, in the two versions the evaluation needs: with the past outbreaks only (for the
 * false-positive rate over the current weeks) and with, in addition, one outbreak in the current weeks (for the
 * probability of detection).
 *
 * @param seed the seed it was generated from; the same scenario and seed give the same series
 * @param withoutCurrentOutbreak baseline plus past outbreaks, weeks 1..624
 * @param withCurrentOutbreak the same plus {@code currentOutbreak}
 */
public record NoufailySeries(
        NoufailyScenario scenario,
        long seed,
        Series withoutCurrentOutbreak,
        List<Outbreak> pastOutbreaks,
        Series withCurrentOutbreak,
        Outbreak currentOutbreak) {

    public NoufailySeries {
        pastOutbreaks = List.copyOf(pastOutbreaks);
    }
}
