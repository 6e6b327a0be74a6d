/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench.evaluation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.signaal.bench.evaluation.SignalMatching.Evaluation;
import nl.signaal.bench.evaluation.SignalMatching.EventOutcome;
import nl.signaal.bench.evaluation.SignalMatching.FalseSignal;
import nl.signaal.signal.SignalKind;
import org.jspecify.annotations.Nullable;

/** The evaluation as Markdown, for the terminal and for {@code docs/benchmarks.md}. */
public final class EvaluationReport {

    /** The false signals listed one by one; the rest are only counted. */
    private static final int LISTED = 100;

    private EvaluationReport() {}

    /** @param setting what was run, one line each (command, seed, database, machine, durations) */
    public static String markdown(String title, List<String> setting, Replay.Result replay, Evaluation evaluation) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(title).append("\n\n");
        setting.forEach(line -> out.append("- ").append(line).append('\n'));
        out.append('\n');

        out.append("| event | type | substance | region | weeks | first evidence | first lab-confirmed | signalled"
                + " | by | delay (days) | after lab (days) |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---:|---:|\n");
        for (EventOutcome o : evaluation.events()) {
            var e = o.truth().event();
            out.append("| ")
                    .append(e.id())
                    .append(" | ")
                    .append(e.type().code())
                    .append(" | ")
                    .append(e.substance())
                    .append(" | ")
                    .append(e.region() == null ? "NL" : e.region())
                    .append(" | ")
                    .append(e.firstWeek())
                    .append("–")
                    .append(e.lastWeek())
                    .append(" | ")
                    .append(text(o.truth().firstEvidence()))
                    .append(" | ")
                    .append(text(o.truth().firstLabConfirmed()))
                    .append(" | ");
            if (!o.evaluated()) {
                out.append("not evaluated: ").append(o.reason()).append(" | | | |\n");
                continue;
            }
            out.append(o.signalled() ? text(o.signalledOn()) : "**not signalled**")
                    .append(" | ")
                    .append(o.kind() == null ? "" : o.kind() + (o.openedSignal() ? " (opened)" : " (joined)"))
                    .append(" | ")
                    .append(text(o.delayDays()))
                    .append(" | ")
                    .append(text(o.delayFromLabDays()))
                    .append(" |\n");
        }
        out.append('\n');

        int evaluated = evaluation.evaluated().size();
        out.append(String.format(
                Locale.ROOT,
                "- events signalled: **%d of %d** evaluated (target: all)%n",
                evaluation.signalled(),
                evaluated));
        out.append(String.format(
                Locale.ROOT,
                "- median delay after the first lab-confirmed evidence: **%s days** (target: ≤ 1); after the first"
                        + " evidence of any kind: %s days%n",
                text(evaluation.medianDelayFromLab()),
                text(evaluation.medianDelay())));
        out.append(String.format(
                Locale.ROOT,
                "- false signals: **%d in %d replayed weeks, %.2f a week** (target: ≤ 1), at most %d in one week%n",
                evaluation.falseSignals().size(),
                evaluation.perWeek().size(),
                evaluation.meanFalsePerWeek(),
                evaluation.maxFalsePerWeek()));
        if (!replay.statisticsRan()) {
            out.append("- the statistics did not run\n");
        }
        if (!replay.listenerFailures().isEmpty()) {
            out.append("- **listener failures: ")
                    .append(replay.listenerFailures().size())
                    .append("**, e.g. ")
                    .append(replay.listenerFailures().getFirst())
                    .append('\n');
        }

        if (!evaluation.falseSignals().isEmpty()) {
            out.append("\nFalse signals by kind and subject (which rules to tune):\n\n");
            out.append("| kind | subject | signals | regions |\n|---|---|---:|---|\n");
            Map<String, List<FalseSignal>> bySubject = evaluation.falseSignals().stream()
                    .collect(Collectors.groupingBy(
                            f -> f.signal().kind() + " | " + f.signal().subjectName(),
                            LinkedHashMap::new,
                            Collectors.toList()));
            bySubject.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, List<FalseSignal>> en) ->
                                    en.getValue().size())
                            .reversed())
                    .forEach(en -> out.append("| ")
                            .append(en.getKey())
                            .append(" | ")
                            .append(en.getValue().size())
                            .append(" | ")
                            .append(en.getValue().stream()
                                    .map(f -> f.signal().region())
                                    .collect(Collectors.groupingBy(r -> r, TreeMap::new, Collectors.counting()))
                                    .entrySet()
                                    .stream()
                                    .map(r -> r.getKey() + (r.getValue() > 1 ? " ×" + r.getValue() : ""))
                                    .collect(Collectors.joining(", ")))
                            .append(" |\n"));
            Map<SignalKind, Long> byKind = evaluation.falseSignals().stream()
                    .collect(Collectors.groupingBy(
                            f -> f.signal().kind(),
                            () -> new java.util.EnumMap<>(SignalKind.class),
                            Collectors.counting()));
            out.append("\nBy kind: ")
                    .append(byKind.entrySet().stream()
                            .map(k -> k.getKey() + " " + k.getValue())
                            .collect(Collectors.joining(", ")))
                    .append("\n\n");
            out.append("| week | opened | kind | subject | region | evidence | first evidence |\n");
            out.append("|---|---|---|---|---|---:|---|\n");
            evaluation.falseSignals().stream()
                    .limit(LISTED)
                    .forEach(f -> out.append("| ")
                            .append(f.week())
                            .append(" | ")
                            .append(SignalMatching.day(f.signal().detectedAt()))
                            .append(" | ")
                            .append(f.signal().kind())
                            .append(" | ")
                            .append(f.signal().subjectName())
                            .append(" | ")
                            .append(f.signal().region())
                            .append(" | ")
                            .append(f.signal().evidenceCount())
                            .append(" | ")
                            .append(f.signal().firstEvidenceOn())
                            .append(" |\n"));
            if (evaluation.falseSignals().size() > LISTED) {
                out.append("\n(")
                        .append(evaluation.falseSignals().size() - LISTED)
                        .append(" more not listed)\n");
            }
        }
        return out.toString();
    }

    private static String text(@Nullable Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.format(Locale.ROOT, "%.1f", d);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value.toString();
    }
}
