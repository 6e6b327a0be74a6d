/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import nl.signaal.alert.AlertManagement;
import nl.signaal.alert.WarningFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every page of Signaal in a real browser, in both languages, on a desktop and a phone screen: axe-core finds no
 * serious or critical WCAG 2.1 A/AA violation. Pages that need a login are opened as the role that works with them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageAccessibilityIntegrationTests {

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
    AlertManagement alerts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPagePassesAxeInBothLanguagesOnDesktopAndPhone() {
        var centre = access.ensureOrganisation("a11y", "Monitoring centre");
        String password = access.createAccount("a11y-coordinator", centre, Set.of(Role.COORDINATOR));
        String reporterPassword = access.createAccount("a11y-reporter", centre, Set.of(Role.REPORTER, Role.LAB));
        UUID published = alerts.draft(WarningFixtures.nitazene("Toegankelijk", List.of("GG3406", "PV27")), null, "ann")
                .id();
        alerts.approve(published, "cleo");
        UUID draft = alerts.draft(WarningFixtures.nitazene("Concept", List.of("NL")), null, "ann")
                .id();
        UUID signal = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO signal_signal (id, kind, subject_scope, subject, subject_name, region, priority,
                                                   score, state, rule_version, first_evidence_on, last_evidence_on,
                                                   evidence_count, detected_at, updated_at)
                        VALUES (:id, 'FIRST_DETECTION', 'SUBSTANCE', 'pmma', 'PMMA', 'NL', 2, 0.9, 'NEW', 1, :day,
                                :day, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                        """)
                .param("id", signal)
                .param("day", LocalDate.now().minusDays(3))
                .update();

        // a sample of the reporter's lab waiting for its results, so the results page lists one
        UUID sample = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO ingest_sample (id, batch_id, organisation_id, external_id, sample_date, country,
                                                   sold_as, form, fingerprint)
                        VALUES (:id, :id, :organisation, 'A11Y-1', :day, 'NL', 'xtc', 'tablet', :fingerprint)
                        """)
                .param("id", sample)
                .param("organisation", centre.id())
                .param("day", LocalDate.now().minusDays(2))
                .param("fingerprint", "0".repeat(64))
                .update();

        // capture histories of three lists with a benchmark: the estimates page with its chart and every table
        UUID dataset = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO estimate_dataset (id, name, lists, created_at, created_by, benchmark_label,
                                                      benchmark_count, multiplier, multiplier_low, multiplier_high)
                        VALUES (:id, 'Toegankelijk', 'treatment,police,shelter', CURRENT_TIMESTAMP, 'ann',
                                'in treatment', 398, 3.5, 2.5, 5)
                        """).param("id", dataset).update();
        jdbc.sql("""
                        INSERT INTO estimate_cell (dataset_id, stratum, history, people)
                        VALUES (:id, '', '100', 310), (:id, '', '010', 145), (:id, '', '001', 98),
                               (:id, '', '110', 42), (:id, '', '101', 37), (:id, '', '011', 18), (:id, '', '111', 9)
                        """).param("id", dataset).update();

        List<String> publicPages = List.of(
                "/",
                "/login",
                "/warnings",
                "/warnings/" + published,
                "/no-such-page",
                "/dashboard",
                "/dashboard/trends",
                "/dashboard/map",
                "/dashboard/composition",
                "/dashboard/adulteration",
                "/dashboard/sold-as",
                "/dashboard/wastewater",
                "/dashboard/indicators",
                "/dashboard/trends?from=2026-13-01");
        List<String> deskPages = List.of(
                "/signals",
                "/signals/" + signal,
                "/alerts",
                "/alerts/new",
                "/alerts/" + draft,
                "/alerts/" + published,
                "/substances/unresolved",
                "/dashboard/map?level=PROVINCE",
                "/estimates",
                "/estimates/" + dataset);
        String base = "http://localhost:" + port;
        for (int width : new int[] {1280, 390}) {
            for (String language : List.of("nl", "en")) {
                Page anonymous = browser.session(base, width);
                for (String path : publicPages) {
                    check(anonymous, path, language);
                }
                Page coordinator = browser.session(base, width);
                coordinator.navigate("/login");
                coordinator.fill("#username", "a11y-coordinator");
                coordinator.fill("#password", password);
                coordinator.click("form button[type=submit]");
                coordinator.waitForLoadState();
                for (String path : deskPages) {
                    check(coordinator, path, language);
                }
                // the estimates: the chart comparing the models is drawn (an SVG with a mark per model)
                check(coordinator, "/estimates/" + dataset, language);
                assertThat(coordinator.locator(".estimate-chart")).hasAttribute("data-drawn", "true");
                org.assertj.core.api.Assertions.assertThat(
                                coordinator.locator(".estimate-chart svg path").count())
                        .as("marks and interval lines for 8 models, the average and the multiplier estimate")
                        .isGreaterThan(10);
                Browser.screenshot(coordinator, "estimates-" + language + "-" + width);
                // the estimates form refused: a problem next to each field
                check(coordinator, "/estimates", language);
                coordinator.click("form.stacked button[type=submit]");
                Browser.assertAccessible(coordinator);
                Page reporter = browser.session(base, width);
                reporter.navigate("/login");
                reporter.fill("#username", "a11y-reporter");
                reporter.fill("#password", reporterPassword);
                reporter.click("form button[type=submit]");
                reporter.waitForLoadState();
                check(reporter, "/upload", language);
                check(reporter, "/incidents/new", language);
                // the form refused, with a problem next to each field
                reporter.click("form.stacked button[type=submit]");
                Browser.assertAccessible(reporter);
                check(reporter, "/samples/new", language);
                reporter.click("form.stacked button[type=submit]");
                Browser.assertAccessible(reporter);
                check(reporter, "/samples/results", language);
                reporter.click("form.stacked button[type=submit]");
                Browser.assertAccessible(reporter);
            }
        }
    }

    @Test
    void theCheckFindsWhatAxeCallsSeriousOrCritical() {
        Page page = browser.session("http://localhost:" + port, 1280);
        page.setContent("<!DOCTYPE html><html lang=\"nl\"><head><title>t</title></head><body><main>"
                + "<img src=\"/x.png\"><label>Naam</label><input id=\"n\"></main></body></html>");
        assertThatThrownBy(() -> Browser.assertAccessible(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("label");
    }

    private static void check(Page page, String path, String language) {
        page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
        assertThat(page.locator("html")).hasAttribute("lang", language);
        Browser.assertAccessible(page);
    }
}
