/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import nl.signaal.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

/**
 * One week of a series, with the latest statistics stored for it.
 *
 * @param observed records in the week that hold the subject
 * @param population records of the source in the week and region (samples tested, incidents reported)
 * @param expected the expected count of the last statistics run over this week, {@code null} if none ran or the method
 *     gave none
 * @param upperbound the threshold of that run
 * @param alarm whether that run raised an alarm
 */
public record SeriesWeek(
        IsoWeek week,
        long observed,
        long population,
        @Nullable Double expected,
        @Nullable Double upperbound,
        boolean alarm) {}
