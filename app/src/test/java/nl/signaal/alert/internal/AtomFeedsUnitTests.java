/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The feed has what RFC 4287 requires, and each entry links to its page and its CAP message. */
class AtomFeedsUnitTests {

    static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00.250Z");
    static final Instant UPDATED = Instant.parse("2026-11-28T09:15:00Z");

    final AtomFeeds feeds = new AtomFeeds();

    static AtomEntry entry(String id, String title, String category) {
        return new AtomEntry(
                "urn:uuid:" + id,
                title,
                UPDATED,
                PUBLISHED,
                "Tablets sold as oxycodone contain protonitazene & are deadly",
                "https://signaal.example/waarschuwingen/" + id,
                "https://signaal.example/waarschuwingen/" + id + "/cap.xml",
                category);
    }

    static AtomFeed feed(List<AtomEntry> entries) {
        return new AtomFeed(
                "urn:uuid:7e1a4a36-9d2b-4a55-8a70-0a7b3c2f0d11",
                "Signaal: waarschuwingen",
                "https://signaal.example/waarschuwingen.atom?a=1&b=2",
                UPDATED,
                entries);
    }

    @Test
    void theFeedHasItsRequiredElements() {
        Element feed = parse(feeds.write(feed(List.of()))).getDocumentElement();

        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "id")).isEqualTo("urn:uuid:7e1a4a36-9d2b-4a55-8a70-0a7b3c2f0d11");
        assertThat(child(feed, "title")).isEqualTo("Signaal: waarschuwingen");
        assertThat(child(feed, "updated")).isEqualTo("2026-11-28T09:15:00Z");
        assertThat(children(feed, "author"))
                .singleElement()
                .satisfies(a -> assertThat(child(a, "name")).isEqualTo("Signaal"));
        assertThat(children(feed, "link")).singleElement().satisfies(link -> {
            assertThat(link.getAttribute("rel")).isEqualTo("self");
            assertThat(link.getAttribute("href")).isEqualTo("https://signaal.example/waarschuwingen.atom?a=1&b=2");
        });
        assertThat(children(feed, "entry")).isEmpty();
    }

    @Test
    void everyEntryLinksToItsPageAndItsCapMessage() {
        Element feed = parse(feeds.write(feed(List.of(entry("a1", "One", "Severe"), entry("b2", "Two", null)))))
                .getDocumentElement();

        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSize(2);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(child(entry, "id")).startsWith("urn:uuid:");
            assertThat(child(entry, "title")).isNotBlank();
            assertThat(child(entry, "updated")).isEqualTo("2026-11-28T09:15:00Z");
            assertThat(child(entry, "published")).isEqualTo("2026-11-20T09:00:00Z");
            assertThat(child(entry, "summary")).contains("&");
            assertThat(children(entry, "link"))
                    .extracting(l -> l.getAttribute("rel") + " " + l.getAttribute("type"))
                    .containsExactly("alternate text/html", "alternate application/cap+xml");
            assertThat(children(entry, "link").get(1).getAttribute("href")).endsWith("/cap.xml");
        });
        assertThat(children(entries.get(0), "category"))
                .singleElement()
                .satisfies(c -> assertThat(c.getAttribute("term")).isEqualTo("Severe"));
        assertThat(children(entries.get(1), "category")).isEmpty();
    }

    @Test
    void isWellFormedWithSpecialCharacters() {
        String title = "Pillen & <poeder> in Café \"De Zwaan\"";
        Element feed =
                parse(feeds.write(feed(List.of(entry("c3", title, "a&b<c"))))).getDocumentElement();

        Element entry = children(feed, "entry").getFirst();
        assertThat(child(entry, "title")).isEqualTo(title);
        assertThat(children(entry, "category").getFirst().getAttribute("term")).isEqualTo("a&b<c");
    }

    private static Document parse(String xml) {
        return CapDocumentsUnitTests.parse(xml);
    }

    /** Direct children of that name in the Atom namespace. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e
                    && AtomFeeds.NAMESPACE.equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(name).hasSize(1);
        return found.getFirst().getTextContent();
    }
}
