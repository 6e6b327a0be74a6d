/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How warnings are issued.
 *
 * @param sender the CAP {@code sender} (OASIS CAP 1.2, §3.2.1): identifies Signaal to receivers, so it must stay the
 *     same once messages have gone out; no spaces, commas, {@code <} or {@code &}
 * @param publicUrl the address the public pages are reached at, without a trailing slash; CAP messages and feeds link
 *     to pages below it
 */
@ConfigurationProperties("signaal.alert")
public record AlertProperties(String sender, String publicUrl) {

    public AlertProperties {
        if (sender == null || sender.isBlank()) {
            sender = "signaal.nl";
        }
        CapDocuments.checkCapName("sender", sender);
        if (publicUrl == null || publicUrl.isBlank()) {
            publicUrl = "http://localhost:8080";
        }
        publicUrl = publicUrl.replaceAll("/+$", "");
    }
}
