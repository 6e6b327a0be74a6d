/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A row of an external file translated by a profile into Signaal's column names. */
record ProfileRow(long line, Map<String, String> values) implements SourceRow {

    @Override
    public @Nullable String get(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The trimmed value of a source column, or {@code null} when absent or empty. */
    static @Nullable String source(
            org.apache.commons.csv.CSVRecord record, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        if (i == null || i >= record.size()) {
            return null;
        }
        String value = record.get(i).trim();
        return value.isEmpty() ? null : value;
    }

    /** The line of a record in its file, the header being line 1. */
    static long line(org.apache.commons.csv.CSVRecord record) {
        return record.getRecordNumber() + 1;
    }
}
