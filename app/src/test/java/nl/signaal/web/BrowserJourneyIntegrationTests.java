/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The warning journey in a real browser (Chromium, headless), as its people do it: an analyst triages and escalates a
 * signal, finds the draft it made on the desk, finishes it and fixes the field the form points at; a coordinator
 * approves it; a reader on a phone finds it on the public
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

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnalystDraftsACoordinatorApprovesAndAReaderOnAPhoneFindsIt() {
        var centre = access.ensureOrganisation("browser", "Monitoring centre");
        String analystPassword = access.createAccount("browser-analyst", centre, Set.of(Role.ANALYST));
        String coordinatorPassword = access.createAccount("browser-coordinator", centre, Set.of(Role.COORDINATOR));
        String base = "http://localhost:" + port;

        UUID signal = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO signal_signal (id, kind, subject_scope, subject, subject_name, region, product,
                                                   priority, score, state, rule_version, first_evidence_on,
                                                   last_evidence_on, evidence_count, detected_at, updated_at)
                        VALUES (:id, 'POTENT_OPIOID_MIS_SOLD', 'SUBSTANCE', 'protonitazene', 'Protonitazene',
                                'GG3406', 'green 80', 1, 1.0, 'NEW', 1, :day, :day, 4, CURRENT_TIMESTAMP,
                                CURRENT_TIMESTAMP)
                        """)
                .param("id", signal)
                .param("day", LocalDate.now().minusDays(2))
                .update();

        Page analyst = browser.session(base, 1280);
        logIn(analyst, "browser-analyst", analystPassword);
        analyst.navigate("/signals");
        Browser.assertAccessible(analyst);
        analyst.click("a[href='/signals/" + signal + "']");
        Browser.assertAccessible(analyst);
        Browser.screenshot(analyst, "warning-1-signal");
        analyst.selectOption("#to", "TRIAGED");
        analyst.click("form[action$='/state'] button[type=submit]");
        analyst.selectOption("#to", "ESCALATED");
        analyst.click("form[action$='/state'] button[type=submit]");
        assertThat(analyst.locator("dl.facts")).containsText("Opgeschaald naar waarschuwing");

        // escalating made a draft, written by the analyst, prefilled from the signal
        analyst.navigate("/alerts");
        for (int i = 0;
                i < 60 && analyst.locator("text=Waarschuwing: Protonitazene").count() == 0;
                i++) {
            analyst.waitForTimeout(500);
            analyst.reload();
        }
        Browser.assertAccessible(analyst);
        analyst.click("text=Waarschuwing: Protonitazene");
        analyst.fill("#f-nlHeadline", "");
        analyst.fill("#f-nlAdvice", "Gebruik deze tabletten niet. Bel 112 bij sufheid of trage ademhaling.");
        analyst.check("input[name=audience][value=PUBLIC]");
        analyst.selectOption("#f-severity", "EXTREME");
        analyst.fill("#f-logo", "80");
        analyst.fill("#f-colour", "groen");
        analyst.fill("#f-enHeadline", "Protonitazene in fake oxycodone in Amsterdam");
        analyst.click("form[enctype='multipart/form-data'] button[type=submit]");
        // the headline was emptied: the form comes back with the problem next to it and the rest kept
        assertThat(analyst.locator("#nlHeadline-error")).isVisible();
        assertThat(analyst.locator("#f-logo")).hasValue("80");
        Browser.assertAccessible(analyst);
        Browser.screenshot(analyst, "warning-2-draft-refused");
        analyst.fill("#f-nlHeadline", "Protonitazeen in nep-oxycodon in Amsterdam");
        analyst.click("form[enctype='multipart/form-data'] button[type=submit]");
        assertThat(analyst.locator("p.notice[role=status]").first()).containsText("Gedaan");
        assertThat(analyst.locator("h1")).containsText("Protonitazeen in nep-oxycodon in Amsterdam");
        assertThat(analyst.locator("text=Goedkeuren en publiceren")).hasCount(0);
        String warning = analyst.url().substring(analyst.url().lastIndexOf('/') + 1);
        Browser.assertAccessible(analyst);
        Browser.screenshot(analyst, "warning-3-drafted");

        Page coordinator = browser.session(base, 1280);
        logIn(coordinator, "browser-coordinator", coordinatorPassword);
        coordinator.navigate("/alerts");
        Browser.assertAccessible(coordinator);
        coordinator.click("text=Protonitazeen in nep-oxycodon in Amsterdam");
        coordinator.click("button:has-text('Goedkeuren en publiceren')");
        assertThat(coordinator.locator("p.notice[role=status]").first()).containsText("Gedaan");
        assertThat(coordinator.locator("dl.facts")).containsText("gepubliceerd");
        Browser.assertAccessible(coordinator);
        Browser.screenshot(coordinator, "warning-4-approved");

        Page reader = browser.session(base, 390);
        reader.navigate("/warnings");
        Browser.assertAccessible(reader);
        Browser.screenshot(reader, "warning-5-public-list-phone");
        reader.click("text=Protonitazeen in nep-oxycodon in Amsterdam");
        assertThat(reader.locator("h1")).hasText("Protonitazeen in nep-oxycodon in Amsterdam");
        assertThat(reader.locator("article")).containsText("Gebruik deze tabletten niet");
        assertThat(reader.url()).endsWith("/warnings/" + warning);
        Browser.assertAccessible(reader);
        Browser.screenshot(reader, "warning-6-public-page-phone");
        reader.click("a[hreflang=en]");
        assertThat(reader.locator("h1")).hasText("Protonitazene in fake oxycodone in Amsterdam");
        Browser.assertAccessible(reader);
        Browser.screenshot(reader, "warning-7-public-page-phone-en");
    }

    @Test
    void aLabUploadsACsvWithOneBadRowSeesItExplainedFixesItAndUploadsAgain(@TempDir Path directory) throws Exception {
        var lab = access.ensureOrganisation("browser-lab", "Drug-checking service");
        String password = access.createAccount("browser-lab-worker", lab, Set.of(Role.LAB));
        Path file = directory.resolve("monsters-week-47.csv");
        String header = "external_id,sample_date,region_code,sold_as,form,substance\n";
        String first = "BR-1,2026-11-20,GG3406,xtc,tablet,MDMA\n";
        String third = "BR-3,2026-11-21,GG4607,cocaine,powder,cocaine\n";
        Files.writeString(file, header + first + "BR-2,2026-13-01,GG3406,xtc,tablet,MDMA\n" + third);

        Page page = browser.session("http://localhost:" + port, 1280);
        logIn(page, "browser-lab-worker", password);
        page.click("nav >> text=Gegevens aanleveren");
        Browser.assertAccessible(page);
        page.selectOption("#f-kind", "samples");
        page.setInputFiles("#f-file", file);
        page.click("form.stacked button[type=submit]");
        assertThat(page.locator("div.notice.error")).containsText("niet opgeslagen");
        var row = page.locator("table.problems tbody tr").first();
        assertThat(row.locator("td").nth(0)).hasText("3");
        assertThat(row.locator("td").nth(1)).hasText("sample_date");
        assertThat(row.locator("td").nth(2)).hasText("2026-13-01");
        assertThat(row.locator("td").nth(3)).containsText("is geen datum");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ingest_sample WHERE external_id LIKE 'BR-%'")
                        .query(Long.class)
                        .single())
                .as("nothing of the refused file is stored")
                .isZero();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "upload-1-refused");

        Files.writeString(file, header + first + "BR-2,2026-11-19,GG3406,xtc,tablet,MDMA\n" + third);
        page.setInputFiles("#f-file", file);
        page.click("form.stacked button[type=submit]");
        assertThat(page.locator("div.notice[role=status]")).containsText("3 van de 3 records opgeslagen");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ingest_sample WHERE external_id LIKE 'BR-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "upload-2-stored");
    }

    @Test
    void aReaderOnAPhoneReadsTheFiguresAndTheMap() {
        Page reader = browser.session("http://localhost:" + port, 390);
        reader.navigate("/");
        reader.click("details.menu > summary");
        reader.click("nav >> text=Cijfers");
        assertThat(reader.locator("h1")).hasText("Cijfers");
        Browser.assertAccessible(reader);
        Browser.screenshot(reader, "dashboard-1-overview-phone");

        reader.click("main a:text-is('Kaart')");
        assertThat(reader.locator("#chart")).hasAttribute("data-drawn", "true");
        assertThat(reader.locator("#chart svg path").first()).isVisible();
        assertThat(reader.locator("table tbody tr")).hasCount(26);
        Browser.assertAccessible(reader);
        Browser.screenshot(reader, "dashboard-2-map-phone");

        reader.selectOption("#f-level", "PROVINCE");
        reader.click("form.filters button[type=submit]");
        assertThat(reader.locator("#chart")).hasAttribute("data-drawn", "true");
        assertThat(reader.locator("table tbody tr")).hasCount(13);
        Browser.screenshot(reader, "dashboard-3-map-provinces-phone");

        reader.navigate("/dashboard/trends?source=INCIDENT&subject=group:opioids&period=YEAR");
        assertThat(reader.locator("#chart")).hasAttribute("data-drawn", "true");
        assertThat(reader.locator("a[download]"))
                .hasAttribute("href", java.util.regex.Pattern.compile("trends\\.csv\\?.*subject=group:opioids"));
        Browser.assertAccessible(reader);
        Browser.screenshot(reader, "dashboard-4-trends-phone");
    }

    private static void logIn(Page page, String user, String password) {
        page.navigate("/login");
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("form button[type=submit]");
        page.waitForLoadState();
    }
}
