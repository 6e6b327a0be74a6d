/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@code COPY … FROM STDIN} in CSV form on the transaction's own connection, so a failed batch still rolls back as a
 * whole. An unquoted empty field is NULL; every text value is quoted, so an empty string stays empty.
 */
final class PostgresCopyWriter implements BulkWriter {

    private static final int BUFFER = 1 << 16;

    private final JdbcBatchWriter updates = new JdbcBatchWriter();

    @Override
    public void insert(Connection connection, Table table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (table.isUpdate()) {
            updates.insert(connection, table, rows);
            return;
        }
        String sql = "COPY " + table.name() + " (" + String.join(", ", table.columns()) + ") FROM STDIN (FORMAT csv)";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder text = new StringBuilder(BUFFER + 4096);
            for (Object[] row : rows) {
                appendRow(text, row);
                if (text.length() >= BUFFER) {
                    write(copy, text);
                }
            }
            write(copy, text);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** ANALYZE may run inside the transaction, and then counts the batch's own rows too. */
    @Override
    public void refreshStatistics(Connection connection, Table table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE " + table.name());
        }
    }

    private static void write(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    static void appendRow(StringBuilder text, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            switch (row[i]) {
                case null -> {}
                case String s -> quote(text, s);
                case BigDecimal d -> text.append(d.toPlainString());
                case Boolean b -> text.append(b ? 't' : 'f');
                case Number n -> text.append(n);
                case byte[] bytes ->
                    text.append("\\x").append(java.util.HexFormat.of().formatHex(bytes));
                default -> quote(text, row[i].toString());
            }
        }
        text.append('\n');
    }

    private static void quote(StringBuilder text, String value) {
        text.append('"');
        if (value.indexOf('"') < 0) {
            text.append(value);
        } else {
            text.append(value.replace("\"", "\"\""));
        }
        text.append('"');
    }
}
