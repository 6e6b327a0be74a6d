/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import java.util.List;

/**
 * The data behind one chart, exactly as it is charted, shown as a table and downloaded as CSV. A value is a {@link
 * String} (labels, periods; the empty string for no value), a {@link Long} (counts), a {@link Double} (rates,
 * quantiles), or {@link #SUPPRESSED} (a count too small to publish, or a figure computed from one).
 *
 * @param columns column keys: the CSV header, and with the prefix {@code dashboard.column.} the table's headers
 */
public record DataTable(List<String> columns, List<List<Object>> rows) {

    /** A suppressed cell: written as {@code <5} (the configured minimum) everywhere. */
    public static final Object SUPPRESSED = new Object() {
        @Override
        public String toString() {
            return "suppressed";
        }
    };

    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
