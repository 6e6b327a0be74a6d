/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.signaal.ingest.Observation;
import org.jspecify.annotations.Nullable;

/**
 * Records of one batch, read one at a time so that a file of a million rows is never held in memory. Reading reports
 * its own problems (a date that does not parse, a broken line) and yields only the records it could read.
 */
interface RecordSource<R extends Observation> {

    /** The next record, or {@code null} at the end. */
    @Nullable
    Parsed<R> next(Problems problems);

    /** Records an import profile left out on purpose. */
    default int skipped() {
        return 0;
    }

    default List<String> notes() {
        return List.of();
    }

    /**
     * A record and where it came from.
     *
     * @param line its first line in a CSV file, 0 for JSON
     * @param index its position in the batch, from 1
     * @param itemLines the line of each nested item in a CSV file, empty for JSON
     * @param unreadable the fields ({@code line:column}) that were present but could not be read
     */
    record Parsed<R>(R record, long line, int index, long[] itemLines, Set<String> unreadable) {}

    static <R extends Observation> RecordSource<R> of(List<R> records) {
        Iterator<R> iterator = records.iterator();
        return new RecordSource<>() {
            private int index;

            @Override
            public @Nullable Parsed<R> next(Problems problems) {
                return iterator.hasNext() ? new Parsed<>(iterator.next(), 0, ++index, new long[0], Set.of()) : null;
            }
        };
    }
}
