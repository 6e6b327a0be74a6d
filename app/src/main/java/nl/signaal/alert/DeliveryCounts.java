/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

/**
 * How far the messages about one warning got to its subscribers: one delivery per subscription per CAP message.
 *
 * @param pending planned and not yet accepted by the receiver (including those waiting for a retry)
 * @param failed given up on, or dropped because the subscription ended
 */
public record DeliveryCounts(long delivered, long pending, long failed) {

    public static final DeliveryCounts NONE = new DeliveryCounts(0, 0, 0);
}
