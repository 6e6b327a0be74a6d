/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

/** CAP 1.2 {@code responseType}, the ones a drug warning uses: avoid the product, monitor, assess. */
public enum ResponseType implements CapValue {
    AVOID,
    MONITOR,
    ASSESS,
    NONE
}
