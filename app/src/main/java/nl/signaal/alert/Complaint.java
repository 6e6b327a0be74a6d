/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.util.List;

/**
 * One thing wrong with a field of a warning or a subscription, as a message {@code alerts.problem.*} with its
 * arguments, so that a page can say it in its reader's language; the API says it in English.
 */
public record Complaint(String key, List<String> arguments) {

    public Complaint {
        arguments = List.copyOf(arguments);
    }
}
