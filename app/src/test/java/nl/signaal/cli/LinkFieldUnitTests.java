/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.signaal.cli.LinkField.BadValue;
import nl.signaal.cli.LinkField.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The normalisation of protocol version 1 (docs/pseudonymisation.md): one person written differently, one value. */
class LinkFieldUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"Jan", "jan", " J.", "J.W.", "Jan-Willem", "jan willem", "Ján"})
    void theInitialIsTheFirstLetter(String written) throws BadValue {
        assertThat(LinkField.INITIAL.normalise(written)).isEqualTo("J");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "van der Berg",
                "Van Der Berg",
                "VAN DER BERG",
                "Berg, van der",
                "v.d. Berg",
                "Berg",
                " berg ",
                "Bérg"
            })
    void theFamilyNameLosesItsParticlesCaseAndAccents(String written) throws BadValue {
        assertThat(LinkField.FAMILY_NAME.normalise(written)).isEqualTo("BERG");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "D'Souza|DSOUZA",
                "Jansen-de Vries|JANSENVRIES",
                "Müller|MULLER",
                "Øster|OSTER",
                "Strauß|STRAUSS",
                "Ærø|AERO",
                "Çelik|CELIK",
                "Van|VAN",
                "ten Brink|BRINK",
                "in 't Veld|VELD"
            })
    void familyNames(String written, String normalised) throws BadValue {
        assertThat(LinkField.FAMILY_NAME.normalise(written)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1990-03-07",
                "1990/3/7",
                "07-03-1990",
                "7-3-1990",
                "07/03/1990",
                "07.03.1990",
                "19900307",
                "1990-03-07 00:00:00",
                "1990-03-07T00:00"
            })
    void aDateOfBirthBecomesIso(String written) throws BadValue {
        assertThat(LinkField.BIRTH_DATE.normalise(written)).isEqualTo("1990-03-07");
    }

    @Test
    void aDateThatIsNotOneIsRefusedWithWhatWasExpected() {
        assertThatThrownBy(() -> LinkField.BIRTH_DATE.normalise("7 maart 1990"))
                .isInstanceOf(BadValue.class)
                .hasMessage("not a date; expected yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy or yyyymmdd");
        assertThatThrownBy(() -> LinkField.BIRTH_DATE.normalise("31-02-1990"))
                .hasMessageStartingWith("not a date of the calendar");
        assertThatThrownBy(() -> LinkField.BIRTH_DATE.normalise("1990-03-07 14:30"))
                .hasMessageStartingWith("not a date;");
        assertThatThrownBy(() -> LinkField.BIRTH_DATE.normalise("3000-01-01"))
                .hasMessage("a date of birth before 1880 or in the future");
        assertThatThrownBy(() -> LinkField.BIRTH_DATE.normalise(" ")).hasMessage("empty");
    }

    @ParameterizedTest
    @CsvSource({"M,M", "man,M", "Male,M", "1,M", "V,F", "vrouw,F", "F,F", "female,F", "2,F", "X,X", "onbekend,X"})
    void sexes(String written, String normalised) throws BadValue {
        assertThat(LinkField.SEX.normalise(written)).isEqualTo(normalised);
    }

    @Test
    void anUnknownSexIsRefused() {
        assertThatThrownBy(() -> LinkField.SEX.normalise("q")).hasMessageStartingWith("not a sex; expected M,");
    }

    @Test
    void aFieldWithoutLettersOrDigitsIsRefused() {
        assertThatThrownBy(() -> LinkField.FAMILY_NAME.normalise("--")).hasMessage("no letters or digits");
        assertThatThrownBy(() -> LinkField.INITIAL.normalise("")).hasMessage("empty");
    }

    @Test
    void theMessageHasAFixedOrderWhateverTheOrderOfTheColumns() {
        List<Value> shuffled = List.of(
                new Value(LinkField.SEX, "M"),
                new Value(LinkField.BIRTH_DATE, "1990-03-07"),
                new Value(LinkField.INITIAL, "J"),
                new Value(LinkField.FAMILY_NAME, "JANSEN"));

        assertThat(LinkField.message(shuffled)).isEqualTo("signaal-link-v1|I=J|F=JANSEN|B=1990-03-07|S=M");
    }

    @Test
    void columnsAreRecognisedByName() {
        assertThat(LinkField.recognise("Voornaam")).isEqualTo(LinkField.INITIAL);
        assertThat(LinkField.recognise("voorletters")).isEqualTo(LinkField.INITIAL);
        assertThat(LinkField.recognise("First name")).isEqualTo(LinkField.INITIAL);
        assertThat(LinkField.recognise("ACHTERNAAM")).isEqualTo(LinkField.FAMILY_NAME);
        assertThat(LinkField.recognise("family_name")).isEqualTo(LinkField.FAMILY_NAME);
        assertThat(LinkField.recognise("Geboortedatum")).isEqualTo(LinkField.BIRTH_DATE);
        assertThat(LinkField.recognise("date-of-birth")).isEqualTo(LinkField.BIRTH_DATE);
        assertThat(LinkField.recognise("Geslacht")).isEqualTo(LinkField.SEX);
        assertThat(LinkField.recognise("naam")).isNull();
        assertThat(LinkField.recognise("regio")).isNull();
    }
}
