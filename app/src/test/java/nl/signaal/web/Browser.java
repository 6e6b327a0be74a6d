/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real browser for tests: Playwright driving Debian's Chromium ({@code /usr/bin/chromium}, installed by {@code
 * .ci/run}; Playwright downloads nothing), headless. Each page a journey visits can be checked with axe-core against
 * WCAG 2.1 A and AA, and photographed into {@code target/screenshots/} as the test's artifact.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new AssertionError("The browser tests need Debian's Chromium at " + CHROMIUM
                    + " (apt-get install -y chromium; .ci/run installs it)");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** A new browser session (its own cookies), on a screen of this width. */
    Page session(String baseUrl, int width) {
        return session(baseUrl, width, true);
    }

    /** A new browser session, with JavaScript switched off if {@code javaScript} is false. */
    Page session(String baseUrl, int width, boolean javaScript) {
        BrowserContext context = chromium.newContext(new NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(width, 900)
                .setLocale("nl-NL")
                .setJavaScriptEnabled(javaScript));
        return context.newPage();
    }

    /** No serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
    static void assertAccessible(Page page) {
        List<Rule> violations = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .toList();
        assertThat(violations)
                .as(
                        "axe-core on %s: %s",
                        page.url(),
                        violations.stream()
                                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
