/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.signaal.alert.Audience;
import nl.signaal.alert.IdentifyingFeatures;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningText;
import nl.signaal.region.RegionOutlines;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a warning as an OASIS Common Alerting Protocol 1.2 message (OASIS Standard, 1 July 2010). The element order
 * is that of the specification's schema.
 *
 * <ul>
 *   <li>{@code alert} (§3.2.1): status {@code Actual}, scope {@code Public}; {@code references} only on an Update or
 *       Cancel. Times (§3.3.2) in Europe/Amsterdam time with their offset, to the second: the specification forbids
 *       "Z".
 *   <li>{@code info} (§3.2.2): one per language, {@code nl-NL} always and {@code en-GB} where the warning has English;
 *       category {@code Health}. A Cancel carries the content of the version it cancels. {@code parameter}s, the
 *       same in both languages, carry the product's identifying features under the names {@code substance},
 *       {@code sold_as}, {@code form}, {@code logo}, {@code colour}, {@code weight_mg} and {@code dose}.
 *   <li>{@code resource} (§3.2.3): the photo of the product, if there is one.
 *   <li>{@code area} (§3.2.4): one per region, with its CBS code as {@code geocode} "CBS" ({@code NL01} for the
 *       country) and, for a GGD region or province, a {@code polygon} for each part of its outline.
 * </ul>
 */
@Component
public class CapDocuments {

    static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter CAP_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    /** §3.2.1: identifier and sender "MUST NOT include spaces, commas or restricted characters (< and &)". */
    private static final Pattern CAP_NAME = Pattern.compile("[^\\s,<&]+");

    private static final Set<String> MESSAGE_TYPES = Set.of("Alert", "Update", "Cancel");

    /** The country's code in CBS's region tables, where provinces and GGD regions have theirs. */
    private static final String NETHERLANDS_CBS = "NL01";

    private final RegionOutlines outlines;
    private final AlertProperties properties;

    public CapDocuments(RegionOutlines outlines, AlertProperties properties) {
        this.outlines = outlines;
        this.properties = properties;
    }

    /**
     * The CAP message, as a UTF-8 XML document.
     *
     * @throws IllegalArgumentException for an identifier or sender CAP does not allow, an unknown message type,
     *     references on an Alert or none on an Update or Cancel, or an area that is not a known region
     */
    public String write(CapHeader header, WarningContent content, @Nullable CapPhoto photo) {
        checkCapName("identifier", header.identifier());
        if (!MESSAGE_TYPES.contains(header.messageType())) {
            throw new IllegalArgumentException("message type must be Alert, Update or Cancel: " + header.messageType());
        }
        boolean isAlert = header.messageType().equals("Alert");
        if (isAlert != header.references().isEmpty()) {
            throw new IllegalArgumentException("an Alert has no references, an Update or Cancel at least one");
        }
        header.references().forEach(CapDocuments::checkReference);

        XmlWriter xml = new XmlWriter(NAMESPACE, "alert");
        xml.text("identifier", header.identifier());
        xml.text("sender", properties.sender());
        xml.text("sent", dateTime(header.sent()));
        xml.text("status", "Actual");
        xml.text("msgType", header.messageType());
        xml.text("scope", "Public");
        if (!isAlert) {
            xml.text("references", String.join(" ", header.references()));
        }
        info(xml, Language.DUTCH, content.nl(), header, content, photo);
        WarningText en = content.en();
        if (en != null) {
            info(xml, Language.ENGLISH, en, header, content, photo);
        }
        return xml.finish();
    }

    /** One entry of {@code references}: "sender,identifier,sent" (§3.2.1). */
    public static String references(String sender, String identifier, OffsetDateTime sent) {
        checkCapName("sender", sender);
        checkCapName("identifier", identifier);
        return sender + "," + identifier + "," + dateTime(sent);
    }

    /** A time as CAP writes it (§3.3.2): 2026-11-28T10:15:00+01:00, Europe/Amsterdam, to the second. */
    public static String dateTime(OffsetDateTime time) {
        return dateTime(time.toInstant());
    }

    public static String dateTime(Instant time) {
        return CAP_TIME.format(time.truncatedTo(ChronoUnit.SECONDS).atZone(AMSTERDAM));
    }

    static void checkCapName(String what, String value) {
        if (!CAP_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a CAP " + what + " must not be empty nor hold spaces, commas, < or &: '" + value + "'");
        }
    }

    private static void checkReference(String reference) {
        String[] parts = reference.split(",", -1);
        if (parts.length != 3
                || !CAP_NAME.matcher(parts[0]).matches()
                || !CAP_NAME.matcher(parts[1]).matches()) {
            throw new IllegalArgumentException("a reference is sender,identifier,sent: '" + reference + "'");
        }
    }

    private void info(
            XmlWriter xml,
            Language language,
            WarningText text,
            CapHeader header,
            WarningContent content,
            @Nullable CapPhoto photo) {
        xml.start("info");
        xml.text("language", language.code);
        xml.text("category", "Health");
        xml.text("event", text.event());
        xml.text("responseType", content.response().cap());
        xml.text("urgency", content.urgency().cap());
        xml.text("severity", content.severity().cap());
        xml.text("certainty", content.certainty().cap());
        if (!content.audience().isEmpty()) {
            xml.text("audience", language.audience(content.audience()));
        }
        xml.text("expires", dateTime(content.validUntil()));
        xml.text("senderName", "Signaal");
        xml.text("headline", text.headline());
        xml.text("description", text.description());
        xml.text("instruction", text.advice());
        xml.text("web", language.web(header.warningUrl()));
        parameters(xml, content.features());
        if (photo != null) {
            xml.start("resource");
            xml.text("resourceDesc", language.photo);
            xml.text("mimeType", photo.mimeType());
            xml.text("size", Long.toString(photo.size()));
            xml.text("uri", photo.uri());
            xml.text("digest", photo.digest());
            xml.end();
        }
        content.areas().forEach(code -> area(xml, language, code));
        xml.end();
    }

    private static void parameters(XmlWriter xml, IdentifyingFeatures features) {
        parameter(xml, "substance", features.substance());
        parameter(xml, "sold_as", features.soldAs());
        parameter(xml, "form", features.form());
        parameter(xml, "logo", features.logo());
        parameter(xml, "colour", features.colour());
        BigDecimal weight = features.weightMg();
        parameter(
                xml,
                "weight_mg",
                weight == null ? null : weight.stripTrailingZeros().toPlainString());
        parameter(xml, "dose", features.dose());
    }

    private static void parameter(XmlWriter xml, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            xml.start("parameter").text("valueName", name).text("value", value).end();
        }
    }

    private void area(XmlWriter xml, Language language, String code) {
        xml.start("area");
        if (code.equals("NL")) {
            xml.text("areaDesc", language.netherlands);
        } else {
            String name = outlines.name(code)
                    .orElseThrow(() -> new IllegalArgumentException("no region " + code + " on the maps"));
            xml.text("areaDesc", name);
            outlines.outline(code).forEach(ring -> xml.text("polygon", RegionOutlines.capPolygon(ring)));
        }
        xml.start("geocode")
                .text("valueName", "CBS")
                .text("value", code.equals("NL") ? NETHERLANDS_CBS : code)
                .end();
        xml.end();
    }

    /** The words of an {@code info} block that are not the warning's own text. */
    private enum Language {
        DUTCH("nl-NL", "Nederland", "Foto van het product", "Professionals", "Publiek", "Professionals en publiek"),
        ENGLISH(
                "en-GB",
                "the Netherlands",
                "Photo of the product",
                "Professionals",
                "The public",
                "Professionals and the public");

        final String code;
        final String netherlands;
        final String photo;
        private final String professionals;
        private final String everyone;
        private final String both;

        Language(String code, String netherlands, String photo, String professionals, String everyone, String both) {
            this.code = code;
            this.netherlands = netherlands;
            this.photo = photo;
            this.professionals = professionals;
            this.everyone = everyone;
            this.both = both;
        }

        String audience(Set<Audience> audience) {
            if (audience.size() > 1) {
                return both;
            }
            return audience.contains(Audience.PUBLIC) ? everyone : professionals;
        }

        /** The English page is the same page, asked for in English. */
        String web(String url) {
            return this == DUTCH ? url : url + (url.contains("?") ? "&" : "?") + "lang=en";
        }
    }
}
