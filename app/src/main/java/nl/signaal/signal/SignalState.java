/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal;

import java.util.Set;

/** Where a signal is in the workflow: new → triaged → under assessment → escalated (to a warning draft) or dismissed. */
public enum SignalState {
    NEW,
    TRIAGED,
    UNDER_ASSESSMENT,
    ESCALATED,
    DISMISSED;

    /** The states a signal may move to from this one. */
    public Set<SignalState> next() {
        return switch (this) {
            case NEW -> Set.of(TRIAGED, UNDER_ASSESSMENT, DISMISSED);
            case TRIAGED -> Set.of(UNDER_ASSESSMENT, ESCALATED, DISMISSED);
            case UNDER_ASSESSMENT -> Set.of(ESCALATED, DISMISSED);
            case ESCALATED -> Set.of();
            case DISMISSED -> Set.of(TRIAGED);
        };
    }

    /** Whether new evidence may still be worked on: not escalated, not dismissed. */
    public boolean isOpen() {
        return this == NEW || this == TRIAGED || this == UNDER_ASSESSMENT;
    }
}
