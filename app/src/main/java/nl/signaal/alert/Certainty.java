/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

/** CAP 1.2 {@code certainty}: observed (lab-confirmed), likely, possible, unlikely. */
public enum Certainty implements CapValue {
    OBSERVED,
    LIKELY,
    POSSIBLE,
    UNLIKELY,
    UNKNOWN
}
