/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import java.util.Map;
import nl.signaal.ingest.ObservationKind;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a known external file layout as Signaal's own: maps the file's columns to Signaal's column names and repairs
 * the file's known quirks, each documented on the profile. Columns a profile does not use are ignored.
 */
public interface ImportProfile {

    String name();

    ObservationKind kind();

    /** What the profile is for and what it changes, for the documentation and {@code --help}. */
    String description();

    /** Columns the file must have. */
    List<String> requiredColumns();

    /** The row seen through Signaal's column names. */
    SourceRow map(CSVRecord record, Map<String, Integer> header);

    /** Why this row is left out on purpose (a row without a measurement), or {@code null} to read it. */
    default @Nullable String skipReason(CSVRecord record, Map<String, Integer> header) {
        return null;
    }
}
