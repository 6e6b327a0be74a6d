/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;
import org.jspecify.annotations.Nullable;

/**
 * How one kind of record is written in Signaal's own CSV format. Records with nested items (a sample's lab results)
 * take one row per item, the record's own columns repeated on each; such rows share {@link #groupColumn()} and must
 * be adjacent.
 */
public interface RowMapper<R extends Observation> {

    ObservationKind kind();

    /** Every column, in the documented order. */
    List<String> columns();

    List<String> requiredColumns();

    /** The column whose value groups rows into one record, or {@code null} when each row is a record. */
    default @Nullable String groupColumn() {
        return null;
    }

    /** The record-level columns, which must be equal on every row of a group. */
    default List<String> recordColumns() {
        return columns();
    }

    /** Builds the record from its rows (one unless grouped), reporting what cannot be read. */
    R read(List<SourceRow> rows, RowReader reader);
}
