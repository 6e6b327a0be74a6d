/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal;

import java.util.UUID;

/** There is no signal with this id. */
public class SignalNotFoundException extends RuntimeException {

    public SignalNotFoundException(UUID id) {
        super("no signal " + id);
    }
}
