/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.alert.internal.AlertDesk;
import nl.signaal.alert.internal.AlertWorkflow;
import nl.signaal.alert.internal.EffectivenessReport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What other modules, the pages and the command line may do with warnings. Roles are checked by the web module's
 * security configuration; four eyes (nobody approves a version they wrote) are checked here.
 */
@Service
public class AlertManagement {

    private final AlertWorkflow workflow;
    private final AlertDesk desk;
    private final EffectivenessReport effectiveness;

    AlertManagement(AlertWorkflow workflow, AlertDesk desk, EffectivenessReport effectiveness) {
        this.workflow = workflow;
        this.desk = desk;
        this.effectiveness = effectiveness;
    }

    /** @throws IllegalArgumentException naming every field that is wrong */
    public Warning draft(WarningContent content, @Nullable UUID signalId, String author) {
        return workflow.draft(content, signalId, author);
    }

    /** A draft prefilled from a signal's facts, for its author to finish. */
    public Warning draftFromSignal(UUID signalId, String author) {
        return desk.draftFromSignal(signalId, author);
    }

    public Warning edit(UUID id, WarningContent content, String actor) {
        return workflow.edit(id, content, actor);
    }

    public Warning revise(UUID id, WarningContent content, String author) {
        return workflow.revise(id, content, author);
    }

    /** @throws FourEyesException when the approver drafted or edited the version */
    public Warning approve(UUID id, String approver) {
        return workflow.approve(id, approver);
    }

    public Warning cancel(UUID id, String reason, String actor) {
        return workflow.cancel(id, reason, actor);
    }

    /** Marks the warnings whose valid-until has passed as expired; also runs every minute on its own. */
    public int expire() {
        return desk.expire();
    }

    public Optional<WarningDetail> find(UUID id) {
        return desk.find(id);
    }

    /** Warnings in these states, most recently changed first. */
    public List<WarningSummary> list(Collection<WarningState> states, int limit) {
        return desk.list(states, limit);
    }

    /** The published, valid warnings and recent cancellations, newest first, as the public pages and feeds show them. */
    public List<PublishedWarning> current() {
        return desk.current();
    }

    /** A warning as the public sees it; empty for a draft that was never published. */
    public Optional<PublishedWarning> published(UUID id) {
        return desk.published(id);
    }

    /** The newest CAP message about a warning. */
    public Optional<CapMessage> latestMessage(UUID id) {
        return desk.latestMessage(id);
    }

    /** How the warning did: time to publication, deliveries, the product in samples before and after. */
    public Effectiveness effectiveness(UUID id) {
        return effectiveness.of(id);
    }

    /** Stores a product photo (JPEG, PNG or WebP) and returns its id for a warning's content. */
    public String addPhoto(byte[] bytes, String actor) {
        return desk.addPhoto(bytes, actor);
    }
}
