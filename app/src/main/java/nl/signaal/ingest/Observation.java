/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

/** A record as sent by a source organisation, identified by its {@link #externalId()} within that organisation. */
public sealed interface Observation
        permits SampleRecord,
                SampleResults,
                IncidentRecord,
                SeizureRecord,
                ToxicologyCaseRecord,
                WastewaterRecord,
                IndicatorRecord {

    String externalId();

    ObservationKind kind();
}
