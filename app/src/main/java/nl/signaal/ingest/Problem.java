/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a batch, precise enough to fix it without guessing.
 *
 * @param line the line in the CSV file (1 is the header), or 0 for JSON and for problems with the whole file
 * @param record the record's position in the batch, from 1, or 0 for problems with the whole file
 * @param field the column or JSON field, or {@code null} when the problem is with the record or the file
 * @param value the value as sent, or {@code null} when it was missing
 * @param reason what is wrong, in English: the wording of the REST API
 * @param code the message key of the reason, so that a page can show it in the reader's language, or {@code null} when
 *     the reason exists in English only
 * @param arguments the message's arguments
 */
public record Problem(
        long line,
        int record,
        @Nullable String field,
        @Nullable String value,
        String reason,
        @Nullable String code,
        List<String> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    /** A problem worded in English only. */
    public Problem(long line, int record, @Nullable String field, @Nullable String value, String reason) {
        this(line, record, field, value, reason, null, List.of());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (line > 0) {
            text.append("line ").append(line).append(": ");
        } else if (record > 0) {
            text.append("record ").append(record).append(": ");
        }
        if (field != null) {
            text.append(field);
            if (value != null) {
                text.append(" '").append(value).append('\'');
            }
            text.append(": ");
        }
        return text.append(reason).toString();
    }
}
