/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/** Records and CSV text for ingestion tests. */
public final class IngestFixtures {

    public static final String SAMPLE_HEADER =
            "external_id,sample_date,region_code,place,sold_as,form,tablet_logo,tablet_colour,substance,amount,unit,salt_form,abundance";

    private IngestFixtures() {}

    public static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    public static SampleRecord sample(String externalId, UnaryOperator<SampleRecord> customiser) {
        return customiser.apply(new SampleRecord(
                externalId,
                LocalDate.of(2025, 3, 14),
                null,
                null,
                "GG3406",
                "Amsterdam",
                "Test service",
                "MDMA",
                SampleRecord.Form.TABLET,
                new TabletFeatures("Tesla", "red", null, null, null, null),
                null,
                SampleRecord.PurchaseChannel.DEALER,
                null,
                List.of(new LabResult(
                        "MDMA",
                        new BigDecimal("182"),
                        LabResult.Unit.MG_PER_UNIT,
                        LabResult.SaltForm.HYDROCHLORIDE,
                        LabResult.Abundance.MAJOR,
                        "GC-MS")),
                null));
    }

    public static SampleRecord sample(String externalId) {
        return sample(externalId, s -> s);
    }
}
