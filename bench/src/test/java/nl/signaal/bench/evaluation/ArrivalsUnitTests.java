/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.signaal.ingest.SampleRecord;
import org.junit.jupiter.api.Test;

/** When generated records happened and when they reach Signaal in the replay. */
class ArrivalsUnitTests {

    static SampleRecord sample(LocalDate handedIn, LocalDate resultDate) {
        return new SampleRecord(
                "DC-2025-W36-0001",
                handedIn,
                resultDate,
                null,
                "GG3406",
                null,
                null,
                "oxycodone",
                SampleRecord.Form.TABLET,
                null,
                null,
                null,
                null,
                List.of(),
                null);
    }

    @Test
    void aSampleArrivesWithItsResultsOnTheResultDate() {
        SampleRecord s = sample(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 8));
        assertThat(Arrivals.happened(s)).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(Arrivals.arrives(s)).isEqualTo(LocalDate.of(2025, 9, 8));
    }

    @Test
    void aSampleWithoutResultsIsNoLabConfirmation() {
        assertThat(Arrivals.labConfirmed(sample(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 8))))
                .isNull();
    }
}
