/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import org.jspecify.annotations.Nullable;

/** One line of a CSV file, seen through Signaal's own column names whatever the file calls them. */
interface SourceRow {

    long line();

    /** The trimmed value of the column, or {@code null} when the column is absent or the cell is empty. */
    @Nullable
    String get(String column);
}
