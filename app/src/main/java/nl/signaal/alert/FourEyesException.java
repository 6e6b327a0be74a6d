/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

/** Somebody tried to approve a version they wrote or edited themselves: another coordinator must approve it. */
public class FourEyesException extends RuntimeException {

    public FourEyesException(String message) {
        super(message);
    }
}
