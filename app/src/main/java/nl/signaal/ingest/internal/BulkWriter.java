/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;

/**
 * Writes many rows into one table inside the current transaction. PostgreSQL takes them by {@code COPY}, which is
 * several times faster than batched inserts; other databases take batched inserts.
 */
interface BulkWriter {

    void insert(Table table, List<Object[]> rows);
}
