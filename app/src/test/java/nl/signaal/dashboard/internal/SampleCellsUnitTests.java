/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.dashboard.internal.SampleCells.Measure;
import nl.signaal.dashboard.internal.SampleCells.MeasureCell;
import nl.signaal.dashboard.internal.SampleCells.SampleCell;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.RecordFindings;
import nl.signaal.ingest.RecordFindings.Finding;
import org.junit.jupiter.api.Test;

class SampleCellsUnitTests {

    static final Map<String, String> CATALOGUE = Map.of(
            "xtc", "mdma", "mdma", "mdma", "cocaine", "cocaine", "levamisole", "levamisole", "ketamine", "ketamine");
    static final LocalDate DAY = LocalDate.of(2025, 6, 17);
    static final LocalDate JUNE = LocalDate.of(2025, 6, 1);

    @Test
    void eachSampleOnceBySoldAsWhatWasFoundAndAdulteration() {
        SampleCells cells = SampleCells.of(
                List.of(
                        sample("GG3406", "xtc", "tablet", finding("MDMA", "163.4", "mg")),
                        sample(
                                "GG3406",
                                "cocaine",
                                "powder",
                                finding("cocaine", "71", "percent"),
                                finding("levamisole", "9", "percent")),
                        sample(null, "cocaine", "powder", finding("ketamine", "50", "percent")),
                        sample("GG3406", "ketamine", "powder"),
                        sample("GG3406", "speed", "powder", finding("unheard-of", null, null)),
                        new RecordFindings(
                                ObservationKind.SAMPLE,
                                UUID.randomUUID(),
                                "B1",
                                DAY,
                                "BE",
                                null,
                                "xtc",
                                "tablet",
                                null,
                                null,
                                null,
                                List.of(finding("MDMA", "120", "mg")))),
                name -> CATALOGUE.get(name.toLowerCase()));

        assertThat(cells.samples())
                .as("the Belgian sample is not counted; nothing found and unknown names are '-'")
                .containsOnly(
                        Map.entry(new SampleCell(JUNE, "GG3406", "mdma", "mdma", false), 1L),
                        Map.entry(new SampleCell(JUNE, "GG3406", "cocaine", "cocaine", true), 1L),
                        Map.entry(new SampleCell(JUNE, "NL", "cocaine", "ketamine", true), 1L),
                        Map.entry(new SampleCell(JUNE, "GG3406", "ketamine", "-", false), 1L),
                        Map.entry(new SampleCell(JUNE, "GG3406", "-", "-", false), 1L));
        assertThat(cells.measures())
                .as("MDMA of a tablet in 10 mg bins, cocaine of a powder in 5 % bins; not levamisole, not ketamine")
                .containsOnly(
                        Map.entry(new MeasureCell(Measure.MDMA_MG, JUNE, "GG3406", 16), 1L),
                        Map.entry(new MeasureCell(Measure.COCAINE_PCT, JUNE, "GG3406", 14), 1L));
    }

    @Test
    void anMdmaPowderOrAnAmountInAnotherUnitIsNoTabletMeasure() {
        SampleCells cells = SampleCells.of(
                List.of(
                        sample("GG3406", "mdma", "powder", finding("MDMA", "80", "percent")),
                        sample("GG3406", "xtc", "tablet", finding("MDMA", "0.12", "ug"))),
                name -> CATALOGUE.get(name.toLowerCase()));
        assertThat(cells.measures()).isEmpty();
    }

    static RecordFindings sample(String region, String soldAs, String form, Finding... findings) {
        return new RecordFindings(
                ObservationKind.SAMPLE,
                UUID.randomUUID(),
                "S",
                DAY,
                "NL",
                region,
                soldAs,
                form,
                null,
                null,
                null,
                List.of(findings));
    }

    static Finding finding(String substance, String amount, String unit) {
        return new Finding(substance, null, amount == null ? null : new BigDecimal(amount), unit, null, true);
    }
}
