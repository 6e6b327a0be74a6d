/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.util.UUID;

/**
 * A CAP message about a warning went out: its first publication ({@code Alert}), a new version ({@code Update}) or
 * its cancellation ({@code Cancel}). Subscribers are sent it from here.
 */
public record WarningPublished(UUID warningId, int version, String messageType, String capIdentifier) {}
