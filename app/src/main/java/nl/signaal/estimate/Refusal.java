/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an uploaded file, as a message {@code estimate.problem.*} with its arguments so the page words
 * it in the reader's language.
 *
 * @param line the CSV line (1 is the header), 0 for the file as a whole
 * @param column the column, or {@code null}
 * @param value the value as sent, or {@code null}
 */
public record Refusal(
        long line, @Nullable String column, @Nullable String value, String key, List<String> arguments) {

    public Refusal {
        arguments = List.copyOf(arguments);
    }

    public static Refusal of(
            long line, @Nullable String column, @Nullable String value, String reason, Object... args) {
        return new Refusal(
                line,
                column,
                value,
                "estimate.problem." + reason,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
