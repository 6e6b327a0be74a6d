/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.time.LocalDate;
import java.util.function.Function;
import nl.signaal.ingest.Observation;
import org.jspecify.annotations.Nullable;

/**
 * A record waiting for its external id: a week's records are sorted by date first and then numbered, so that ids run
 * in time order whatever the order the records were drawn in.
 *
 * @param event the id of the scenario event the record belongs to, or {@code null} for the baseline
 * @param build makes the record, given its external id
 */
record Draft<R extends Observation>(
        LocalDate date, @Nullable String event, Function<String, R> build) {

    static <R extends Observation> Draft<R> baseline(LocalDate date, Function<String, R> build) {
        return new Draft<>(date, null, build);
    }
}
