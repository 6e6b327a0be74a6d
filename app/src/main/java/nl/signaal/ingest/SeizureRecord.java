/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A police or customs seizure as analysed by a forensic laboratory.
 *
 * @param description what the seized material looked like or was said to be
 * @param unitCount number of tablets, blotters or capsules, where counted
 * @param grossWeightG total weight in grams, where weighed
 * @param results the substances found, names as reported
 */
public record SeizureRecord(
        String externalId,
        LocalDate seizureDate,
        @Nullable LocalDate analysisDate,
        @Nullable String country,
        @Nullable String regionCode,
        @Nullable String place,
        SampleRecord.Form form,
        @Nullable String description,
        @Nullable TabletFeatures tablet,
        @Nullable Integer unitCount,
        @Nullable BigDecimal grossWeightG,
        @Nullable List<LabResult> results)
        implements Observation {

    @Override
    public ObservationKind kind() {
        return ObservationKind.SEIZURE;
    }

    public List<LabResult> resultsOrEmpty() {
        return results == null ? List.of() : results;
    }
}
