/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import java.util.List;

/** A detection method with its options fixed; safe to share between threads. */
public interface DetectionMethod {

    /**
     * Evaluates the time points {@code from..to} (1-based, inclusive) of a series. Never throws for the data in the
     * series (all zeros, missing counts, too short a history): such points get {@link Detection#none}. Throws {@link
     * IllegalArgumentException} only for a range outside the series.
     */
    List<Detection> detect(Series series, int from, int to);

    /** The first time point this method can evaluate with its options (R's default start of {@code range}). */
    int firstEvaluable(Series series);
}
