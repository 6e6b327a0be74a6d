/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.signaal.alert.Audience;
import nl.signaal.alert.CapSchema;
import nl.signaal.alert.Certainty;
import nl.signaal.alert.IdentifyingFeatures;
import nl.signaal.alert.ResponseType;
import nl.signaal.alert.Severity;
import nl.signaal.alert.Urgency;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningText;
import nl.signaal.region.RegionOutlines;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every message is checked against the OASIS CAP 1.2 schema, then for the rules of the specification's text that the
 * schema does not express.
 */
class CapDocumentsUnitTests {

    static final RegionOutlines OUTLINES = new RegionOutlines();
    static final Pattern CAP_TIME = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$");
    static final OffsetDateTime SENT = OffsetDateTime.parse("2026-11-28T10:15:00.123+01:00");
    static final String PAGE = "https://signaal.example/waarschuwingen/4f1c";

    final CapDocuments documents = new CapDocuments(OUTLINES, new AlertProperties("signaal.nl", "https://x.example"));

    static final WarningText NL = new WarningText(
            "Nitazeen in nep-oxycodon",
            "Levensgevaarlijke nep-oxycodon in omloop",
            "In tabletten verkocht als oxycodon 80 mg is protonitazeen gevonden.",
            "Gebruik deze tabletten niet. Bel 112 bij een overdosis.");
    static final WarningText EN = new WarningText(
            "Nitazene in fake oxycodone",
            "Deadly fake oxycodone & <other> pills, café",
            "Tablets sold as oxycodone 80 mg contain protonitazene.",
            "Do not use these tablets. Call 112 in an overdose.");
    static final IdentifyingFeatures EVERY_FEATURE = new IdentifyingFeatures(
            "protonitazeen", "oxycodon 80 mg", "tablet", "OC 80", "groen", new BigDecimal("250.0"), "2,1 mg");

    static WarningContent content(WarningText en, List<String> areas, IdentifyingFeatures features) {
        return new WarningContent(
                NL,
                en,
                Set.of(Audience.PROFESSIONALS, Audience.PUBLIC),
                Urgency.IMMEDIATE,
                Severity.SEVERE,
                Certainty.OBSERVED,
                ResponseType.AVOID,
                areas,
                features,
                "photo-1",
                Instant.parse("2027-01-15T12:00:00Z"));
    }

    static WarningContent dutchOnly() {
        return content(null, List.of("NL"), IdentifyingFeatures.none());
    }

    static WarningContent everything() {
        return content(EN, List.of("NL", "PV27", "GG3406", "GG7014"), EVERY_FEATURE);
    }

    static CapHeader alert() {
        return new CapHeader("signaal-4f1c-1", SENT, "Alert", List.of(), PAGE);
    }

    static final CapPhoto PHOTO = new CapPhoto(
            "https://signaal.example/waarschuwingen/4f1c/foto",
            "image/jpeg",
            48_213,
            CapPhoto.sha1("a photo".getBytes(StandardCharsets.UTF_8)));

    @Test
    void aDutchAlertForTheCountry() {
        Document cap = write(alert(), dutchOnly(), null);

        assertThat(text(cap, "identifier")).isEqualTo("signaal-4f1c-1");
        assertThat(text(cap, "sender")).isEqualTo("signaal.nl");
        assertThat(text(cap, "sent")).isEqualTo("2026-11-28T10:15:00+01:00");
        assertThat(text(cap, "status")).isEqualTo("Actual");
        assertThat(text(cap, "msgType")).isEqualTo("Alert");
        assertThat(text(cap, "scope")).isEqualTo("Public");
        assertThat(all(cap, "references")).isEmpty();
        assertThat(all(cap, "language")).containsExactly("nl-NL");
        assertThat(all(cap, "category")).containsExactly("Health");
        assertThat(all(cap, "event")).containsExactly("Nitazeen in nep-oxycodon");
        assertThat(all(cap, "responseType")).containsExactly("Avoid");
        assertThat(all(cap, "urgency")).containsExactly("Immediate");
        assertThat(all(cap, "severity")).containsExactly("Severe");
        assertThat(all(cap, "certainty")).containsExactly("Observed");
        assertThat(all(cap, "audience")).containsExactly("Professionals en publiek");
        assertThat(all(cap, "expires")).containsExactly("2027-01-15T13:00:00+01:00");
        assertThat(all(cap, "instruction")).containsExactly(NL.advice());
        assertThat(all(cap, "web")).containsExactly(PAGE);
        assertThat(all(cap, "parameter")).isEmpty();
        assertThat(all(cap, "resource")).isEmpty();
        assertThat(all(cap, "areaDesc")).containsExactly("Nederland");
        assertThat(all(cap, "polygon")).isEmpty();
        assertThat(geocodes(infos(cap).getFirst())).containsExactly("CBS=NL01");
    }

    @Test
    void anAlertInBothLanguagesWithEveryFeatureAPhotoAndRegions() {
        Document cap = write(alert(), everything(), PHOTO);

        List<Element> infos = infos(cap);
        assertThat(infos).extracting(i -> child(i, "language")).containsExactly("nl-NL", "en-GB");
        assertThat(infos).extracting(i -> child(i, "event")).containsExactly(NL.event(), EN.event());
        assertThat(infos).extracting(i -> child(i, "headline")).containsExactly(NL.headline(), EN.headline());
        assertThat(infos).extracting(i -> child(i, "web")).containsExactly(PAGE, PAGE + "?lang=en");
        assertThat(infos)
                .extracting(i -> child(i, "audience"))
                .containsExactly("Professionals en publiek", "Professionals and the public");
        for (Element info : infos) {
            assertThat(parameters(info))
                    .containsExactly(
                            "substance=protonitazeen",
                            "sold_as=oxycodon 80 mg",
                            "form=tablet",
                            "logo=OC 80",
                            "colour=groen",
                            "weight_mg=250",
                            "dose=2,1 mg");
            assertThat(geocodes(info)).containsExactly("CBS=NL01", "CBS=PV27", "CBS=GG3406", "CBS=GG7014");
            Element resource = elements(info, "resource").getFirst();
            assertThat(child(resource, "mimeType")).isEqualTo("image/jpeg");
            assertThat(child(resource, "size")).isEqualTo("48213");
            assertThat(child(resource, "uri")).isEqualTo(PHOTO.uri());
            assertThat(child(resource, "digest")).matches("[0-9a-f]{40}");
        }
        assertThat(all(cap, "areaDesc"))
                .containsExactly(
                        "Nederland",
                        "Noord-Holland",
                        "GGD Amsterdam",
                        "GGD Haaglanden",
                        "the Netherlands",
                        "Noord-Holland",
                        "GGD Amsterdam",
                        "GGD Haaglanden");
        assertThat(all(cap, "resourceDesc")).containsExactly("Foto van het product", "Photo of the product");
    }

    @Test
    void everyPolygonIsClosedWithAtLeastFourPairsAndOnlyRegionsHaveThem() {
        Document cap = write(alert(), everything(), PHOTO);

        for (Element info : infos(cap)) {
            List<Element> areas = elements(info, "area");
            assertThat(elements(areas.get(0), "polygon")).isEmpty();
            for (Element area : areas.subList(1, areas.size())) {
                List<Element> polygons = elements(area, "polygon");
                assertThat(polygons).as(child(area, "areaDesc")).isNotEmpty();
                for (Element polygon : polygons) {
                    String[] pairs = polygon.getTextContent().trim().split("\\s+");
                    assertThat(pairs).hasSizeGreaterThanOrEqualTo(4);
                    assertThat(pairs[0]).isEqualTo(pairs[pairs.length - 1]);
                    assertThat(pairs).allSatisfy(pair -> {
                        String[] latLon = pair.split(",");
                        assertThat(Double.parseDouble(latLon[0])).isBetween(50.7, 53.6);
                        assertThat(Double.parseDouble(latLon[1])).isBetween(3.3, 7.3);
                    });
                }
            }
        }
    }

    @Test
    void anUpdateReferencesTheMessagesBefore() {
        List<String> references = List.of(
                CapDocuments.references("signaal.nl", "signaal-4f1c-1", SENT),
                CapDocuments.references("signaal.nl", "signaal-4f1c-2", SENT.plusDays(1)));
        Document cap = write(
                new CapHeader("signaal-4f1c-3", SENT.plusDays(2), "Update", references, PAGE), everything(), null);

        assertThat(text(cap, "msgType")).isEqualTo("Update");
        String[] entries = text(cap, "references").split("\\s+");
        assertThat(entries)
                .containsExactly(
                        "signaal.nl,signaal-4f1c-1,2026-11-28T10:15:00+01:00",
                        "signaal.nl,signaal-4f1c-2,2026-11-29T10:15:00+01:00");
        assertThat(entries).allSatisfy(entry -> {
            String[] parts = entry.split(",");
            assertThat(parts).hasSize(3);
            assertThat(parts[2]).matches(CAP_TIME);
        });
    }

    @Test
    void aCancelReferencesTheMessagesBeforeAndStillSaysWhatItCancels() {
        List<String> references = List.of(CapDocuments.references("signaal.nl", "signaal-4f1c-1", SENT));
        Document cap = write(
                new CapHeader("signaal-4f1c-2", SENT.plusDays(3), "Cancel", references, PAGE), everything(), null);

        assertThat(text(cap, "msgType")).isEqualTo("Cancel");
        assertThat(text(cap, "references").split("\\s+")).hasSize(1);
        assertThat(all(cap, "language")).containsExactly("nl-NL", "en-GB");
    }

    @Test
    void timesAreAmsterdamTimeToTheSecondWithTheirOffsetNeverZ() {
        OffsetDateTime utcSummer = OffsetDateTime.of(2026, 7, 1, 8, 0, 0, 999_000_000, ZoneOffset.UTC);
        Document cap = write(new CapHeader("signaal-1", utcSummer, "Alert", List.of(), PAGE), dutchOnly(), null);

        assertThat(text(cap, "sent")).isEqualTo("2026-07-01T10:00:00+02:00").matches(CAP_TIME);
        assertThat(all(cap, "expires"))
                .allSatisfy(e -> assertThat(e).matches(CAP_TIME).doesNotContain("Z"));
        assertThat(CapDocuments.dateTime(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo("2026-01-01T01:00:00+01:00");
    }

    @Test
    void identifierAndSenderHoldNoSpaceCommaOrRestrictedCharacter() {
        Document cap = write(alert(), everything(), PHOTO);
        assertThat(text(cap, "identifier")).doesNotContain(" ", ",", "<", "&");
        assertThat(text(cap, "sender")).doesNotContain(" ", ",", "<", "&");

        for (String bad : List.of("signaal 1", "signaal,1", "signaal<1", "signaal&1", "")) {
            assertThatIllegalArgumentException()
                    .as(bad)
                    .isThrownBy(() ->
                            documents.write(new CapHeader(bad, SENT, "Alert", List.of(), PAGE), dutchOnly(), null));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> new AlertProperties("signaal nl", "http://x"));
        assertThatIllegalArgumentException().isThrownBy(() -> CapDocuments.references("signaal.nl", "a,b", SENT));
    }

    @Test
    void refusesReferencesThatDoNotFitTheMessageType() {
        String reference = CapDocuments.references("signaal.nl", "signaal-1", SENT);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> documents.write(
                        new CapHeader("signaal-2", SENT, "Alert", List.of(reference), PAGE), dutchOnly(), null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> documents.write(
                        new CapHeader("signaal-2", SENT, "Update", List.of(), PAGE), dutchOnly(), null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> documents.write(
                        new CapHeader("signaal-2", SENT, "Update", List.of("signaal-1"), PAGE), dutchOnly(), null));
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        documents.write(new CapHeader("signaal-2", SENT, "Ack", List.of(), PAGE), dutchOnly(), null));
    }

    @Test
    void refusesAnAreaThatIsNotARegionOfTheMaps() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        documents.write(alert(), content(null, List.of("GG9999"), IdentifyingFeatures.none()), null));
    }

    @Test
    void thePhotoDigestIsSha1InHex() {
        assertThat(CapPhoto.sha1("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
        assertThatIllegalArgumentException().isThrownBy(() -> new CapPhoto("https://x/p", "image/png", 1, "ABC"));
    }

    @Test
    void theDefaultsOfTheProperties() {
        AlertProperties defaults = new AlertProperties(null, null);
        assertThat(defaults.sender()).isEqualTo("signaal.nl");
        assertThat(defaults.publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(new AlertProperties("a.b", "https://signaal.example/").publicUrl())
                .isEqualTo("https://signaal.example");
    }

    @Test
    void specialCharactersSurviveTheRoundTrip() {
        Document cap = write(alert(), everything(), null);
        assertThat(EN.headline()).contains("&", "<", "é");
        assertThat(child(infos(cap).get(1), "headline")).isEqualTo(EN.headline());
    }

    /** Writes, checks against the schema and parses. */
    private Document write(CapHeader header, WarningContent content, CapPhoto photo) {
        String xml = documents.write(header, content, photo);
        CapSchema.assertValid(xml);
        return parse(xml);
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static String text(Document cap, String name) {
        List<String> values = all(cap, name);
        assertThat(values).as(name).hasSize(1);
        return values.getFirst();
    }

    private static List<String> all(Document cap, String name) {
        return elements(cap.getDocumentElement(), name).stream()
                .map(Node::getTextContent)
                .toList();
    }

    private static List<Element> infos(Document cap) {
        return elements(cap.getDocumentElement(), "info");
    }

    /** The descendants of that name, in document order. */
    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(CapDocuments.NAMESPACE, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String child(Element parent, String name) {
        List<Element> found = elements(parent, name);
        assertThat(found).as(name).hasSize(1);
        return found.getFirst().getTextContent();
    }

    private static List<String> parameters(Element info) {
        return pairs(info, "parameter");
    }

    private static List<String> geocodes(Element info) {
        return pairs(info, "geocode");
    }

    private static List<String> pairs(Element info, String name) {
        return elements(info, name).stream()
                .map(e -> child(e, "valueName") + "=" + child(e, "value"))
                .toList();
    }
}
