/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.signaal.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template gets: the texts in the reader's language, who is logged in and with which roles (and so
 * which tasks the navigation and the home page offer), the path of the page (to mark it in the navigation), the CSRF
 * token for forms. No page text is written in a template; every text has a key in {@code i18n/messages*.properties}.
 *
 * <p>The CSRF token is made when a form asks for it, not before: making it starts a session, and a visitor who only
 * reads public pages should get no session and no cookie.
 */
public record Page(
        MessageSource messages,
        Locale locale,
        @Nullable String user,
        Set<Role> roles,
        String path,
        @Nullable CsrfToken csrf) {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /**
     * A job of a role, as a page: {@code nav.<name>} is its label, {@code task.<name>} the sentence on the home page
     * saying what it is for.
     */
    public record Task(String name, String href, Set<Role> roles) {}

    /**
     * Every role's tasks, in the order the navigation shows them. Who may open each page is decided by the security
     * configuration and the endpoints; a task is offered here to the roles whose work it is, which is narrower: an
     * administrator may open the sample form, but registering samples is the lab's job.
     */
    static final List<Task> TASKS = List.of(
            new Task("sample", "/samples/new", EnumSet.of(Role.LAB)),
            new Task("incident", "/incidents/new", EnumSet.of(Role.REPORTER)),
            // analysts send indicators, administrators reference files: see the ingest module's SenderRoles
            new Task("upload", "/upload", EnumSet.of(Role.LAB, Role.REPORTER, Role.ANALYST, Role.ADMIN)),
            new Task("signals", "/signals", EnumSet.of(Role.ANALYST, Role.COORDINATOR, Role.ADMIN)),
            new Task("desk", "/alerts", EnumSet.of(Role.ANALYST, Role.COORDINATOR, Role.ADMIN)),
            new Task("curation", "/substances/unresolved", EnumSet.of(Role.ANALYST, Role.ADMIN)),
            new Task("estimates", "/estimates", EnumSet.of(Role.ANALYST, Role.COORDINATOR, Role.ADMIN)));

    public Page {
        roles = Set.copyOf(roles);
    }

    public boolean loggedIn() {
        return user != null;
    }

    /** Analyst, coordinator or administrator: they work in the monitoring centre and see the signal queue. */
    public boolean monitoring() {
        return roles.contains(Role.ANALYST) || roles.contains(Role.COORDINATOR) || roles.contains(Role.ADMIN);
    }

    /** The tasks of the logged-in user's roles; none for a visitor. */
    public List<Task> tasks() {
        return TASKS.stream()
                .filter(task -> task.roles().stream().anyMatch(roles::contains))
                .toList();
    }

    /**
     * The value of {@code aria-current} for a navigation link: {@code page} on the page itself, {@code true} on a page
     * below it (a signal below the queue), and no attribute elsewhere.
     */
    public @Nullable String current(String href) {
        if (path.equals(href)) {
            return "page";
        }
        return !"/".equals(href) && path.startsWith(href + "/") ? "true" : null;
    }

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
