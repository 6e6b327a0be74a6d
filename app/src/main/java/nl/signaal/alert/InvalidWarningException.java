/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A warning's content is not complete or not right: every problem, by field ({@code nl.headline}, {@code areas}). */
public class InvalidWarningException extends IllegalArgumentException {

    private final Map<String, String> problems;
    private final Map<String, List<Complaint>> complaints;

    /** Problems worded in English only. */
    public InvalidWarningException(Map<String, String> problems) {
        this(problems, Map.of());
    }

    /**
     * @param problems in English, as the API gives them
     * @param complaints the same problems as messages, for the pages
     */
    public InvalidWarningException(Map<String, String> problems, Map<String, List<Complaint>> complaints) {
        super(problems.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        this.problems = Map.copyOf(problems);
        this.complaints = Map.copyOf(complaints);
    }

    /** What is wrong, in English, by field name as the API spells it. */
    public Map<String, String> problems() {
        return problems;
    }

    /** What is wrong as messages, by field; a field with a problem in English only has none here. */
    public Map<String, List<Complaint>> complaints() {
        return complaints;
    }
}
