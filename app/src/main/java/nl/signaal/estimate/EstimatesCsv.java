/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.signaal.estimate.internal.Estimates;
import nl.signaal.estimate.internal.Report;

/**
 * The estimates of capture histories as {@code signaal estimate} writes them (DESIGN §5): the CSV of every model and,
 * for the person at the terminal, what could not be fitted and the headline figures, in English.
 */
public final class EstimatesCsv {

    private EstimatesCsv() {}

    /**
     * @param csv {@code model,deviance,df,aic,bic,n_observed,estimate,ci_low,ci_high}, after a {@code stratum} column
     *     when the histories have strata; one row per fitted model
     * @param lines the chosen and averaged estimates and the reasons models gave none, per population
     */
    public record Result(String csv, List<String> lines) {}

    public static Result of(Histories histories) {
        Report report = Estimates.compute(histories, null);
        List<String> lines = new ArrayList<>();
        for (Report.Population p : report.strata()) {
            String name = p.name().isEmpty() ? "all" : p.name();
            if (p.note() != null) {
                lines.add(name + ": no estimate: " + p.note().english());
                continue;
            }
            p.models().stream()
                    .filter(m -> !m.fitted() && m.unfit() != null)
                    .forEach(m ->
                            lines.add(name + ": " + m.model() + " " + m.unfit().english()));
            if (p.chosen() != null) {
                lines.add(String.format(
                        Locale.ROOT,
                        "%s: %d seen; chosen model (lowest AIC) %s: %.0f (95%% interval %.0f to %.0f)",
                        name,
                        p.observed(),
                        p.chosen().model(),
                        p.chosen().estimate(),
                        p.chosen().low(),
                        p.chosen().high()));
            }
            if (p.averaged() != null) {
                lines.add(String.format(
                        Locale.ROOT,
                        "%s: AIC-weighted average of the models: %.0f (95%% interval %.0f to %.0f)",
                        name,
                        p.averaged().estimate(),
                        p.averaged().low(),
                        p.averaged().high()));
            }
        }
        return new Result(report.csv(), List.copyOf(lines));
    }
}
