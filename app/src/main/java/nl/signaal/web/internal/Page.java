/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * What every page template gets: the texts in the reader's language, who is logged in, the CSRF token for forms. No
 * page text is written in a template; every text has a key in {@code i18n/messages*.properties}.
 */
public record Page(
        MessageSource messages,
        Locale locale,
        @Nullable String user,
        @Nullable String csrfParameter,
        @Nullable String csrfToken) {

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String lang() {
        return locale.getLanguage();
    }

    /** The other language, offered in the header. */
    public String otherLang() {
        return "nl".equals(lang()) ? "en" : "nl";
    }
}
