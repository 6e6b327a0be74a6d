/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

/** CAP 1.2 {@code severity}, most severe first: a subscription's minimum compares by this order. */
public enum Severity implements CapValue {
    EXTREME,
    SEVERE,
    MODERATE,
    MINOR,
    UNKNOWN;

    /** Whether this is at least as severe as {@code minimum}; {@code UNKNOWN} only meets {@code UNKNOWN}. */
    public boolean atLeast(Severity minimum) {
        return ordinal() <= minimum.ordinal();
    }
}
