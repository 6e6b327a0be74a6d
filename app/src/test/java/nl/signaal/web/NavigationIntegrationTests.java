/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The menu per role, as each demo role and a visitor see it: which links it has and which it has not, that each one
 * opens for that role, that the page one is on is marked, and that the home page lists the same tasks. In a real
 * browser: on a phone the menu folds behind a "Menu" button that works without JavaScript, on a desktop it is a bar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavigationIntegrationTests {

    private static final List<String> EVERYONE = List.of("/", "/warnings", "/dashboard");
    private static final String API = "/swagger-ui.html";

    /** Each role's links after everyone's, in the menu's order. */
    private static final Map<Role, List<String>> TASKS = Map.of(
            Role.LAB, List.of("/samples/new", "/upload"),
            Role.REPORTER, List.of("/incidents/new", "/upload"),
            Role.ANALYST, List.of("/upload", "/signals", "/alerts", "/substances/unresolved", "/estimates"),
            Role.COORDINATOR, List.of("/signals", "/alerts", "/estimates"),
            Role.ADMIN, List.of("/upload", "/signals", "/alerts", "/substances/unresolved", "/estimates"));

    private static final Pattern NAV = Pattern.compile("<nav class=\"site-nav\".*?</nav>", Pattern.DOTALL);
    private static final Pattern HEADER = Pattern.compile("<header.*?</header>", Pattern.DOTALL);
    private static final Pattern CARDS = Pattern.compile("<ul class=\"cards tasks\">.*?</ul>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessManagement access;

    @LocalServerPort
    int port;

    private final Map<Role, String> passwords = new EnumMap<>(Role.class);
    private final Map<Role, MockHttpSession> sessions = new EnumMap<>(Role.class);
    private Browser browser;

    @BeforeAll
    void accounts() throws Exception {
        var organisation = access.ensureOrganisation("nav", "Navigation");
        for (Role role : Role.values()) {
            passwords.put(role, access.createAccount(name(role), organisation, Set.of(role)));
            MvcResult login = mvc.perform(formLogin("/login").user(name(role)).password(passwords.get(role)))
                    .andReturn();
            assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
            sessions.put(role, (MockHttpSession) login.getRequest().getSession(false));
        }
        browser = new Browser();
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void aVisitorSeesThePublicLinksAndALoginButNoTasksAndNoApi() throws Exception {
        String html = html(get("/"), null);
        assertThat(links(NAV, html)).containsExactlyElementsOf(EVERYONE);
        assertThat(links(HEADER, html)).contains("/login", "?lang=en").doesNotContain(API);
        assertThat(html).doesNotContain("action=\"/logout\"").doesNotContain("class=\"cards tasks\"");
        assertThat(html).contains("Wat is Signaal?");
    }

    @Test
    void eachRoleSeesItsOwnTasksAndTheApiAndNoOtherRolesTasks() throws Exception {
        for (Role role : Role.values()) {
            String html = html(get("/"), role);
            List<String> expected = new ArrayList<>(EVERYONE);
            expected.addAll(TASKS.get(role));
            assertThat(links(NAV, html)).as("menu of %s", role).containsExactlyElementsOf(expected);
            assertThat(links(CARDS, html))
                    .as("tasks on the home page of %s", role)
                    .containsExactlyElementsOf(TASKS.get(role));
            assertThat(html)
                    .as("header of %s", role)
                    .contains("action=\"/logout\"", "Uitloggen (" + name(role) + ")", "hreflang=\"en\"")
                    .doesNotContain("href=\"/login\"");
            assertThat(links(HEADER, html)).as("header of %s", role).contains(API);
        }
    }

    @Test
    void everyLinkInARolesMenuOpensForThatRole() throws Exception {
        for (Role role : Role.values()) {
            for (String link : links(NAV, html(get("/"), role))) {
                int status = mvc.perform(get(link).session(sessions.get(role)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(status).as("%s opening %s", role, link).isLessThan(400);
            }
        }
    }

    @Test
    void theMenuMarksThePageOneIsOnAndTheSectionOfAPageBelowIt() throws Exception {
        String warnings = nav(html(get("/warnings"), null));
        assertThat(warnings).contains("href=\"/warnings\" aria-current=\"page\"");
        assertThat(warnings).containsOnlyOnce("aria-current");

        String newWarning = nav(html(get("/alerts/new"), Role.ANALYST));
        assertThat(newWarning).contains("href=\"/alerts\" aria-current=\"true\"");
        assertThat(newWarning).containsOnlyOnce("aria-current");
        assertThat(newWarning).doesNotContain("href=\"/\" aria-current");
    }

    @Test
    void onAPhoneTheMenuFoldsWithoutJavaScriptAndOnADesktopItIsABar() {
        String base = "http://localhost:" + port;
        for (Role role : List.of(Role.LAB, Role.ANALYST)) {
            Page phone = browser.session(base, 390);
            logIn(phone, role);
            var summary = phone.locator("nav.site-nav summary");
            var upload = phone.locator("nav.site-nav a[href='/upload']");
            assertThat(summary).isVisible();
            assertThat(upload).isHidden();
            Browser.screenshot(phone, "nav-" + role.name().toLowerCase() + "-phone");
            summary.click();
            assertThat(upload).isVisible();
            Browser.assertAccessible(phone);
            Browser.screenshot(phone, "nav-" + role.name().toLowerCase() + "-phone-open");

            Page desktop = browser.session(base, 1280);
            logIn(desktop, role);
            assertThat(desktop.locator("nav.site-nav summary")).isHidden();
            assertThat(desktop.locator("nav.site-nav a[href='/upload']")).isVisible();
            Browser.screenshot(desktop, "nav-" + role.name().toLowerCase() + "-desktop");
            // one row on every page of the role, also where the current (bold, so wider) link is the longest
            for (String task : TASKS.get(role)) {
                desktop.navigate(task);
                double top = desktop.locator("nav.site-nav li").first().boundingBox().y;
                for (var item : desktop.locator("nav.site-nav li").all()) {
                    assertThat(item.boundingBox().y)
                            .as("%s on a desktop, on %s", item.textContent(), task)
                            .isEqualTo(top);
                }
            }
        }
        Page visitor = browser.session(base, 390);
        visitor.navigate("/");
        Browser.screenshot(visitor, "home-visitor-phone");
        Page visitorDesktop = browser.session(base, 1280);
        visitorDesktop.navigate("/?lang=en");
        Browser.screenshot(visitorDesktop, "home-visitor-desktop-en");
    }

    /** Without JavaScript as well: the fold is a {@code <details>}, which the browser opens by itself. */
    @Test
    void theFoldedMenuOpensWithJavaScriptSwitchedOff() {
        Page phone = browser.session("http://localhost:" + port, 390, false);
        phone.navigate("/");
        phone.locator("nav.site-nav summary").click();
        assertThat(phone.locator("nav.site-nav a[href='/warnings']")).isVisible();
    }

    private void logIn(Page page, Role role) {
        page.navigate("/login");
        page.fill("#username", name(role));
        page.fill("#password", passwords.get(role));
        page.click("main form button[type=submit]");
        page.waitForLoadState();
    }

    private String html(MockHttpServletRequestBuilder request, @Nullable Role role) throws Exception {
        if (role != null) {
            request.session(sessions.get(role));
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private static String nav(String html) {
        Matcher nav = NAV.matcher(html);
        assertThat(nav.find()).as("the page has the menu").isTrue();
        return nav.group();
    }

    private static List<String> links(Pattern part, String html) {
        Matcher matcher = part.matcher(html);
        assertThat(matcher.find()).as("the page has %s", part).isTrue();
        return HREF.matcher(matcher.group())
                .results()
                .map(m -> m.group(1).replace("&amp;", "&"))
                .toList();
    }

    private static String name(Role role) {
        return "nav-" + role.name().toLowerCase();
    }
}
