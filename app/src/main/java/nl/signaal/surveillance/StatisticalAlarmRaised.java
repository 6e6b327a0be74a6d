/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import java.util.UUID;
import nl.signaal.shared.IsoWeek;
import org.springframework.modulith.events.Externalized;

/**
 * A statistics run found a week of a series above its threshold. Published once per series, week and method, however
 * often the week is evaluated again.
 *
 * @param method the method, as named by {@code signaal detect} ({@code farrington-flexible}, ...)
 * @param observed the week's count
 * @param expected the count the method expected
 * @param upperbound the threshold the count exceeded
 */
@Externalized("signaal.surveillance.alarm::#{series().subject()}")
public record StatisticalAlarmRaised(
        UUID runId, String method, SeriesKey series, IsoWeek week, long observed, double expected, double upperbound) {}
