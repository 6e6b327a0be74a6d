/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Batched {@code INSERT}s: portable, used for the embedded database. */
final class JdbcBatchWriter implements BulkWriter {

    private final JdbcTemplate jdbc;

    JdbcBatchWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Table table, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(table.insertSql(), rows);
        }
    }
}
