/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench.evaluation;

import nl.signaal.ingest.ObservationKind;

/**
 * A record by the kind and external id its sender gave it. Lab results sent apart from their sample name the sample, so
 * they count as the sample.
 */
public record RecordRef(ObservationKind kind, String externalId) {

    public static RecordRef of(ObservationKind kind, String externalId) {
        return new RecordRef(kind == ObservationKind.LAB_RESULTS ? ObservationKind.SAMPLE : kind, externalId);
    }
}
