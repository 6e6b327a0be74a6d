/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

/** Who a warning is written for: professionals (care, prevention, labs, police) or the public as well. */
public enum Audience {
    PROFESSIONALS,
    PUBLIC
}
