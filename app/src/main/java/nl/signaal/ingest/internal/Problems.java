/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.signaal.ingest.BatchRejectedException;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** Collects the problems of one batch. Keeps the first {@code limit} and counts the rest. */
final class Problems {

    private final int limit;
    private final MessageSource messages;
    private final List<Problem> kept = new ArrayList<>();
    private int count;

    Problems(int limit, MessageSource messages) {
        this.limit = limit;
        this.messages = messages;
    }

    /** A problem for a reason Signaal words itself: in English for the API, with its key for the pages. */
    void add(long line, int record, @Nullable String field, @Nullable String value, Reason reason, Object... args) {
        count++;
        if (kept.size() < limit) {
            List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
            String english = messages.getMessage(reason.key(), texts.toArray(), Locale.ENGLISH);
            kept.add(new Problem(line, record, field, abbreviate(value), english, reason.key(), texts));
        }
    }

    /** A problem worded elsewhere, in English only (the complaint of a value type such as a period). */
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
