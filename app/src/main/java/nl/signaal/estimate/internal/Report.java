/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.signaal.stats.estimate.Interval;
import nl.signaal.stats.estimate.Unfit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * What the estimates page shows of one upload: per stratum (or for the one population) every model's figures, the
 * chosen and the averaged estimate; over all strata their combination; beside them the multiplier estimate.
 *
 * @param strata the population as a whole first, then each stratum when the file has strata
 * @param combined the strata's estimates added up, when the file has strata
 * @param multiplier the multiplier method's estimate, when a benchmark was given
 */
public record Report(
        List<Population> strata,
        @Nullable Interval combined,
        @Nullable Interval multiplier) {

    /** The columns of {@code signaal estimate} (DESIGN §5), after a {@code stratum} column when there are strata. */
    static final List<String> CSV_COLUMNS =
            List.of("model", "deviance", "df", "aic", "bic", "n_observed", "estimate", "ci_low", "ci_high");

    /**
     * Every fitted model of every population as CSV, one row each as DESIGN §5 has it; why a model gave no estimate is
     * on the page and the terminal.
     */
    public String csv() {
        boolean stratified = strata.size() > 1;
        List<String> header = new ArrayList<>(CSV_COLUMNS);
        if (stratified) {
            header.addFirst("stratum");
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setRecordSeparator('\n')
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(out)) {
            for (Population p : strata) {
                for (ModelRow m : p.models()) {
                    if (!m.fitted()) {
                        continue;
                    }
                    List<Object> row = new ArrayList<>();
                    if (stratified) {
                        row.add(p.name().isEmpty() ? "all" : p.name());
                    }
                    row.addAll(List.of(
                            m.model(),
                            m.deviance(),
                            m.df(),
                            m.aic(),
                            m.bic(),
                            m.observed(),
                            m.estimate(),
                            m.low(),
                            m.high()));
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * One model's fit, in the columns of {@code signaal estimate}.
     *
     * @param unfit why the model gave no estimate (the numbers are then NaN), or {@code null}
     */
    public record ModelRow(
            String model,
            double deviance,
            int df,
            double aic,
            double bic,
            long observed,
            double estimate,
            double low,
            double high,
            double weight,
            @Nullable Unfit unfit) {

        public boolean fitted() {
            return unfit == null;
        }
    }

    /**
     * The estimates for one population.
     *
     * @param name the stratum's name, empty for the population as a whole
     * @param models ordered by AIC, those without an estimate last
     * @param chosen the model with the lowest AIC, if any could be fitted
     * @param averaged the AIC-weighted average over the fitted models
     * @param chapman the Chapman estimate, for two lists
     * @param note why no model could be fitted, or {@code null}
     */
    public record Population(
            String name,
            long observed,
            List<ModelRow> models,
            @Nullable ModelRow chosen,
            @Nullable Interval averaged,
            @Nullable Interval chapman,
            @Nullable Unfit note) {}
}
