/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step in a warning's audit log, which is only ever appended to.
 *
 * @param action drafted, edited, revised, approved, published, cancelled, expired, photo
 */
public record AuditEntry(
        Instant at,
        String actor,
        String action,
        int version,
        @Nullable String note) {}
