/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code signaal evaluate}: listed here so that {@code --help} names it. The evaluation is a measurement harness of
 * {@code bench/} ({@code nl.signaal.bench.ScenarioEvaluation}), not part of the application jar: the launcher {@code
 * ./signaal} hands {@code evaluate} to {@code bench/run ScenarioEvaluation} before the jar is started.
 */
@Command(
        name = "evaluate",
        description = {
            "Replays a scenario day by day and reports when each injected event was signalled, and the false signals.",
            "Runs from bench/: ./signaal evaluate --scenario FILE --seed N [--output report.md] (--help for all options)."
        })
class EvaluateCommand implements Callable<Integer> {

    @Unmatched
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() {
        System.err.println(
                "The scenario evaluation runs from bench/, not from the application jar: use ./signaal evaluate "
                        + String.join(" ", arguments)
                        + " at the repository root (it runs bench/run ScenarioEvaluation).");
        return 2;
    }
}
