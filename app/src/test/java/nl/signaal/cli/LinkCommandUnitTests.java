/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The linking party's step: three pseudonymised lists joined on their link keys give the counts per capture history
 * that {@code signaal estimate} reads; the people, counted by hand here, once each.
 */
@ExtendWith(OutputCaptureExtension.class)
class LinkCommandUnitTests {

    @TempDir
    Path folder;

    @Test
    void threeListsBecomeCountsPerHistoryAndStratumThatEstimateReads(CapturedOutput terminal) throws IOException {
        // k1 on all three lists, k2 on treatment and police, k3 on treatment only (twice), k4 on police and shelter,
        // k5 on shelter only; the region from the first list that gives it
        Path treatment = write("treatment.csv", "link_key,region\nk1,GG3406\nk2,GG3406\nk3,GG0363\nk3,GG0363\n");
        Path police = write("police.csv", "link_key,region\nk1,\nk2,GG3406\nk4,GG0363\n");
        Path shelter = write("shelter.csv", "link_key,region\nk1,GG0363\nk4,GG0363\nk5,GG3406\n");
        Path output = folder.resolve("histories.csv");

        int code = SignaalCommand.run(
                "link",
                "--list",
                "treatment=" + treatment,
                "--list",
                "police=" + police,
                "--list",
                "shelter=" + shelter,
                "--strata",
                "region",
                "--output",
                output.toString());

        assertThat(code).as(terminal.getErr()).isZero();
        assertThat(Files.readString(output)).isEqualTo("""
                        treatment,police,shelter,region,count
                        1,1,1,GG3406,1
                        1,1,0,GG3406,1
                        1,0,0,GG0363,1
                        0,1,1,GG0363,1
                        0,0,1,GG3406,1
                        """);
        Path estimates = folder.resolve("estimates.csv");
        assertThat(SignaalCommand.run("estimate", "--input", output.toString(), "--output", estimates.toString()))
                .as(terminal.getErr())
                .isZero();
    }

    @Test
    void listsWithIdentifiersOrWithoutLinkKeysAreRefusedAndNothingIsWritten(CapturedOutput terminal)
            throws IOException {
        Path named = write("named.csv", "link_key,naam\nk1,Jan\n");
        Path plain = write("plain.csv", "client,region\n12,GG3406\n");
        Path output = folder.resolve("histories.csv");

        assertThat(SignaalCommand.run(
                        "link", "--list", "A=" + named, "--list", "B=" + plain, "--output", output.toString()))
                .isEqualTo(2);
        assertThat(terminal.getErr()).contains("named.csv: column 2 'naam'");
        assertThat(SignaalCommand.run(
                        "link", "--list", "A=" + plain, "--list", "B=" + plain, "--output", output.toString()))
                .isEqualTo(2);
        assertThat(terminal.getErr()).contains("plain.csv: no link_key column");
        assertThat(SignaalCommand.run(
                        "link", "--list", "A+B=" + plain, "--list", "B=" + plain, "--output", output.toString()))
                .isEqualTo(2);
        assertThat(terminal.getErr()).contains("'A+B' is not a list name");
        assertThat(output).doesNotExist();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
