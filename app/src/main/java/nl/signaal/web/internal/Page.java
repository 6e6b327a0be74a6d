/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template gets: the texts in the reader's language, who is logged in and whether they work in the
 * monitoring centre (analyst, coordinator, administrator: they see the signal queue), the CSRF token for forms. No page
 * text is written in a template; every text has a key in {@code i18n/messages*.properties}.
 *
 * <p>The CSRF token is made when a form asks for it, not before: making it starts a session, and a visitor who only
 * reads public pages should get no session and no cookie.
 */
public record Page(
        MessageSource messages,
        Locale locale,
        @Nullable String user,
        boolean monitoring,
        @Nullable CsrfToken csrf) {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    public @Nullable String csrfParameter() {
        return csrf == null ? null : csrf.getParameterName();
    }

    public @Nullable String csrfToken() {
        return csrf == null ? null : csrf.getToken();
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String lang() {
        return locale.getLanguage();
    }

    /** A moment as people here read it: in Dutch time, written the reader's way. */
    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(instant.atZone(AMSTERDAM));
    }

    /** The other language, offered in the header. */
    public String otherLang() {
        return "nl".equals(lang()) ? "en" : "nl";
    }
}
