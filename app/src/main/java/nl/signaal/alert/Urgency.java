/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

/** CAP 1.2 {@code urgency}: how soon people should act. */
public enum Urgency implements CapValue {
    IMMEDIATE,
    EXPECTED,
    FUTURE,
    PAST,
    UNKNOWN
}
