/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One filter of a chart's form: a list to choose from, or a date when there are no options.
 *
 * @param problem the problem with the value given, as a message key and the value, or {@code null}
 */
public record FilterField(String name, String value, List<Option> options, Filters.@Nullable Problem problem) {

    /**
     * @param label a message key when {@code translated}, else the text itself (a substance or region name)
     * @param group the option group it is listed under (a message key), or empty
     */
    public record Option(String value, String label, boolean translated, String group) {}

    public boolean isDate() {
        return options.isEmpty();
    }

    /** The option groups in order of first appearance, empty when the options are not grouped. */
    public List<String> groups() {
        return options.stream().map(Option::group).distinct().toList();
    }
}
