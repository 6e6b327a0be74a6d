/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version of a warning: its content, who wrote it, and who approved and published it when. */
public record WarningVersion(
        int version,
        WarningContent content,
        String author,
        Instant createdAt,
        @Nullable String approvedBy,
        @Nullable Instant publishedAt) {}
