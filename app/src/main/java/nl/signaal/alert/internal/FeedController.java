/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import nl.signaal.alert.PublishedWarning;
import nl.signaal.alert.WarningState;
import nl.signaal.alert.WarningText;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public feeds: the warnings for people and their feed readers ({@code /feeds/warnings.atom}, Dutch), and the
 * index of current CAP messages for machines ({@code /feeds/cap.atom}: one entry per CAP message, its id the CAP
 * identifier). Both list published, valid warnings and, for a week, cancellations. A feed is written once per change
 * of the list and then served as it is: feeds are polled far more often than warnings change.
 */
@RestController
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final AlertDesk desk;
    private final AtomFeeds atom;
    private final AlertProperties properties;
    private final MessageSource messages;
    private final AtomicReference<Written> warnings = new AtomicReference<>();
    private final AtomicReference<Written> capIndex = new AtomicReference<>();

    FeedController(AlertDesk desk, AtomFeeds atom, AlertProperties properties, MessageSource messages) {
        this.desk = desk;
        this.atom = atom;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/feeds/warnings.atom")
    ResponseEntity<String> warnings() {
        return serve(warnings, false);
    }

    @GetMapping("/feeds/cap.atom")
    ResponseEntity<String> capIndex() {
        return serve(capIndex, true);
    }

    private ResponseEntity<String> serve(AtomicReference<Written> cache, boolean cap) {
        List<PublishedWarning> current = desk.current();
        Written written = cache.get();
        // the list is a new object whenever it was read again, so identity tells whether the feed is still right
        if (written == null || written.from() != current) {
            written = new Written(current, cap ? capFeed(current) : warningFeed(current));
            cache.set(written);
        }
        return ResponseEntity.ok()
                .contentType(ATOM)
                .cacheControl(CacheControl.noCache())
                .body(written.xml());
    }

    private String warningFeed(List<PublishedWarning> current) {
        String base = properties.publicUrl();
        List<AtomEntry> entries = current.stream()
                .map(w -> {
                    WarningText nl = w.content().nl();
                    String title = w.state() == WarningState.CANCELLED
                            ? text("warnings.cancelled") + ": " + nl.headline()
                            : nl.headline();
                    return new AtomEntry(
                            "urn:uuid:" + w.id(),
                            title,
                            w.capSent(),
                            w.firstPublishedAt(),
                            nl.event() + ". " + nl.advice(),
                            base + "/warnings/" + w.id(),
                            base + "/api/v1/warnings/" + w.id() + ".cap",
                            w.content().severity().cap());
                })
                .toList();
        return atom.write(new AtomFeed(
                base + "/feeds/warnings.atom",
                text("warnings.feed.title"),
                base + "/feeds/warnings.atom",
                updated(current),
                entries));
    }

    private String capFeed(List<PublishedWarning> current) {
        String base = properties.publicUrl();
        List<AtomEntry> entries = current.stream()
                .map(w -> new AtomEntry(
                        w.capIdentifier(),
                        w.content().nl().headline(),
                        w.capSent(),
                        w.firstPublishedAt(),
                        w.content().nl().event(),
                        base + "/warnings/" + w.id(),
                        base + "/api/v1/warnings/" + w.id() + ".cap",
                        w.state() == WarningState.CANCELLED ? "Cancel" : "Actual"))
                .toList();
        return atom.write(new AtomFeed(
                base + "/feeds/cap.atom",
                text("warnings.feed.capTitle"),
                base + "/feeds/cap.atom",
                updated(current),
                entries));
    }

    private String text(String key) {
        return messages.getMessage(key, null, DUTCH);
    }

    /** The newest message; the epoch for an empty feed, which never changed. */
    private static Instant updated(List<PublishedWarning> current) {
        return current.stream()
                .map(PublishedWarning::capSent)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    private record Written(List<PublishedWarning> from, String xml) {}
}
