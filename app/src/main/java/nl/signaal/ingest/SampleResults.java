/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.util.List;

/**
 * The lab results of a sample registered earlier without them, named by the sample's external id. A sample's results
 * are sent once; sending the same results again changes nothing.
 */
public record SampleResults(String sampleExternalId, List<LabResult> results) implements Observation {

    @Override
    public String externalId() {
        return sampleExternalId;
    }

    @Override
    public ObservationKind kind() {
        return ObservationKind.LAB_RESULTS;
    }
}
