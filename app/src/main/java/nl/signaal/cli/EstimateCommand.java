/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import nl.signaal.estimate.EstimatesCsv;
import nl.signaal.estimate.Histories;
import nl.signaal.estimate.HistoriesFile;
import nl.signaal.estimate.Refusal;
import nl.signaal.estimate.RefusedUpload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code signaal estimate}: population size estimates from capture histories, as DESIGN §5 describes, without starting
 * the application: every log-linear model up to two-way interactions with its deviance, df, AIC, BIC, estimate and 95%
 * profile likelihood interval (docs/estimates.md).
 */
@Command(
        name = "estimate",
        mixinStandardHelpOptions = true,
        description = {
            "Estimates the size of a hidden population from linked lists (log-linear capture-recapture).",
            "Input: CSV with one column per list (2 to 6) holding 0 or 1, the column name being the list's name, and"
                    + " count (the people with that history; without it each row is one person). Optional columns"
                    + " stratum, region, age_band and sex give estimates per stratum too.",
            "Output: model,deviance,df,aic,bic,n_observed,estimate,ci_low,ci_high, one row per model (every"
                    + " hierarchical model up to two-way interactions, named as R formulas such as A+B+C+A:B), with a"
                    + " first column stratum (all, then each stratum) when the input has strata. A model that gives"
                    + " no estimate has no row; why is written to the terminal."
        })
class EstimateCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "CSV file of capture histories (UTF-8)")
    @SuppressWarnings("NullAway.Init")
    Path input;

    @Option(names = "--output", required = true, description = "CSV file to write (replaced when it exists)")
    @SuppressWarnings("NullAway.Init")
    Path output;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(input)) {
            System.err.println("No such file: " + input.toAbsolutePath());
            return 2;
        }
        Histories histories;
        try (InputStream in = Files.newInputStream(input)) {
            histories = HistoriesFile.read(in);
        } catch (RefusedUpload e) {
            ResourceBundle english = ResourceBundle.getBundle("i18n/messages", Locale.ENGLISH);
            e.refusals().forEach(r -> System.err.println(input + ": " + describe(r, english)));
            return 2;
        } catch (IOException e) {
            System.err.println("Cannot read " + input + ": " + e.getMessage());
            return 1;
        }
        long started = System.nanoTime();
        EstimatesCsv.Result result = EstimatesCsv.of(histories);
        Path partial = null;
        try {
            Path directory = output.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            partial = Files.createTempFile(directory, ".estimate-", ".csv.partial");
            Files.writeString(partial, result.csv(), StandardCharsets.UTF_8);
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("Cannot write " + output + ": " + e.getMessage());
            return 1;
        } finally {
            CsvFiles.deleteQuietly(partial);
        }
        result.lines().forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "%d lists, %d people seen; estimates written to %s in %.1f s%n",
                histories.lists().size(),
                histories.observed(),
                output,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** A refusal as the English page words it: where, and what was expected. */
    static String describe(Refusal refusal, ResourceBundle english) {
        StringBuilder where = new StringBuilder();
        if (refusal.line() > 0) {
            where.append("line ").append(refusal.line()).append(", ");
        }
        if (refusal.column() != null) {
            where.append("column ").append(refusal.column()).append(", ");
        }
        if (refusal.value() != null) {
            where.append("value '").append(refusal.value()).append("', ");
        }
        String pattern = english.getString(refusal.key());
        // as Spring's messages: a text without arguments is not a MessageFormat pattern
        String text = refusal.arguments().isEmpty()
                ? pattern
                : new MessageFormat(pattern, Locale.ENGLISH)
                        .format(refusal.arguments().toArray());
        return where.isEmpty() ? text : where.substring(0, where.length() - 2) + ": " + text;
    }
}
