/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.util.Map;
import java.util.stream.Collectors;

/** A warning's content is not complete or not right: every problem, by field ({@code nl.headline}, {@code areas}). */
public class InvalidWarningException extends IllegalArgumentException {

    private final Map<String, String> problems;

    public InvalidWarningException(Map<String, String> problems) {
        super(problems.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        this.problems = Map.copyOf(problems);
    }

    /** What is wrong, by field name as the API spells it. */
    public Map<String, String> problems() {
        return problems;
    }
}
