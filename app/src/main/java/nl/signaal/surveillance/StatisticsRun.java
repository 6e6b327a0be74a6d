/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import java.util.UUID;
import nl.signaal.shared.IsoWeek;

/**
 * What one statistics run did.
 *
 * @param seriesEvaluated series whose week was evaluated (each by every method)
 * @param seriesSkipped series with counts in the last two years but too short a history for the method (less than one
 *     year plus the half-window since the source's first record)
 * @param alarms weeks above their threshold in this run, published or not before
 * @param clusters space-time clusters below the p-value threshold in this run, published or not before
 * @param durationMillis wall-clock time of the run
 */
public record StatisticsRun(
        UUID id, IsoWeek week, int seriesEvaluated, int seriesSkipped, int alarms, int clusters, long durationMillis) {}
