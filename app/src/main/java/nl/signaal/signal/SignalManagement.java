/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.signal.internal.SignalWorkflow;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What other modules and the pages may do with signals: list, read, and move them through the workflow. */
@Service
public class SignalManagement {

    private final SignalWorkflow workflow;

    SignalManagement(SignalWorkflow workflow) {
        this.workflow = workflow;
    }

    public List<Signal> signals(SignalQuery query) {
        return workflow.signals(query);
    }

    public Optional<SignalDetail> find(UUID id) {
        return workflow.find(id);
    }

    /**
     * Moves a signal to another state.
     *
     * @param reason required for {@link SignalState#DISMISSED}
     * @throws SignalNotFoundException when there is no such signal
     * @throws IllegalStateException when the state cannot follow the current one
     * @throws IllegalArgumentException when a dismissal has no reason
     */
    public Signal move(UUID id, SignalState to, @Nullable String reason, String actor) {
        return workflow.move(id, to, reason, actor);
    }

    /** Assigns a signal to an account, or unassigns it ({@code null}). */
    public Signal assign(UUID id, @Nullable String assignee, String actor) {
        return workflow.assign(id, assignee, actor);
    }

    public HistoryEntry comment(UUID id, String text, String actor) {
        return workflow.comment(id, text, actor);
    }
}
