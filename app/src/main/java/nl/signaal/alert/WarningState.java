/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

/**
 * Where a warning is: a draft until a coordinator other than its author approves and publishes it; published (a
 * revision may wait for approval beside it); cancelled by a coordinator (a draft may also be discarded so); expired
 * when its valid-until has passed.
 */
public enum WarningState {
    DRAFT,
    PUBLISHED,
    CANCELLED,
    EXPIRED;

    /** Whether the warning is on the public pages and in the feeds. */
    public boolean isCurrent() {
        return this == PUBLISHED;
    }
}
