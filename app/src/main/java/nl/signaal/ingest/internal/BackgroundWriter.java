/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * Writes a batch's rows on one other thread, in order, on the batch's transaction connection, while the caller reads
 * and checks the next chunk: on two cores reading and writing then overlap instead of taking turns. At most {@link
 * #PENDING} chunks wait, which bounds memory. The caller must not use the connection until {@link #finish()}.
 */
final class BackgroundWriter implements AutoCloseable {

    private static final int PENDING = 2;

    private final BulkWriter writer;
    private final Connection connection;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("ingest-writer").daemon().unstarted(r));
    private final Deque<Future<?>> pending = new ArrayDeque<>();
    private final SQLExceptionTranslator translator = new SQLStateSQLExceptionTranslator();

    BackgroundWriter(BulkWriter writer, Connection connection) {
        this.writer = writer;
        this.connection = connection;
    }

    /** Queues the rows of a chunk, one list per table, parents first; waits while too many chunks are queued. */
    void write(List<Table> tables, List<List<Object[]>> rows, boolean refreshStatistics) {
        while (pending.size() >= PENDING) {
            await(pending.removeFirst());
        }
        pending.addLast(thread.submit(() -> {
            for (int i = 0; i < tables.size(); i++) {
                writer.insert(connection, tables.get(i), rows.get(i));
            }
            if (refreshStatistics) {
                writer.refreshStatistics(connection, tables.getFirst());
            }
            return null;
        }));
    }

    /** Waits until everything queued is written; rethrows the first failure. */
    void finish() {
        while (!pending.isEmpty()) {
            await(pending.removeFirst());
        }
    }

    private void await(Future<?> write) {
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a batch", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.sql.SQLException sql) {
                var translated = translator.translate("ingest", null, sql);
                throw translated != null ? translated : new IllegalStateException(sql);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops the thread; after a failure, waits for the write under way so the transaction can roll back safely. */
    @Override
    public void close() {
        pending.forEach(f -> f.cancel(false));
        thread.shutdown();
        try {
            thread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
