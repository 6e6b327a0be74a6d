/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.signal.HistoryEntry;
import nl.signaal.signal.Signal;
import nl.signaal.signal.SignalDetail;
import nl.signaal.signal.SignalQuery;
import nl.signaal.signal.SignalState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The workflow of signals. */
@Component
public class SignalWorkflow {

    public List<Signal> signals(SignalQuery query) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<SignalDetail> find(UUID id) {
        throw new UnsupportedOperationException("not yet");
    }

    public Signal move(UUID id, SignalState to, @Nullable String reason, String actor) {
        throw new UnsupportedOperationException("not yet");
    }

    public Signal assign(UUID id, @Nullable String assignee, String actor) {
        throw new UnsupportedOperationException("not yet");
    }

    public HistoryEntry comment(UUID id, String text, String actor) {
        throw new UnsupportedOperationException("not yet");
    }
}
