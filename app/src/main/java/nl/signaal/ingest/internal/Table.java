/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;

/** A table the ingest module writes, with the columns in the order its rows give them. */
record Table(String name, List<String> columns) {

    Table(String name, String... columns) {
        this(name, List.of(columns));
    }

    String insertSql() {
        return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }
}
