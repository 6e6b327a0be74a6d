/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table the ingest module writes, with the columns in the order its rows give them. Most are appended to; an update
 * table sets its columns on the row whose {@code key} is the row's last value.
 */
record Table(String name, List<String> columns, @Nullable String key) {

    Table(String name, String... columns) {
        this(name, List.of(columns), null);
    }

    static Table update(String name, String key, String... columns) {
        return new Table(name, List.of(columns), key);
    }

    boolean isUpdate() {
        return key != null;
    }

    /** The statement for one row: an insert, or an update by key. */
    String sql() {
        if (key != null) {
            return "UPDATE " + name + " SET " + String.join(" = ?, ", columns) + " = ? WHERE " + key + " = ?";
        }
        return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }
}
