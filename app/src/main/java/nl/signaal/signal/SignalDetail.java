/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal;

import java.util.List;

/** A signal with all its evidence (newest first) and its history (oldest first). */
public record SignalDetail(Signal signal, List<Evidence> evidence, List<HistoryEntry> history) {

    public SignalDetail {
        evidence = List.copyOf(evidence);
        history = List.copyOf(history);
    }
}
