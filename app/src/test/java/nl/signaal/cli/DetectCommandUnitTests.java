/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.signaal.SharedReference;
import nl.signaal.shared.IsoWeek;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./signaal detect} in-process, as DESIGN §5 describes it; no Spring context is started. */
class DetectCommandUnitTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStandardError() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardError() {
        System.setErr(originalErr);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void earsC1OnAgonaEqualsTheReference() throws IOException {
        Path output = dir.resolve("out.csv");
        int code = SignaalCommand.run(
                "detect",
                "--method",
                "ears-c1",
                "--input",
                SharedReference.file("stats/input_salmonella.agona.csv").toString(),
                "--output",
                output.toString(),
                "--range",
                "264:312");

        assertThat(code).as(errors()).isZero();
        assertThat(Files.readAllLines(output).getFirst()).isEqualTo("series,t,observed,expected,upperbound,alarm");
        List<CSVRecord> rows = read(output);
        List<CSVRecord> reference = read(SharedReference.file("stats/ref_earsC_salmonella.agona.csv"));
        assertThat(rows).hasSize(49).hasSameSizeAs(reference);
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            CSVRecord ref = reference.get(i);
            assertThat(row.get("series")).isEqualTo("observed");
            assertThat(row.get("t")).isEqualTo(ref.get("t"));
            assertThat(row.get("observed")).isEqualTo(ref.get("observed"));
            assertThat(Double.parseDouble(row.get("upperbound")))
                    .isCloseTo(Double.parseDouble(ref.get("C1_upperbound")), within(1e-9));
            assertThat(row.get("alarm")).isEqualTo(ref.get("C1_alarm").equals("1") ? "true" : "false");
            assertThat(Double.parseDouble(row.get("expected"))).isPositive();
        }
    }

    @Test
    void theDefaultRangeStartsWhereTheMethodCan() throws IOException {
        Path output = dir.resolve("out.csv");
        assertThat(run("ears-c3", SharedReference.file("stats/input_salmonella.agona.csv"), output))
                .as(errors())
                .isZero();
        List<CSVRecord> rows = read(output);
        assertThat(rows).hasSize(312 - 12 + 1);
        assertThat(rows.getFirst().get("t")).isEqualTo("12");
    }

    @Test
    void cusumNbOnAgonaEqualsTheReference() throws IOException {
        Path output = dir.resolve("out.csv");
        List<CSVRecord> reference = read(SharedReference.file("stats/ref_glrnb_salmonella.agona.csv"));
        int code = SignaalCommand.run(
                "detect",
                "--method",
                "cusum-nb",
                "--input",
                SharedReference.file("stats/input_salmonella.agona.csv").toString(),
                "--output",
                output.toString(),
                "--range",
                "264:312",
                "--mu0",
                "2.85931558935361",
                "--alpha",
                "0.5",
                "--theta",
                Double.toString(Math.log(2)),
                "--c-arl",
                "5");

        assertThat(code).as(errors()).isZero();
        List<CSVRecord> rows = read(output);
        assertThat(rows).hasSize(49);
        for (int i = 0; i < rows.size(); i++) {
            double expected = Double.parseDouble(reference.get(i).get("lrcusum_stat"));
            assertThat(
                            rows.get(i).get("upperbound").isEmpty()
                                    ? 0
                                    : Double.parseDouble(rows.get(i).get("upperbound")))
                    .isCloseTo(expected, within(1e-9));
            assertThat(rows.get(i).get("expected")).isEqualTo("2.85931558935361");
        }
    }

    private static final String[] NOUFAILY = {
        "--b",
        "5",
        "--w",
        "3",
        "--no-periods",
        "10",
        "--weights-threshold",
        "2.58",
        "--past-weeks-not-included",
        "26",
        "--threshold-method",
        "nbPlugin",
        "--alpha",
        "0.005",
        "--limit54",
        "5,4",
        "--trend",
        "true"
    };

    @Test
    void farringtonFlexibleOnAgonaEqualsTheReference() throws IOException {
        Path output = dir.resolve("out.csv");
        List<String> args = new ArrayList<>(List.of(
                "detect",
                "--method",
                "farrington-flexible",
                "--input",
                SharedReference.file("stats/input_salmonella.agona.csv").toString(),
                "--output",
                output.toString(),
                "--range",
                "264:312"));
        args.addAll(List.of(NOUFAILY));

        assertThat(SignaalCommand.run(args.toArray(String[]::new))).as(errors()).isZero();

        assertMatches(read(output), read(SharedReference.file("stats/ref_farrington_salmonella.agona.csv")));
    }

    @Test
    void farringtonOriginalOnAgonaEqualsTheReference() throws IOException {
        Path output = dir.resolve("out.csv");
        assertThat(SignaalCommand.run(
                        "detect",
                        "--method",
                        "farrington",
                        "--input",
                        SharedReference.file("stats/input_salmonella.agona.csv").toString(),
                        "--output",
                        output.toString(),
                        "--range",
                        "264:312"))
                .as(errors())
                .isZero();

        assertMatches(read(output), read(SharedReference.file("stats/ref_farrington_orig_salmonella.agona.csv")));
    }

    /** ISO weeks are dates: Farrington looks one calendar year back, as R does for stsNewport's Date epochs. */
    @Test
    void farringtonFlexibleWithIsoWeeksEqualsTheDateReference() throws IOException {
        StringBuilder csv = new StringBuilder("t,observed\n");
        for (CSVRecord row : read(SharedReference.file("stats/input_stsNewport.csv"))) {
            csv.append(IsoWeek.of(LocalDate.parse(row.get("date"))))
                    .append(',')
                    .append(row.get("observed"))
                    .append('\n');
        }
        Path input = write("newport.csv", csv.toString());
        Path output = dir.resolve("out.csv");
        List<String> args = new ArrayList<>(List.of(
                "detect",
                "--method",
                "farrington-flexible",
                "--input",
                input.toString(),
                "--output",
                output.toString(),
                "--range",
                "670:773"));
        args.addAll(List.of(NOUFAILY));

        assertThat(SignaalCommand.run(args.toArray(String[]::new))).as(errors()).isZero();

        List<CSVRecord> rows = read(output);
        assertThat(rows.getFirst().get("t")).isEqualTo("2013-W44");
        assertMatches(rows, read(SharedReference.file("stats/ref_farrington_stsNewport.csv")));
    }

    @Test
    void aPopulationOffsetNeedsAPopulation() {
        assertThat(SignaalCommand.run(
                        "detect",
                        "--method",
                        "farrington-flexible",
                        "--input",
                        SharedReference.file("stats/input_salmonella.agona.csv").toString(),
                        "--output",
                        dir.resolve("o.csv").toString(),
                        "--population-offset",
                        "true"))
                .isEqualTo(2);
        assertThat(errors()).contains("needs a population column");
    }

    private static void assertMatches(List<CSVRecord> rows, List<CSVRecord> reference) {
        assertThat(rows).hasSameSizeAs(reference);
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            CSVRecord ref = reference.get(i);
            assertThat(row.get("observed")).isEqualTo(ref.get("observed"));
            if (ref.get("upperbound").equals("NA")) {
                assertThat(row.get("upperbound")).as("row %d", i).isEmpty();
            } else {
                double expected = Double.parseDouble(ref.get("upperbound"));
                assertThat(Double.parseDouble(row.get("upperbound")))
                        .as("upperbound of row %d", i)
                        .isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
            }
            assertThat(row.get("alarm"))
                    .as("alarm of row %d", i)
                    .isEqualTo(ref.get("alarm").equals("1") ? "true" : "false");
        }
    }

    @Test
    void severalSeriesAndIsoWeeks() throws IOException {
        StringBuilder csv = new StringBuilder("t,heroin,\"crack, NL\"\n");
        for (int i = 0; i < 12; i++) {
            String week = i < 6 ? "2025-W%02d".formatted(47 + i) : "2026-W%02d".formatted(i - 5);
            csv.append(week)
                    .append(',')
                    .append(i % 3)
                    .append(',')
                    .append(i == 11 ? 40 : 2 + i % 2)
                    .append('\n');
        }
        Path input = write("in.csv", csv.toString());
        Path output = dir.resolve("out.csv");

        assertThat(run("ears-c1", input, output)).as(errors()).isZero();

        List<CSVRecord> rows = read(output);
        assertThat(rows).hasSize(2 * 5);
        assertThat(rows.subList(0, 5))
                .allSatisfy(r -> assertThat(r.get("series")).isEqualTo("heroin"));
        assertThat(rows.subList(5, 10))
                .allSatisfy(r -> assertThat(r.get("series")).isEqualTo("crack, NL"));
        assertThat(rows.getFirst().get("t")).isEqualTo("2026-W02");
        Map<String, CSVRecord> crack =
                rows.subList(5, 10).stream().collect(Collectors.toMap(r -> r.get("t"), Function.identity()));
        assertThat(crack.get("2026-W06").get("observed")).isEqualTo("40");
        assertThat(crack.get("2026-W06").get("alarm")).isEqualTo("true");
        assertThat(crack.get("2026-W05").get("alarm")).isEqualTo("false");
    }

    @Test
    void aPerTimePointMu0AndAYearWith53Weeks() throws IOException {
        Path input = write("in.csv", "t,observed\n2026-W52,1\n2026-W53,4\n2027-W01,9\n");
        Path output = dir.resolve("out.csv");
        assertThat(SignaalCommand.run(
                        "detect",
                        "--method",
                        "cusum-nb",
                        "--input",
                        input.toString(),
                        "--output",
                        output.toString(),
                        "--mu0",
                        "1,1.5,2",
                        "--alpha",
                        "0",
                        "--c-arl",
                        "3"))
                .as(errors())
                .isZero();
        List<CSVRecord> rows = read(output);
        assertThat(rows).extracting(r -> r.get("t")).containsExactly("2026-W52", "2026-W53", "2027-W01");
        assertThat(rows).extracting(r -> r.get("expected")).containsExactly("1", "1.5", "2");
        assertThat(rows).extracting(r -> r.get("alarm")).containsExactly("false", "false", "true");

        assertThat(SignaalCommand.run(
                        "detect",
                        "--method",
                        "cusum-nb",
                        "--input",
                        input.toString(),
                        "--output",
                        output.toString(),
                        "--mu0",
                        "1,1.5",
                        "--alpha",
                        "0"))
                .isEqualTo(2);
        assertThat(errors()).contains("mu0 is given for t=1..2, the range asks for t=1..3");
    }

    @Test
    void farringtonRefusesEarsOptions() {
        assertThat(SignaalCommand.run(
                        "detect",
                        "--method",
                        "farrington-flexible",
                        "--input",
                        SharedReference.file("stats/input_salmonella.agona.csv").toString(),
                        "--output",
                        dir.resolve("o.csv").toString(),
                        "--baseline",
                        "7",
                        "--min-sigma",
                        "1"))
                .isEqualTo(2);
        assertThat(errors()).contains("--baseline, --min-sigma do not apply to farrington-flexible");
    }

    @Test
    void missingCountsAndTooShortSeriesGiveEmptyCells() throws IOException {
        Path input = write("in.csv", "t,observed\n1,1\n2,NA\n3,2\n4,\n5,3\n");
        Path output = dir.resolve("out.csv");

        assertThat(SignaalCommand.run(
                        "detect",
                        "--method",
                        "ears-c1",
                        "--baseline",
                        "3",
                        "--input",
                        input.toString(),
                        "--output",
                        output.toString(),
                        "--range",
                        "1:5"))
                .as(errors())
                .isZero();

        List<CSVRecord> rows = read(output);
        assertThat(rows).extracting(r -> r.get("observed")).containsExactly("1", "", "2", "", "3");
        assertThat(rows).extracting(r -> r.get("upperbound")).containsOnly("");
        assertThat(rows).extracting(r -> r.get("alarm")).containsOnly("false");
    }

    @Test
    void aMissingColumnIsExitCode2() throws IOException {
        Path input = write("in.csv", "week,observed\n1,2\n");
        assertThat(run("ears-c1", input, dir.resolve("out.csv"))).isEqualTo(2);
        assertThat(errors()).contains("line 1, column 1").contains("first column must be t");
        assertThat(dir.resolve("out.csv")).doesNotExist();

        Path onlyT = write("t.csv", "t\n1\n");
        assertThat(run("ears-c1", onlyT, dir.resolve("out.csv"))).isEqualTo(2);
        assertThat(errors()).contains("no series");
    }

    @Test
    void aNonNumberNamesTheLineAndColumn() throws IOException {
        Path input = write("in.csv", "t,a,b\n1,1,2\n2,3,x\n3,1,1\n");
        assertThat(run("ears-c1", input, dir.resolve("out.csv"))).isEqualTo(2);
        assertThat(errors()).contains("line 3, column 3 (b): 'x' is not a number");
    }

    @Test
    void aNegativeCountNamesTheLineAndColumn() throws IOException {
        Path input = write("in.csv", "t,observed\n1,1\n2,3\n3,-1");
        assertThat(run("ears-c1", input, dir.resolve("out.csv"))).isEqualTo(2);
        assertThat(errors()).contains("line 4, column 2 (observed): negative count -1");
    }

    @Test
    void badTimeColumns() throws IOException {
        assertThat(run("ears-c1", write("a.csv", "t,observed\n1,1\n3,1\n"), dir.resolve("o.csv")))
                .isEqualTo(2);
        assertThat(errors()).contains("line 3, column 1 (t): expected 2, found '3'");
        assertThat(run("ears-c1", write("b.csv", "t,observed\n2025-W52\n2026-W02,1\n"), dir.resolve("o.csv")))
                .isEqualTo(2);
        assertThat(errors()).contains("line 2: 1 fields");
        assertThat(run("ears-c1", write("c.csv", "t,observed\n2025-W52,1\n2026-W02,1\n"), dir.resolve("o.csv")))
                .isEqualTo(2);
        assertThat(errors()).contains("line 3, column 1 (t): 2026-W02 does not follow 2025-W52");
    }

    @Test
    void optionsOfAnotherMethodAreRefused() throws IOException {
        Path input = SharedReference.file("stats/input_salmonella.agona.csv");
        assertThat(SignaalCommand.run(
                        "detect",
                        "--method",
                        "ears-c2",
                        "--input",
                        input.toString(),
                        "--output",
                        dir.resolve("o.csv").toString(),
                        "--b",
                        "5"))
                .isEqualTo(2);
        assertThat(errors()).contains("--b does not apply to ears-c2");

        assertThat(run("cusum-nb", input, dir.resolve("o.csv"))).isEqualTo(2);
        assertThat(errors()).contains("cusum-nb needs --mu0");

        assertThat(run("ears-c4", input, dir.resolve("o.csv"))).isEqualTo(2);
        assertThat(errors()).contains("unknown method 'ears-c4'");

        assertThat(SignaalCommand.run(
                        "detect",
                        "--method",
                        "ears-c1",
                        "--input",
                        input.toString(),
                        "--output",
                        dir.resolve("o.csv").toString(),
                        "--range",
                        "300:400"))
                .isEqualTo(2);
        assertThat(errors()).contains("--range 300:400 lies outside the series of 312 time points");
        assertThat(dir.resolve("o.csv")).doesNotExist();
    }

    @Test
    void numbersKeepFullPrecision() {
        assertThat(DetectCommand.number(10.2750685814627)).isEqualTo("10.2750685814627");
        assertThat(Double.parseDouble(DetectCommand.number(0.1 + 0.2))).isEqualTo(0.1 + 0.2);
        assertThat(DetectCommand.number(6)).isEqualTo("6");
        assertThat(DetectCommand.number(Double.NaN)).isEmpty();
    }

    private int run(String method, Path input, Path output) {
        return SignaalCommand.run(
                "detect", "--method", method, "--input", input.toString(), "--output", output.toString());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new ArrayList<>(CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords());
        }
    }
}
