/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a CAP 1.2 message says about itself (OASIS CAP 1.2, §3.2.1 {@code alert}), apart from the warning's content.
 *
 * @param identifier unique for the sender; no spaces, commas, {@code <} or {@code &}
 * @param sent written to the second in Europe/Amsterdam time; store it so truncated, or a later {@code references}
 *     entry will not match
 * @param messageType {@code Alert}, {@code Update} or {@code Cancel}
 * @param references the earlier messages this one updates or cancels, each "sender,identifier,sent" as
 *     {@link CapDocuments#references} writes it; empty for an {@code Alert}
 * @param warningUrl the absolute address of the warning's public page, CAP {@code web}
 */
public record CapHeader(
        String identifier, OffsetDateTime sent, String messageType, List<String> references, String warningUrl) {

    public CapHeader {
        references = List.copyOf(references);
    }
}
