/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

/** A request larger than the configured limits: answered with 413 before anything is read into the database. */
public class BatchTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BatchTooLargeException(String message) {
        super(message);
    }
}
