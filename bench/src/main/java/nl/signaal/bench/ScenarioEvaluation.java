/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.signaal.SignaalApplication;
import nl.signaal.bench.evaluation.EvaluationReport;
import nl.signaal.bench.evaluation.Replay;
import nl.signaal.bench.evaluation.SignalMatching;
import nl.signaal.bench.evaluation.SimulatedClock;
import nl.signaal.demo.Scenario;
import nl.signaal.demo.internal.DemoGenerator;
import nl.signaal.shared.IsoWeek;
import nl.signaal.signal.Signal;
import nl.signaal.signal.SignalDetail;
import nl.signaal.signal.SignalKind;
import nl.signaal.signal.SignalManagement;
import nl.signaal.signal.SignalQuery;
import nl.signaal.signal.SignalState;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The scenario evaluation ({@code ./signaal evaluate}): generates a scenario's data, replays them through ingestion as
 * they would have arrived, day by day with a simulated clock, and reports for each injected event whether and when it
 * was signalled, and the false signals per week.
 *
 * <p>The application runs in-process on a fresh temporary H2 file database (or {@code --database-url}, which must be
 * empty), without demo data and with the simulated clock ({@link SimulatedClock}) as its primary {@link
 * java.time.Clock} bean. How the replay works is in {@link Replay}; how signals are matched to events and what the
 * delays measure is in {@link SignalMatching}. The report (Markdown) goes to stdout and to {@code --output}, progress to
 * stderr. Exit code 0 whether or not the targets are met (it is a measurement), 2 for bad input, 1 when the run fails.
 *
 * <p>Usage: {@code ./signaal evaluate [--scenario FILE] [--seed N] [--end WEEK] [--history-weeks N] [--output FILE]
 * [--database-url URL]}, or {@code bench/run ScenarioEvaluation ...} from the project root.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Replays a scenario's synthetic data through Signaal day by day, as they would have arrived, and reports",
            "for each injected event whether and when it was signalled, and the false signals per week.",
            "Scenario format: docs/demo-scenarios.md. Exit code 0 whether or not the targets are met, 2 for bad input."
        })
public final class ScenarioEvaluation implements Callable<Integer> {

    @Option(names = "--scenario", description = "Scenario file (JSON); the default scenario when absent")
    @Nullable
    Path scenario;

    @Option(names = "--seed", defaultValue = "2025", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed = 2025;

    @Option(
            names = "--end",
            description =
                    "Last ISO week of data when the scenario says auto, e.g. 2025-W47 (default: last complete week)")
    @Nullable
    String end;

    @Option(
            names = "--history-weeks",
            description = "Weeks loaded in bulk as a warm-up and not evaluated (default: all but the last 52)")
    @Nullable
    Integer historyWeeks;

    @Option(names = "--output", description = "Also write the report (Markdown) to this file")
    @Nullable
    Path output;

    @Option(
            names = "--database-url",
            description =
                    "An empty database to use instead of a temporary H2 file, e.g. jdbc:postgresql://127.0.0.1:5432/x")
    @Nullable
    String databaseUrl;

    @Option(names = "--database-user", description = "Database user (default: postgres for PostgreSQL, sa for H2)")
    @Nullable
    String databaseUser;

    @Option(
            names = "--timeout",
            defaultValue = "300",
            description = "Seconds to wait for the application to handle a day's events (default: ${DEFAULT-VALUE})")
    long timeoutSeconds = 300;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScenarioEvaluation()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Scenario chosen;
        try {
            chosen = scenario == null ? Scenario.defaultScenario() : read(scenario);
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("Cannot read the scenario " + scenario + ": no such file");
            return 2;
        } catch (IOException | RuntimeException e) {
            System.err.println("Cannot read the scenario " + scenario + ": " + e.getMessage());
            return 2;
        }
        IsoWeek last;
        try {
            last = chosen.endWeek(
                    end != null
                            ? IsoWeek.parse(end)
                            : IsoWeek.of(LocalDate.now(SignalMatching.ZONE)).plusWeeks(-1));
        } catch (RuntimeException e) {
            System.err.println("Cannot read the end week: " + e.getMessage());
            return 2;
        }
        int history = historyWeeks != null ? historyWeeks : Math.max(0, chosen.weeks() - 52);
        if (history < 0 || history >= chosen.weeks()) {
            System.err.printf(
                    Locale.ROOT,
                    "--history-weeks must be 0 to %d (the scenario has %d weeks), not %d%n",
                    chosen.weeks() - 1,
                    chosen.weeks(),
                    history);
            return 2;
        }
        if (!last.sunday().isBefore(LocalDate.now(SignalMatching.ZONE))) {
            System.err.println("The last week " + last + " has not ended yet: the ingest module refuses future dates");
            return 2;
        }
        try {
            // generation is deterministic and takes about a second: refuse a scenario before the application starts
            new DemoGenerator().generate(chosen, seed, last, (organisation, kind, records, step, percent) -> {});
        } catch (IllegalArgumentException e) {
            System.err.println("The scenario cannot be generated: " + e.getMessage());
            return 2;
        }
        Outcome outcome = evaluate(chosen, seed, last, history, System.err);
        System.out.print(outcome.report());
        if (output != null) {
            Files.writeString(output, outcome.report(), StandardCharsets.UTF_8);
            System.err.println("Report written to " + output);
        }
        return 0;
    }

    /** The report and what it was made of. */
    public record Outcome(Replay.Result replay, SignalMatching.Evaluation evaluation, String report) {}

    /**
     * Boots the application, replays the scenario and evaluates the signals.
     *
     * @throws IllegalArgumentException when an event of the scenario cannot be generated
     */
    public Outcome evaluate(Scenario chosen, long seedValue, IsoWeek last, int history, PrintStream progress)
            throws IOException {
        long started = System.nanoTime();
        @Nullable Path temporary = databaseUrl == null ? Files.createTempDirectory("signaal-evaluation-") : null;
        String url = temporary != null
                ? "jdbc:h2:file:" + temporary.resolve("signaal")
                : java.util.Objects.requireNonNull(databaseUrl);
        String user = databaseUser != null ? databaseUser : url.startsWith("jdbc:postgresql:") ? "postgres" : "sa";
        SimulatedClock clock = new SimulatedClock(Instant.EPOCH);
        progress.println("Starting Signaal on " + url + " ...");
        try (ConfigurableApplicationContext context = start(url, user, temporary, clock)) {
            double bootSeconds = (System.nanoTime() - started) / 1e9;
            Replay.Result result = new Replay(context, clock, Duration.ofSeconds(timeoutSeconds), progress)
                    .run(chosen, seedValue, last, history);
            List<SignalDetail> signals;
            try {
                signals = signals(context.getBean(SignalManagement.class), progress);
            } catch (UnsupportedOperationException e) {
                progress.println("WARNING: this build's signal module lists no signals yet (" + e.getMessage() + ")");
                signals = List.of();
            }
            SignalMatching.Evaluation evaluation =
                    new SignalMatching(result.events(), result.warmUpEnd()).evaluate(signals, result.replayedWeeks());
            List<String> setting = new ArrayList<>();
            setting.add("command: `./signaal evaluate" + (scenario == null ? "" : " --scenario " + scenario)
                    + " --seed " + seedValue + (end == null ? "" : " --end " + end)
                    + (historyWeeks == null ? "" : " --history-weeks " + historyWeeks) + "`");
            setting.add(String.format(
                    Locale.ROOT,
                    "scenario `%s`, seed %d: %d weeks %s–%s; warm-up %d weeks to %s loaded in bulk, then %d weeks"
                            + " replayed day by day",
                    chosen.name(),
                    seedValue,
                    chosen.weeks(),
                    result.firstWeek(),
                    result.lastWeek(),
                    history,
                    result.warmUpEnd(),
                    result.replayedWeeks().size()));
            setting.add(String.format(
                    Locale.ROOT,
                    "%,d records generated, %,d stored (%s); %d signals in the database at the end",
                    result.generated(),
                    result.storedRecords(),
                    result.stored(),
                    signals.size()));
            setting.add(String.format(
                    Locale.ROOT,
                    "database %s; start-up %.1f s, warm-up %.1f s, replay %.1f s (%.2f s a replayed week)",
                    url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2 (file)",
                    bootSeconds,
                    result.warmUpSeconds(),
                    result.replaySeconds(),
                    result.replaySeconds() / Math.max(1, result.replayedWeeks().size())));
            setting.add(String.format(
                    Locale.ROOT,
                    "machine: %d cores, %s %s, Java %s; run on %s",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name"),
                    System.getProperty("os.arch"),
                    System.getProperty("java.version"),
                    LocalDate.now(SignalMatching.ZONE)));
            String report = EvaluationReport.markdown(
                    "Scenario `" + chosen.name() + "`, seed " + seedValue, setting, result, evaluation);
            return new Outcome(result, evaluation, report);
        } finally {
            if (temporary != null) {
                delete(temporary);
            }
        }
    }

    private static ConfigurableApplicationContext start(
            String url, String user, @Nullable Path dataDir, SimulatedClock clock) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--signaal.demo.load-when-empty=false",
                "--signaal.access.create-initial-admin=false",
                // the statistics run when the replay says so, at the end of each simulated week, never on a schedule
                "--signaal.surveillance.schedule=-",
                "--logging.level.root=WARN"));
        if (dataDir != null) {
            args.add("--signaal.data-dir=" + dataDir);
        }
        return new SpringApplicationBuilder(SignaalApplication.class)
                .web(WebApplicationType.NONE)
                // the simulated clock outranks SignaalApplication.clock() wherever a Clock is injected
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean("simulatedClock", java.time.Clock.class, () -> clock, bd -> bd.setPrimary(true)))
                .run(args.toArray(String[]::new));
    }

    /** Every signal with its evidence. A query returns at most 1,000, so they are fetched per kind and state. */
    static List<SignalDetail> signals(SignalManagement management, PrintStream progress) {
        Map<UUID, Signal> all = new LinkedHashMap<>();
        for (SignalKind kind : SignalKind.values()) {
            for (SignalState state : SignalState.values()) {
                List<Signal> page = management.signals(new SignalQuery(Set.of(state), kind, null, null, 1_000));
                if (page.size() == 1_000) {
                    progress.println("WARNING: over 1,000 signals of kind " + kind + " in state " + state
                            + "; only 1,000 were evaluated");
                }
                page.forEach(s -> all.put(s.id(), s));
            }
        }
        return all.values().stream()
                .map(s -> management.find(s.id()).orElseThrow())
                .toList();
    }

    private static Scenario read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Scenario.read(in);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
