/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.util.List;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;

/** Receives generated records in batches, in time order, one kind per batch. */
@FunctionalInterface
public interface DemoSink {

    /**
     * @param organisation the code of the demo organisation that sends the batch
     * @param percent how much of the whole generation is done after this batch, 0 to 100
     */
    void accept(
            String organisation, ObservationKind kind, List<? extends Observation> records, String step, int percent);
}
