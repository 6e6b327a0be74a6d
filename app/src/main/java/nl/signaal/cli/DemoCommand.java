/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.signaal.demo.DemoData;
import nl.signaal.demo.Scenario;
import nl.signaal.shared.IsoWeek;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code signaal demo}: generates a scenario's synthetic data and stores it. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Generates synthetic national data for a scenario and stores it, as the demo organisations.",
            "The same scenario, seed and end week give the same data; loading them twice changes nothing.",
            "The scenario format is described in docs/demo-scenarios.md."
        })
class DemoCommand implements Callable<Integer> {

    @Option(names = "--scenario", description = "Scenario file (JSON); the default scenario when absent")
    @Nullable
    Path scenario;

    @Option(names = "--seed", defaultValue = "2025", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--end",
            description =
                    "Last ISO week of data when the scenario says auto, e.g. 2025-W52 (default: last complete week)")
    @Nullable
    String end;

    @Option(
            names = "--data-dir",
            defaultValue = "./data",
            description = "Directory of the embedded database (default: ${DEFAULT-VALUE})")
    Path dataDir = Path.of("./data");

    @Override
    public Integer call() throws IOException {
        Scenario chosen;
        try {
            chosen = scenario == null ? Scenario.defaultScenario() : read(scenario);
        } catch (RuntimeException e) {
            System.err.println("Cannot read the scenario " + scenario + ": " + e.getMessage());
            return 2;
        }
        IsoWeek last = end != null
                ? IsoWeek.parse(end)
                : IsoWeek.of(LocalDate.now(ZoneId.of("Europe/Amsterdam"))).plusWeeks(-1);
        try (var context = Contexts.start(false, dataDir, Map.of())) {
            var stored = context.getBean(DemoData.class).load(chosen, seed, last, (percent, step) -> {
                System.err.print("\rdemo %3d%%  %-30s".formatted(percent, step));
            });
            System.err.println();
            System.out.println("Stored: " + stored);
            return 0;
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Loading the demo data failed: " + e.getMessage());
            return 1;
        }
    }

    private static Scenario read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Scenario.read(in);
        }
    }
}
