/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.signaal.SharedReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./signaal classify} in-process, as DESIGN §5 describes it; no Spring context is started. */
class ClassifyCommandUnitTests {

    @TempDir
    Path dir;

    @Test
    void classifiesTheReferenceFile() throws IOException {
        Path output = dir.resolve("out.csv");
        int code = SignaalCommand.run(
                "classify",
                "--input",
                SharedReference.file("chem/substances.csv").toString(),
                "--output",
                output.toString());

        assertThat(code).isZero();
        assertThat(Files.readAllLines(output).getFirst()).isEqualTo("name,smiles,inchikey,groups,error");
        Map<String, CSVRecord> rows =
                read(output).stream().collect(Collectors.toMap(r -> r.get("name"), Function.identity()));
        assertThat(rows).hasSize(112);
        assertThat(rows.get("3,4-methylenedioxymethamphetamine").get("inchikey"))
                .isEqualTo("SHXWCVYOXRDMCX-UHFFFAOYSA-N");
        assertThat(rows.get("3,4-methylenedioxymethamphetamine").get("groups")).isEqualTo("phenethylamines");
        assertThat(rows.get("3,4-methylenedioxymethamphetamine").get("smiles")).isEqualTo("CC(CC1=CC2=C(C=C1)OCO2)NC");
        assertThat(rows.get("Protonitazene").get("groups")).isEqualTo("nitazenes;opioids;nitazenes-broad");
        assertThat(rows.get("acetylfentanyl").get("groups")).isEqualTo("fentanyl-analogues;opioids");
        assertThat(rows.get("3-MMC").get("groups")).isEqualTo("synthetic-cathinones");
        assertThat(rows.get("jwh-018").get("groups")).isEqualTo("synthetic-cannabinoids");
        assertThat(rows.get("alpha-Carboxamido clonitazene").get("groups")).isEqualTo("nitazenes-broad");
        assertThat(rows.get("Paracetamol").get("groups")).isEmpty();
        assertThat(rows.values()).allSatisfy(r -> assertThat(r.get("error")).isEmpty());
    }

    @Test
    void givesTheLegalStatusOnADateWhenAsked() throws IOException {
        Path input = write("status.csv", """
                name,smiles
                protonitazene HCl,CCCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1.Cl
                unknown nitazene,CCCN(CCC)CCN1C(Cc2ccc(OCCC)cc2)=Nc3cc([N+]([O-])=O)ccc31
                MDMA,CNC(C)Cc1ccc2OCOc2c1
                broken,C1CC
                """);
        Path before = dir.resolve("before.csv");
        Path after = dir.resolve("after.csv");

        assertThat(SignaalCommand.run(
                        "classify",
                        "--input",
                        input.toString(),
                        "--output",
                        before.toString(),
                        "--status-on",
                        "2026-06-30",
                        "--nitazene-listing-date",
                        "2026-07-01"))
                .isZero();
        assertThat(SignaalCommand.run(
                        "classify",
                        "--input",
                        input.toString(),
                        "--output",
                        after.toString(),
                        "--status-on",
                        "2026-07-01",
                        "--nitazene-listing-date",
                        "2026-07-01"))
                .isZero();

        assertThat(Files.readAllLines(after).getFirst())
                .isEqualTo("name,smiles,inchikey,groups,error,substance,legal_list,listed_from,legal_basis");
        List<CSVRecord> was = read(before);
        List<CSVRecord> is = read(after);
        // protonitazene is named on no Dutch list: controlled only by the nitazene group, from its date
        assertThat(was.get(0).get("substance")).isEqualTo("protonitazene");
        assertThat(was.get(0).get("legal_list")).isEmpty();
        assertThat(is.get(0).get("legal_list")).isEqualTo("IA");
        assertThat(is.get(0).get("listed_from")).isEqualTo("2026-07-01");
        assertThat(is.get(0).get("legal_basis")).startsWith("nitazenes");
        // a nitazene no catalogue names, by its structure alone
        assertThat(is.get(1).get("substance")).isEmpty();
        assertThat(was.get(1).get("legal_list")).isEmpty();
        assertThat(is.get(1).get("legal_list")).isEqualTo("IA");
        assertThat(is.get(2).get("legal_list")).isEqualTo("I");
        assertThat(is.get(3).get("error")).isNotEmpty();
        assertThat(is.get(3).get("legal_list")).isEmpty();
    }

    @Test
    void anUnreadableSmilesIsARowErrorAndTheOtherRowsAreClassified() throws IOException {
        Path input = write("in.csv", """
                name,smiles
                MDMA HCl,CNC(C)Cc1ccc2OCOc2c1.Cl
                "broken, truly",C1CC
                nothing,
                "3-MMC \"\"street\"\"",CNC(C)C(=O)c1cccc(C)c1
                """);
        Path output = dir.resolve("out.csv");

        assertThat(SignaalCommand.run("classify", "--input", input.toString(), "--output", output.toString()))
                .isZero();

        List<CSVRecord> rows = read(output);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).values())
                .containsExactly(
                        "MDMA HCl", "CNC(C)Cc1ccc2OCOc2c1.Cl", "SHXWCVYOXRDMCX-UHFFFAOYSA-N", "phenethylamines", "");
        assertThat(rows.get(1).get("name")).isEqualTo("broken, truly");
        assertThat(rows.get(1).get("inchikey")).isEmpty();
        assertThat(rows.get(1).get("error")).startsWith("cannot read the SMILES");
        assertThat(rows.get(2).get("error")).isEqualTo("no SMILES");
        assertThat(rows.get(3).get("name")).isEqualTo("3-MMC \"street\"");
        assertThat(rows.get(3).get("groups")).isEqualTo("synthetic-cathinones");
    }

    @Test
    void extraColumnsAnyOrderAndAByteOrderMarkAreAccepted() throws IOException {
        Path input = write("in.csv", "\uFEFFsource,SMILES,Name\nlab,CC(N)Cc1ccccc1,amphetamine\n");
        Path output = dir.resolve("out.csv");

        assertThat(SignaalCommand.run("classify", "--input", input.toString(), "--output", output.toString()))
                .isZero();

        assertThat(read(output).getFirst().values())
                .containsExactly("amphetamine", "CC(N)Cc1ccccc1", "KWTSXDURSIMDCE-UHFFFAOYSA-N", "phenethylamines", "");
    }

    @Test
    void aMissingColumnIsExitCodeTwoAndNoOutput() throws IOException {
        Path input = write("in.csv", "name,structure\nMDMA,CNC(C)Cc1ccc2OCOc2c1\n");
        Path output = dir.resolve("out.csv");

        assertThat(SignaalCommand.run("classify", "--input", input.toString(), "--output", output.toString()))
                .isEqualTo(2);
        assertThat(output).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(input);
        }
    }

    @Test
    void aMissingInputFileIsExitCodeTwo() {
        assertThat(SignaalCommand.run(
                        "classify",
                        "--input",
                        dir.resolve("nothing.csv").toString(),
                        "--output",
                        dir.resolve("out.csv").toString()))
                .isEqualTo(2);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader in = Files.newBufferedReader(file);
                var parser = format.parse(in)) {
            return parser.getRecords();
        }
    }
}
