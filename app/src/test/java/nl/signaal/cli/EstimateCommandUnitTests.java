/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import static nl.signaal.estimate.EstimateReferences.csv;
import static nl.signaal.estimate.EstimateReferences.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code signaal estimate} as DESIGN §5 has it: capture histories in, one row per model out with base R's figures
 * ({@code stats/src/test/resources/estimate/}, made by {@code make_references.R}); bad input named by line and column,
 * and no output file then.
 */
@ExtendWith(OutputCaptureExtension.class)
class EstimateCommandUnitTests {

    @TempDir
    Path folder;

    @Test
    void everyModelOfThreeListsWithRsFigures(CapturedOutput terminal) throws IOException {
        Path input = Files.copy(reference("table_three.csv"), folder.resolve("histories.csv"));
        Path output = folder.resolve("out.csv");

        int code = SignaalCommand.run("estimate", "--input", input.toString(), "--output", output.toString());

        assertThat(code).as(terminal.getErr()).isZero();
        String text = Files.readString(output);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("model,deviance,df,aic,bic,n_observed,estimate,ci_low,ci_high");
        Map<String, CSVRecord> ours = new HashMap<>();
        csv(text).forEach(r -> ours.put(r.get("model"), r));
        List<CSVRecord> reference = csv(Files.readString(reference("ref_three.csv")));
        assertThat(ours).hasSize(reference.size()).hasSize(8);
        for (CSVRecord r : reference) {
            CSVRecord row = ours.get(r.get("model"));
            assertThat(row).as(r.get("model")).isNotNull();
            assertThat(row.get("df")).isEqualTo(r.get("df"));
            assertThat(row.get("n_observed")).isEqualTo(r.get("n_observed"));
            for (String column : List.of("deviance", "aic", "bic", "estimate")) {
                assertThat(Double.parseDouble(row.get(column)))
                        .as("%s %s", r.get("model"), column)
                        .isCloseTo(Double.parseDouble(r.get(column)), within(1e-6));
            }
            for (String column : List.of("ci_low", "ci_high")) {
                assertThat(Double.parseDouble(row.get(column)))
                        .as("%s %s", r.get("model"), column)
                        .isCloseTo(Double.parseDouble(r.get(column)), within(1e-4));
            }
        }
    }

    @Test
    void aModelThatGivesNoEstimateHasNoRowAndItsReasonOnTheTerminal(CapturedOutput terminal) throws IOException {
        Path input = Files.writeString(folder.resolve("two.csv"), "A,B,count\n1,0,50\n0,1,40\n1,1,0\n");
        Path output = folder.resolve("out.csv");
        assertThat(SignaalCommand.run("estimate", "--input", input.toString(), "--output", output.toString()))
                .isZero();
        assertThat(Files.readString(output))
                .as("one row per fitted model: none here")
                .isEqualTo("model,deviance,df,aic,bic,n_observed,estimate,ci_low,ci_high\n");
        assertThat(terminal.getOut()).contains("A+B has no finite estimate", "A+B+A:B cannot be fitted");
    }

    @Test
    void badInputIsNamedByLineAndColumnAndNothingIsWritten(CapturedOutput terminal) throws IOException {
        Path input = Files.writeString(folder.resolve("bad.csv"), "A,B,count\n1,0,12\n1,yes,5\n1,1,-2\n");
        Path output = folder.resolve("out.csv");

        assertThat(SignaalCommand.run("estimate", "--input", input.toString(), "--output", output.toString()))
                .isEqualTo(2);

        assertThat(terminal.getErr())
                .contains("line 3, column B, value 'yes': must be 0 or 1")
                .contains("line 4, column count, value '-2': must be a whole number of 0 or more");
        assertThat(output).doesNotExist();
        assertThat(SignaalCommand.run(
                        "estimate", "--input", folder.resolve("none.csv").toString(), "--output", "x"))
                .isEqualTo(2);
        assertThat(terminal.getErr()).contains("No such file");
    }
}
