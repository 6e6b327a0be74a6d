/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.OffsetDateTime;
import java.util.List;
import nl.signaal.alert.WarningContent;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** STUB until the CAP writer lands. */
@Component
public class CapDocuments {

    public String write(CapHeader header, WarningContent content, @Nullable CapPhoto photo) {
        return "<alert>" + header.identifier() + "</alert>";
    }

    public static String references(String sender, String identifier, OffsetDateTime sent) {
        return sender + "," + identifier + "," + sent;
    }

    public record CapHeader(
            String identifier, OffsetDateTime sent, String messageType, List<String> references, String warningUrl) {}

    public record CapPhoto(String uri, String mimeType, long size, String digest) {}
}
