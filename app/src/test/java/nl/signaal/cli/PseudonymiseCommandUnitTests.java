/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./signaal pseudonymise} in-process, as a source organisation runs it (docs/pseudonymisation.md). */
class PseudonymiseCommandUnitTests {

    /** The key 00 01 02 … 1f. */
    private static final String COUNTING_KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private PrintStream originalOut;

    @BeforeEach
    void captureStandardStreams() {
        originalErr = System.err;
        originalOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardStreams() {
        System.setErr(originalErr);
        System.setOut(originalOut);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLinkKeyIsTheHmacOfTheDocumentedMessage() throws IOException {
        Path key = write("shared.key", COUNTING_KEY + "\n");
        Path input = write("treatment.csv", """
                client_id_intern,voornaam,achternaam,geboortedatum,geslacht,regio,leeftijdsklasse
                ,Jan,Jansen,07-03-1990,man,GG3406,25-34
                """);
        Path output = dir.resolve("out.csv");

        assertThat(run("--key-file", key, "--input", input, "--output", output, "--keep", "client_id_intern"))
                .isZero();

        // HMAC-SHA256(00 01 … 1f, "signaal-link-v1|I=J|F=JANSEN|B=1990-03-07|S=M"), by Python's hmac module
        assertThat(Files.readAllLines(output))
                .containsExactly(
                        "link_key,client_id_intern,regio,leeftijdsklasse",
                        "63ee63d210518d873814af28e6cb961592335ce1b2d957aaadcd9cb41c1f3285,,GG3406,25-34");
        assertThat(errors())
                .contains("Link key (signaal-link-v1) over initial ('voornaam'), family-name ('achternaam'),"
                        + " birth-date ('geboortedatum'), sex ('geslacht')")
                .doesNotContain(COUNTING_KEY)
                .doesNotContain(COUNTING_KEY.toUpperCase());
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Pseudonymised 1 rows")
                .contains("key id 397e8b8f")
                .doesNotContain(COUNTING_KEY);
    }

    @Test
    void theSamePersonWrittenDifferentlyByTwoSourcesGetsTheSameKey() throws IOException {
        Path key = write("shared.key", COUNTING_KEY);
        Path treatment = write("treatment.csv", """
                Voornaam,Achternaam,Geboortedatum,Geslacht,in_zorg
                Jan-Willem,van der Berg,1985-12-31,M,1
                José,Müller,1970-01-02,V,1
                Piet,Jansen,1960-06-06,M,1
                """);
        Path shelter = write("shelter.csv", """
                geslacht;voorletters;geboortedatum;achternaam;opvang
                m;J.W.;31-12-1985;Berg, van der;1
                vrouw;J;02/01/1970;MULLER;1
                M;P;1960-06-07;Jansen;1
                """);
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");

        assertThat(run("--key-file", key, "--input", treatment, "--output", a)).isZero();
        assertThat(run("--key-file", key, "--input", shelter, "--output", b)).isZero();

        List<CSVRecord> fromA = read(a, ',');
        List<CSVRecord> fromB = read(b, ';');
        assertThat(Files.readAllLines(b).getFirst()).isEqualTo("link_key;opvang");
        assertThat(fromB.get(0).get("link_key")).isEqualTo(fromA.get(0).get("link_key"));
        assertThat(fromB.get(1).get("link_key")).isEqualTo(fromA.get(1).get("link_key"));
        // another date of birth is another person
        assertThat(fromB.get(2).get("link_key")).isNotEqualTo(fromA.get(2).get("link_key"));
        assertThat(fromA).extracting(r -> r.get("link_key")).allMatch(k -> k.matches("[0-9a-f]{64}"));
    }

    @Test
    void anotherKeyGivesOtherLinkKeys() throws IOException {
        Path input = write("in.csv", "voornaam,achternaam,geboortedatum,geslacht\nJan,Jansen,1990-03-07,M\n");
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        Path otherKey = dir.resolve("other.key");

        assertThat(run("--key-file", write("one.key", COUNTING_KEY), "--input", input, "--output", first))
                .isZero();
        assertThat(run("--key-file", otherKey, "--new-key")).isZero();
        assertThat(run("--key-file", otherKey, "--input", input, "--output", second))
                .isZero();

        assertThat(read(second, ',').getFirst().get("link_key"))
                .matches("[0-9a-f]{64}")
                .isNotEqualTo(read(first, ',').getFirst().get("link_key"));
    }

    @Test
    void theIdentifyingColumnsAreDroppedAndTheOthersPassThroughInOrder() throws IOException {
        Path input = write("in.csv", """
                A,voornaam,B,achternaam,adres,geboortedatum,C,geslacht,count
                1,Jan,0,Jansen,Dorpsstraat 1,1990-03-07,1,M,1
                """);
        Path output = dir.resolve("out.csv");

        assertThat(run("--key-file", write("k", COUNTING_KEY), "--input", input, "--output", output, "--drop", "adres"))
                .isZero();

        CSVRecord row = read(output, ',').getFirst();
        assertThat(Files.readAllLines(output).getFirst()).isEqualTo("link_key,A,B,C,count");
        assertThat(row.values()).containsExactly(row.get("link_key"), "1", "0", "1", "1");
        String written = Files.readString(output);
        assertThat(written).doesNotContain("Jan").doesNotContain("Dorpsstraat").doesNotContain("1990");
    }

    @Test
    void explicitFieldsWithRoles() throws IOException {
        Path input = write("in.csv", "vn,an,gd,sx,lijst\nJan,Jansen,07-03-1990,1,A\n");
        Path output = dir.resolve("out.csv");

        assertThat(run(
                        "--key-file",
                        write("k", COUNTING_KEY),
                        "--input",
                        input,
                        "--output",
                        output,
                        "--fields",
                        "vn=initial,an=family-name,gd=birth-date,sx=sex"))
                .isZero();

        assertThat(Files.readAllLines(output))
                .containsExactly(
                        "link_key,lijst", "63ee63d210518d873814af28e6cb961592335ce1b2d957aaadcd9cb41c1f3285,A");
    }

    @Test
    void anIdentifyingColumnThatWouldPassThroughIsRefusedUnlessKept() throws IOException {
        Path input = write("in.csv", """
                voornaam,achternaam,geboortedatum,geslacht,telefoon,A
                Jan,Jansen,1990-03-07,M,,1
                """);
        Path output = dir.resolve("out.csv");
        Path key = write("k", COUNTING_KEY);

        assertThat(run("--key-file", key, "--input", input, "--output", output)).isEqualTo(2);
        assertThat(errors())
                .contains("column 5 'telefoon': its name says it holds a phone number. It would pass through to the"
                        + " output: make it part of the link key (--fields), leave it out (--drop), or, if it does"
                        + " not identify anyone, pass it on with --keep")
                .doesNotContain("Exception");
        assertThat(output).doesNotExist();

        assertThat(run("--key-file", key, "--input", input, "--output", output, "--keep", "telefoon"))
                .isZero();
        assertThat(Files.readAllLines(output).getFirst()).isEqualTo("link_key,telefoon,A");
    }

    @Test
    void identifyingValuesInAColumnThatPassesThroughAreRefused() throws IOException {
        Path input = write("in.csv", """
                voornaam,achternaam,geboortedatum,geslacht,opmerking
                Jan,Jansen,1990-03-07,M,
                Piet,Jansen,1960-06-06,M,bellen: 06-12345678
                Kees,Jansen,1961-06-06,M,BSN 111222333
                Anna,Jansen,1962-06-06,V,06 12345678
                """);
        Path output = dir.resolve("out.csv");

        assertThat(run("--key-file", write("k", COUNTING_KEY), "--input", input, "--output", output))
                .isEqualTo(2);

        assertThat(errors())
                .contains("nothing was written")
                .contains("line 3, column 5 'opmerking': the value looks like a phone number (and on 1 more line)")
                .contains("line 4, column 5 'opmerking': the value looks like a citizen service number (BSN)")
                .doesNotContain("12345678")
                .doesNotContain("111222333");
        assertThat(output).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aBadRowIsNamedByLineAndColumnAndNothingIsWritten() throws IOException {
        Path input = write("in.csv", """
                voornaam,achternaam,geboortedatum,geslacht
                Jan,Jansen,1990-03-07,M

                Piet,Jansen,31-02-1960,M
                Kees,Jansen,1961-06-06
                Anna,,1962-06-06,V
                """);
        Path output = dir.resolve("out.csv");
        Files.writeString(output, "the previous output");

        assertThat(run("--key-file", write("k", COUNTING_KEY), "--input", input, "--output", output))
                .isEqualTo(2);

        assertThat(errors())
                .contains("line 4, column 3 'geboortedatum' (birth-date): not a date of the calendar")
                .contains("line 5: 3 fields, the header has 4")
                .contains("line 6, column 2 'achternaam' (family-name): empty (rows may lack it with"
                        + " --allow-incomplete)")
                .doesNotContain("Piet")
                .doesNotContain("at nl.signaal");
        assertThat(Files.readString(output)).isEqualTo("the previous output");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void incompleteRowsMayGetAnEmptyLinkKeyWhenAsked() throws IOException {
        Path input = write("in.csv", "voornaam,achternaam,geboortedatum,geslacht,A\nJan,Jansen,,M,1\n");
        Path output = dir.resolve("out.csv");

        assertThat(run(
                        "--key-file",
                        write("k", COUNTING_KEY),
                        "--input",
                        input,
                        "--output",
                        output,
                        "--allow-incomplete"))
                .isZero();

        assertThat(read(output, ','))
                .singleElement()
                .satisfies(r -> assertThat(r.values()).containsExactly("", "1"));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 incomplete rows have an empty link_key");
    }

    @Test
    void aBadKeyFileIsRefusedAndNothingIsWritten() throws IOException {
        Path input = write("in.csv", "voornaam,achternaam,geboortedatum,geslacht\nJan,Jansen,1990-03-07,M\n");
        Path output = dir.resolve("out.csv");

        assertThat(run("--key-file", write("short.key", "abcdef0123456789"), "--input", input, "--output", output))
                .isEqualTo(2);
        assertThat(run("--key-file", dir.resolve("missing.key"), "--input", input, "--output", output))
                .isEqualTo(2);

        assertThat(errors())
                .contains("has 8 bytes; at least 32 random bytes are needed")
                .contains("no key file ")
                .doesNotContain("abcdef0123456789");
        assertThat(output).doesNotExist();
    }

    @Test
    void aNewKeyNeverReplacesAFile() throws IOException {
        Path key = write("k", COUNTING_KEY);

        assertThat(run("--key-file", key, "--new-key")).isEqualTo(2);

        assertThat(Files.readString(key)).isEqualTo(COUNTING_KEY);
        assertThat(errors()).contains("exists; a key file is never replaced");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path input = dir.resolve("latin1.csv");
        Files.write(
                input,
                "voornaam,achternaam,geboortedatum,geslacht\nJos\u00e9,Jansen,1990-03-07,M\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        Path output = dir.resolve("out.csv");

        assertThat(run("--key-file", write("k", COUNTING_KEY), "--input", input, "--output", output))
                .isEqualTo(2);

        assertThat(errors()).contains("not UTF-8 text near line").contains("save the file as CSV UTF-8");
        assertThat(output).doesNotExist();
    }

    @Test
    void anUnclosedQuoteOrAnEmptyFileIsRefused() throws IOException {
        Path key = write("k", COUNTING_KEY);
        Path quote = write(
                "quote.csv",
                "voornaam,achternaam,geboortedatum,geslacht\nPiet,Jansen,1960-01-01,M\n\"Jan,Jansen,1990-03-07,M\n");
        Path empty = write("empty.csv", "");
        Path output = dir.resolve("out.csv");

        assertThat(run("--key-file", key, "--input", quote, "--output", output)).isEqualTo(2);
        assertThat(run("--key-file", key, "--input", empty, "--output", output)).isEqualTo(2);

        assertThat(errors())
                .contains("a quoted field that starts after line 2 is never closed")
                .contains("the file is empty");
        assertThat(output).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aNewKeyIsMadeAlone() throws IOException {
        Path input = write("in.csv", "voornaam,achternaam,geboortedatum,geslacht\nJan,Jansen,1990-03-07,M\n");

        assertThat(run("--key-file", dir.resolve("new.key"), "--new-key", "--input", input))
                .isEqualTo(2);

        assertThat(errors()).contains("--new-key only writes a key file");
        assertThat(dir.resolve("new.key")).doesNotExist();
    }

    @Test
    void withoutRecognisedColumnsTheFieldsMustBeNamed() throws IOException {
        Path input = write("in.csv", "a,b,c\n1,2,3\n");
        Path output = dir.resolve("out.csv");

        assertThat(run("--key-file", write("k", COUNTING_KEY), "--input", input, "--output", output))
                .isEqualTo(2);

        assertThat(errors())
                .contains("no columns recognised as a family name and a date of birth")
                .contains("--fields");
        assertThat(output).doesNotExist();
    }

    @Test
    void unknownColumnsInOptionsAreNamed() throws IOException {
        Path input = write("in.csv", "voornaam,achternaam,geboortedatum,geslacht\nJan,Jansen,1990-03-07,M\n");
        Path output = dir.resolve("out.csv");
        Path key = write("k", COUNTING_KEY);

        assertThat(run("--key-file", key, "--input", input, "--output", output, "--drop", "adres"))
                .isEqualTo(2);
        assertThat(run("--key-file", key, "--input", input, "--output", output, "--fields", "achternaam=surname"))
                .isEqualTo(2);

        assertThat(errors())
                .contains("--drop adres: no such column; the header has voornaam,achternaam,geboortedatum,geslacht")
                .contains("no role 'surname'; the roles are initial, family-name, birth-date, sex, text");
    }

    private int run(Object... args) {
        List<String> strings = new ArrayList<>();
        strings.add("pseudonymise");
        Stream.of(args).map(Object::toString).forEach(strings::add);
        return SignaalCommand.run(strings.toArray(String[]::new));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".partial"))
                    .toList();
        }
    }

    private static List<CSVRecord> read(Path file, char delimiter) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }
}
