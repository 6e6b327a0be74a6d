/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * {@code COPY … FROM STDIN} in CSV form on the transaction's own connection, so a failed batch still rolls back as a
 * whole. An unquoted empty field is NULL; every text value is quoted, so an empty string stays empty.
 */
final class PostgresCopyWriter implements BulkWriter {

    private static final int BUFFER = 1 << 16;

    private final DataSource dataSource;
    private final SQLExceptionTranslator translator = new SQLStateSQLExceptionTranslator();

    PostgresCopyWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void insert(Table table, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "COPY " + table.name() + " (" + String.join(", ", table.columns()) + ") FROM STDIN (FORMAT csv)";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                StringBuilder text = new StringBuilder(BUFFER + 1024);
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
        } catch (SQLException e) {
            var translated = translator.translate("COPY " + table.name(), sql, e);
            throw translated != null ? translated : new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
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
            Object value = row[i];
            switch (value) {
                case null -> {}
                case String s -> quote(text, s);
                case BigDecimal d -> text.append(d.toPlainString());
                case Boolean b -> text.append(b ? 't' : 'f');
                default -> quote(text, value.toString());
            }
        }
        text.append('\n');
    }

    private static void quote(StringBuilder text, String value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                text.append('"');
            }
            text.append(c);
        }
        text.append('"');
    }
}
