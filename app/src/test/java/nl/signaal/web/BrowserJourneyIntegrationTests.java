/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Set;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The warning journey in a real browser (Chromium, headless), as its people do it: an analyst drafts a warning on the
 * desk's form and fixes the field it points at; a coordinator approves it; a reader on a phone finds it on the public
 * page, in Dutch and in English. Every page on the way passes axe-core (no serious or critical WCAG 2.1 AA violation)
 * and is photographed into {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserJourneyIntegrationTests {

    static Browser browser;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @BeforeAll
    static void open() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    AccessManagement access;

    @Test
    void anAnalystDraftsACoordinatorApprovesAndAReaderOnAPhoneFindsIt() {
        var centre = access.ensureOrganisation("browser", "Monitoring centre");
        String analystPassword = access.createAccount("browser-analyst", centre, Set.of(Role.ANALYST));
        String coordinatorPassword = access.createAccount("browser-coordinator", centre, Set.of(Role.COORDINATOR));
        String base = "http://localhost:" + port;

        Page analyst = browser.session(base, 1280);
        logIn(analyst, "browser-analyst", analystPassword);
        analyst.navigate("/alerts/new");
        analyst.fill("#f-nlEvent", "Nitazeen in nep-oxycodon");
        analyst.fill("#f-nlDescription", "Protonitazeen in groene tabletten met '80', verkocht als oxycodon.");
        analyst.fill("#f-nlAdvice", "Gebruik deze tabletten niet. Bel 112 bij sufheid of trage ademhaling.");
        analyst.fill("#f-enEvent", "Nitazene in fake oxycodone");
        analyst.fill("#f-enHeadline", "Protonitazene in fake oxycodone in Amsterdam");
        analyst.fill("#f-enDescription", "Protonitazene in green tablets marked '80', sold as oxycodone.");
        analyst.fill("#f-enAdvice", "Do not use these tablets. Call 112 for drowsiness or slow breathing.");
        analyst.check("input[name=audience][value=PUBLIC]");
        analyst.selectOption("#f-severity", "EXTREME");
        analyst.fill("#f-areas", "GG3406");
        analyst.fill("#f-logo", "80");
        analyst.fill("#f-colour", "groen");
        analyst.fill("#f-validUntil", LocalDate.now().plusDays(30).toString());
        analyst.click("form.stacked button[type=submit]");
        // the headline was left out: the form comes back with the problem next to it and the rest kept
        assertThat(analyst.locator("#nlHeadline-error")).isVisible();
        assertThat(analyst.locator("#f-nlEvent")).hasValue("Nitazeen in nep-oxycodon");
        Browser.assertAccessible(analyst);
        Browser.screenshot(analyst, "warning-1-draft-refused");
        analyst.fill("#f-nlHeadline", "Protonitazeen in nep-oxycodon in Amsterdam");
        analyst.click("form.stacked button[type=submit]");
        analyst.waitForURL("**/alerts/*");
        String warning = analyst.url().substring(analyst.url().lastIndexOf('/') + 1);
        assertThat(analyst.locator("h1")).containsText("Protonitazeen in nep-oxycodon in Amsterdam");
        assertThat(analyst.locator("text=Goedkeuren en publiceren")).hasCount(0);
        Browser.assertAccessible(analyst);
        Browser.screenshot(analyst, "warning-2-drafted");

        Page coordinator = browser.session(base, 1280);
        logIn(coordinator, "browser-coordinator", coordinatorPassword);
        coordinator.navigate("/alerts");
        Browser.assertAccessible(coordinator);
        coordinator.click("text=Protonitazeen in nep-oxycodon in Amsterdam");
        coordinator.click("button:has-text('Goedkeuren en publiceren')");
        assertThat(coordinator.locator("p.notice[role=status]").first()).containsText("Gedaan");
        assertThat(coordinator.locator("dl.facts")).containsText("gepubliceerd");
        Browser.assertAccessible(coordinator);
        Browser.screenshot(coordinator, "warning-3-approved");

        Page reader = browser.session(base, 390);
        reader.navigate("/warnings");
        Browser.assertAccessible(reader);
        Browser.screenshot(reader, "warning-4-public-list-phone");
        reader.click("text=Protonitazeen in nep-oxycodon in Amsterdam");
        assertThat(reader.locator("h1")).hasText("Protonitazeen in nep-oxycodon in Amsterdam");
        assertThat(reader.locator("article")).containsText("Gebruik deze tabletten niet");
        assertThat(reader.url()).endsWith("/warnings/" + warning);
        Browser.assertAccessible(reader);
        Browser.screenshot(reader, "warning-5-public-page-phone");
        reader.click("a[hreflang=en]");
        assertThat(reader.locator("h1")).hasText("Protonitazene in fake oxycodone in Amsterdam");
        Browser.assertAccessible(reader);
        Browser.screenshot(reader, "warning-6-public-page-phone-en");
    }

    private static void logIn(Page page, String user, String password) {
        page.navigate("/login");
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("form button[type=submit]");
        page.waitForLoadState();
    }
}
