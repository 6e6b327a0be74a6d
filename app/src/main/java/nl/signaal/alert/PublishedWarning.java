/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.time.Instant;
import java.util.UUID;

/**
 * A warning as the public sees it: its published version.
 *
 * @param state published, or cancelled (or expired) with its last published version
 * @param firstPublishedAt when it was first published
 * @param publishedAt when this version was published
 * @param capIdentifier the identifier of its newest CAP message
 * @param capSent when that message was sent: the last time the warning changed for the public
 */
public record PublishedWarning(
        UUID id,
        WarningState state,
        int version,
        WarningContent content,
        Instant firstPublishedAt,
        Instant publishedAt,
        String capIdentifier,
        Instant capSent) {}
