/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What happened to an accepted batch.
 *
 * @param batchId the stored batch, or {@code null} when nothing in it was new
 * @param received records read from the input
 * @param stored new records stored
 * @param unchanged records already stored with the same content (re-sent), left as they were
 * @param skipped records an import profile left out on purpose, with {@code notes} saying why
 */
public record BatchReport(
        @Nullable UUID batchId,
        ObservationKind kind,
        int received,
        int stored,
        int unchanged,
        int skipped,
        List<String> notes) {

    @Override
    public String toString() {
        return "%s: %,d received, %,d stored, %,d unchanged%s"
                .formatted(
                        kind.path(),
                        received,
                        stored,
                        unchanged,
                        skipped > 0 ? ", %,d skipped".formatted(skipped) : "");
    }
}
