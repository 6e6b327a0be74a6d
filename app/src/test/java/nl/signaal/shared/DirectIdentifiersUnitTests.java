/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.signaal.shared.DirectIdentifiers.Finding;
import nl.signaal.shared.DirectIdentifiers.Kind;
import nl.signaal.shared.DirectIdentifiers.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The check of obvious direct identifiers that linked lists must not contain (DESIGN §8). */
class DirectIdentifiersUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990", "123.456.782", "123 456 782", "BSN 111222333"})
    void aNumberThatPassesTheElevenTestIsABsn(String value) {
        assertThat(DirectIdentifiers.identifierValue(value)).isEqualTo(Kind.BSN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"123456789", "111222334", "000000000", "1234567820", "12345678", "123.456782", "0.123456782"})
    void aNumberThatFailsTheElevenTestOrHasAnotherLengthIsNot(String value) {
        assertThat(DirectIdentifiers.identifierValue(value)).isNotEqualTo(Kind.BSN);
    }

    @Test
    void theElevenTestItself() {
        // 9×1 + 8×2 + 7×3 + 6×4 + 5×5 + 4×6 + 3×7 + 2×8 − 1×2 = 154 = 14 × 11
        assertThat(DirectIdentifiers.passesElevenTest("123456782")).isTrue();
        assertThat(DirectIdentifiers.passesElevenTest("123456783")).isFalse();
        assertThat(DirectIdentifiers.passesElevenTest("12345678")).isFalse();
        assertThat(DirectIdentifiers.passesElevenTest("12345678a")).isFalse();
        assertThat(DirectIdentifiers.passesElevenTest("000000000")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jan.jansen@example.nl|EMAIL",
                "mail me: J.de-Vries+drugs@zorg.example.org please|EMAIL",
                "0612345678|PHONE",
                "06-12345678|PHONE",
                "06 1234 5678|PHONE",
                "+31 6 12345678|PHONE",
                "+31 (0)20 123 4567|PHONE",
                "0031201234567|PHONE",
                "(020) 123 4567|PHONE",
                "bel 020-1234567 na vijven|PHONE",
                "1234 AB|POSTCODE",
                "1234AB|POSTCODE",
                "1234ab|POSTCODE",
                "Dorpsstraat 1, 9999 ZZ Ergens|POSTCODE",
                "1990-03-07|FULL_DATE",
                "07-03-1990|FULL_DATE",
                "7/3/1990|FULL_DATE",
                "07.03.1990|FULL_DATE"
            })
    void valuesThatLookLikeIdentifiers(String value, Kind kind) {
        assertThat(DirectIdentifiers.identifierValue(value)).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "1",
                "0",
                "1234",
                "2025-W14",
                "GG0111",
                "PV20",
                "12.5",
                "0.1234567890",
                "3.14159265358",
                "1234 SS",
                "0123 AB",
                "in 1990 en later",
                "2025-02-30",
                "31-02-1990",
                "protonitazene",
                "MDMA 180 mg",
                "@handle",
                "1000000"
            })
    void valuesThatDoNotLookLikeIdentifiers(String value) {
        assertThat(DirectIdentifiers.identifierValue(value)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "naam|NAME",
                "Name|NAME",
                "Voornaam|NAME",
                "ACHTERNAAM|NAME",
                "Last_Name|NAME",
                "family name|NAME",
                "client_naam|NAME",
                "Geboortedatum|BIRTH_DATE",
                "geboorte-datum|BIRTH_DATE",
                "Date of Birth|BIRTH_DATE",
                "date_of_birth|BIRTH_DATE",
                "DOB|BIRTH_DATE",
                "patient dob|BIRTH_DATE",
                "BSN|BSN",
                "burgerservicenummer|BSN",
                "Adres|ADDRESS",
                "address|ADDRESS",
                "Postcode|POSTCODE",
                "postal code|POSTCODE",
                "E-mail|EMAIL",
                "e_mail|EMAIL",
                "email|EMAIL",
                "Telefoon|PHONE",
                "telefoonnummer|PHONE",
                "phone|PHONE",
                "Tel.|PHONE",
                "patiëntnummer|RECORD_NUMBER",
                "IBAN|BANK_ACCOUNT"
            })
    void columnNamesOfIdentifiers(String name, Kind kind) {
        assertThat(DirectIdentifiers.identifierName(name)).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A",
                "B",
                "count",
                "region",
                "regio",
                "leeftijdsklasse",
                "age_band",
                "geslacht",
                "sex",
                "substance_name",
                "stofnaam",
                "woonplaats",
                "gemeente",
                "link_key",
                "jaar"
            })
    void columnNamesThatAreNotDirectIdentifiers(String name) {
        assertThat(DirectIdentifiers.identifierName(name)).isNull();
    }

    @Test
    void theCheckNamesLineAndColumnAndCountsTheLines() {
        List<String> header = List.of("A", "B", "opmerking", "Geboortedatum", "count");
        List<Row> rows = List.of(
                new Row(2, List.of("1", "0", "", "", "3")),
                new Row(3, List.of("0", "1", "tel 06-12345678", "", "2")),
                new Row(5, List.of("1", "1", "0612345678", "1990-03-07", "1")),
                new Row(6, List.of("1", "1", "jan@example.nl", "", "1")));

        List<Finding> found = DirectIdentifiers.check(header, rows);

        assertThat(found)
                .extracting(Finding::describe)
                .containsExactly(
                        "column 4 'Geboortedatum': its name says it holds a date of birth",
                        "line 3, column 3 'opmerking': the value looks like a phone number (and on 1 more line)",
                        "line 5, column 4 'Geboortedatum': the value looks like a full date (day, month and year),"
                                + " as a date of birth is written",
                        "line 6, column 3 'opmerking': the value looks like an e-mail address");
        assertThat(found.get(1).lines()).isEqualTo(2);
    }

    @Test
    void digitsInsideAHexadecimalLinkKeyAreNotABsnOrAPhoneNumber() {
        assertThat(DirectIdentifiers.identifierValue("ab123456782cd0612345678ef"))
                .isNull();
    }

    @Test
    void aFindingNeverRepeatsTheValue() {
        List<Finding> found =
                DirectIdentifiers.check(List.of("x"), List.of(new Row(2, List.of("jan.jansen@example.nl"))));

        assertThat(found)
                .singleElement()
                .satisfies(f -> assertThat(f.describe()).doesNotContain("jan"));
    }

    @Test
    void aCaptureHistoryHasNoFindings() {
        List<String> header = List.of("link_key", "A", "B", "C", "regio", "leeftijdsklasse", "geslacht", "count");
        List<Row> rows = List.of(
                new Row(
                        2,
                        List.of(
                                "3f9a0c6d1e2b4a5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c",
                                "1",
                                "0",
                                "1",
                                "GG3406",
                                "25-34",
                                "M",
                                "1")),
                new Row(3, List.of("", "0", "1", "1", "GG0111", "35-44", "V", "12")));

        assertThat(DirectIdentifiers.check(header, rows)).isEmpty();
    }
}
