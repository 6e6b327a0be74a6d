/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes many rows into one table on the batch's transaction connection, which it is handed explicitly because it
 * runs on the {@link BackgroundWriter}'s thread. PostgreSQL takes rows by {@code COPY}, several times faster than
 * batched inserts; other databases take batched inserts.
 */
interface BulkWriter {

    void insert(Connection connection, Table table, List<Object[]> rows) throws SQLException;

    /**
     * Called when a batch has grown a table by a large factor within its transaction, so that lookups by external id
     * keep using the index: a query planner that still believes the table small would scan all of it for every chunk.
     */
    default void refreshStatistics(Connection connection, Table table) throws SQLException {}
}
