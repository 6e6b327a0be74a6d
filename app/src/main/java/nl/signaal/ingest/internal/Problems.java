/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import nl.signaal.ingest.BatchRejectedException;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.Problem;
import org.jspecify.annotations.Nullable;

/** Collects the problems of one batch. Keeps the first {@code limit} and counts the rest. */
final class Problems {

    private final int limit;
    private final List<Problem> kept = new ArrayList<>();
    private int count;

    Problems(int limit) {
        this.limit = limit;
    }

    void add(long line, int record, @Nullable String field, @Nullable String value, String reason) {
        count++;
        if (kept.size() < limit) {
            kept.add(new Problem(line, record, field, abbreviate(value), reason));
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    int count() {
        return count;
    }

    BatchRejectedException rejection(ObservationKind kind) {
        return new BatchRejectedException(kind, kept, count);
    }

    private static @Nullable String abbreviate(@Nullable String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 200) + "…";
    }
}
