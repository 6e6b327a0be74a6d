/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a signal's append-only history.
 *
 * @param actor the account that acted, or {@code signaal} for what the system did
 * @param action {@code opened}, {@code evidence}, {@code state}, {@code assigned} or {@code comment}
 * @param fromState the state before a change of state
 * @param toState the state after it
 * @param text the reason, the comment, the assignee or what was added
 */
public record HistoryEntry(
        Instant at,
        String actor,
        String action,
        @Nullable SignalState fromState,
        @Nullable SignalState toState,
        @Nullable String text) {}
