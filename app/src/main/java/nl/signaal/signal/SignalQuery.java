/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which signals to list, most urgent first (priority, then score, then newest).
 *
 * @param states the states to include; empty means all
 * @param kind only signals of this kind, or all
 * @param region only signals of this region code, or all
 * @param subject only signals about this substance or group id, or all
 * @param limit at most this many, 1 to 1,000
 */
public record SignalQuery(
        Set<SignalState> states,
        @Nullable SignalKind kind,
        @Nullable String region,
        @Nullable String subject,
        int limit) {

    public SignalQuery {
        states = states.isEmpty() ? EnumSet.allOf(SignalState.class) : EnumSet.copyOf(states);
        if (limit < 1 || limit > 1_000) {
            throw new IllegalArgumentException("limit must be 1 to 1000, not " + limit);
        }
    }

    /** Every signal, up to 1,000. */
    public static SignalQuery all() {
        return new SignalQuery(Set.of(), null, null, null, 1_000);
    }

    /** The open ones: new, triaged, under assessment. */
    public static SignalQuery queue() {
        return new SignalQuery(
                EnumSet.of(SignalState.NEW, SignalState.TRIAGED, SignalState.UNDER_ASSESSMENT), null, null, null, 200);
    }
}
