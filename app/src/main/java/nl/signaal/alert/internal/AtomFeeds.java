/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Writes Atom 1.0 feeds (RFC 4287). The feed carries the author for all its entries (§4.1.1: an entry without one
 * takes the feed's). Each entry links to the warning's page ({@code alternate}, text/html) and to its CAP message
 * ({@code alternate}, application/cap+xml): §4.1.1 allows several alternates that differ in type, and CAP readers
 * look for that type. Times are RFC 3339 in UTC, to the second (§3.3).
 */
@Component
public class AtomFeeds {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    public String write(AtomFeed feed) {
        XmlWriter xml = new XmlWriter(NAMESPACE, "feed");
        xml.text("id", feed.id());
        xml.text("title", feed.title());
        xml.text("updated", time(feed.updated()));
        xml.start("author").text("name", "Signaal").end();
        link(xml, "self", "application/atom+xml", feed.selfUrl());
        for (AtomEntry entry : feed.entries()) {
            xml.start("entry");
            xml.text("id", entry.id());
            xml.text("title", entry.title());
            xml.text("updated", time(entry.updated()));
            xml.text("published", time(entry.published()));
            xml.text("summary", entry.summary());
            link(xml, "alternate", "text/html", entry.pageUrl());
            link(xml, "alternate", "application/cap+xml", entry.capUrl());
            String category = entry.category();
            if (category != null) {
                xml.start("category").attribute("term", category).end();
            }
            xml.end();
        }
        return xml.finish();
    }

    private static void link(XmlWriter xml, String rel, String type, String href) {
        xml.start("link")
                .attribute("rel", rel)
                .attribute("type", type)
                .attribute("href", href)
                .end();
    }

    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
