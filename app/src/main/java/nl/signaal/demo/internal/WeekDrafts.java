/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.util.List;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.ingest.SeizureRecord;
import nl.signaal.ingest.ToxicologyCaseRecord;

/** The records of one week that events add to: the baseline's, then the events'. The lists are mutable. */
record WeekDrafts(
        List<Draft<SampleRecord>> samples,
        List<Draft<IncidentRecord>> incidents,
        List<Draft<SeizureRecord>> seizures,
        List<Draft<ToxicologyCaseRecord>> toxicology) {}
