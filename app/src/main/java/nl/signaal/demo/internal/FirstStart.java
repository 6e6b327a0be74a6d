/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import nl.signaal.demo.DemoData;
import nl.signaal.demo.Scenario;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.shared.IsoWeek;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When {@code signaal.demo.load-when-empty} is on ({@code ./signaal start} turns it on): creates the demo accounts
 * that are missing, shows their passwords once, and loads the default scenario in the background when the database
 * holds no observations yet, then runs the statistics over its last weeks and publishes the demo warnings. The web pages are served meanwhile; the home page shows the progress.
 */
@Component
class FirstStart {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final DemoData demo;
    private final IngestManagement ingest;
    private final DemoProperties properties;
    private final DemoWarnings warnings;
    private final Clock clock;

    FirstStart(DemoData demo, IngestManagement ingest, DemoProperties properties, DemoWarnings warnings, Clock clock) {
        this.demo = demo;
        this.warnings = warnings;
        this.ingest = ingest;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenEmpty() {
        if (!properties.loadWhenEmpty()) {
            return;
        }
        Map<String, String> secrets = demo.createAccounts();
        if (!secrets.isEmpty()) {
            StringBuilder text =
                    new StringBuilder("\nSignaal demo accounts (shown once, only their hashes are stored):\n");
            secrets.forEach((name, secret) -> text.append("  %-30s %s%n".formatted(name, secret)));
            System.out.println(text);
        }
        if (ingest.counts().values().stream().anyMatch(n -> n > 0)) {
            return;
        }
        IsoWeek lastComplete = IsoWeek.of(LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))))
                .plusWeeks(-1);
        Thread.ofVirtual().name("demo-data").start(() -> {
            try {
                var stored =
                        demo.load(Scenario.defaultScenario(), properties.seed(), lastComplete, (percent, step) -> {});
                log.info("Demo data loaded: {}", stored);
                demo.runStatistics(lastComplete, properties.statisticsWeeks());
                log.info("Demo warnings published: {}", warnings.publish());
            } catch (RuntimeException e) {
                // already logged and shown on the home page; the application stays up without demo data
            }
        });
    }
}
