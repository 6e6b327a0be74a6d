/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.util.UUID;

/** There is no warning with this id. */
public class WarningNotFoundException extends RuntimeException {

    public WarningNotFoundException(UUID id) {
        super("no warning " + id);
    }
}
