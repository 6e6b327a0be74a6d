/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A warning and where it is in its lifecycle.
 *
 * @param version its newest version (a draft or revision awaiting approval, or the published one)
 * @param publishedVersion the version the public sees, {@code null} before the first publication
 * @param signalId the signal it was drafted from, if any
 */
public record Warning(
        UUID id,
        WarningState state,
        int version,
        @Nullable Integer publishedVersion,
        @Nullable UUID signalId,
        String createdBy,
        Instant createdAt,
        @Nullable Instant firstPublishedAt,
        Instant updatedAt) {

    /** Whether a version waits for a coordinator's approval. */
    public boolean awaitsApproval() {
        return (state == WarningState.DRAFT || state == WarningState.PUBLISHED)
                && (publishedVersion == null || version > publishedVersion);
    }
}
