/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

/** Sends one CAP message to one subscriber over one channel. */
interface DeliverySender {

    Subscription.Channel channel();

    /**
     * @return the receiver's answer (HTTP status, the mail server's acceptance), for the log
     * @throws DeliveryFailedException when the receiver did not take it; it will be tried again
     */
    String send(Subscription subscription, Delivery delivery, OutgoingMessage message);

    /** A receiver did not take a message. */
    final class DeliveryFailedException extends RuntimeException {

        private final String response;

        DeliveryFailedException(String response, String message) {
            super(message);
            this.response = response;
        }

        DeliveryFailedException(String response, String message, Throwable cause) {
            super(message, cause);
            this.response = response;
        }

        String response() {
            return response;
        }
    }
}
