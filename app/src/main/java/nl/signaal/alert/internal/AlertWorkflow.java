/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.signaal.alert.AuditEntry;
import nl.signaal.alert.CapMessage;
import nl.signaal.alert.FourEyesException;
import nl.signaal.alert.Warning;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningNotFoundException;
import nl.signaal.alert.WarningPublished;
import nl.signaal.alert.WarningState;
import nl.signaal.alert.WarningVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A warning's lifecycle with four eyes: drafted (and edited) by an analyst, approved and published by a coordinator who
 * neither drafted nor edited that version, revised in new versions (each approved the same way), cancelled, expired.
 * Each publication, update and cancellation issues one CAP message, stored as written, and publishes
 * {@link WarningPublished} in the same transaction, so the deliveries to subscribers can never be lost. Every step is a
 * line in the audit log.
 */
@Component
public class AlertWorkflow {

    static final String SYSTEM = "signaal";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final AlertRepository repository;
    private final ContentCheck check;
    private final CapDocuments cap;
    private final AlertProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertWorkflow(
            AlertRepository repository,
            ContentCheck check,
            CapDocuments cap,
            AlertProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.check = check;
        this.cap = cap;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Warning draft(WarningContent content, @Nullable UUID signalId, String author) {
        Instant now = clock.instant();
        check.check(content, now);
        photoExists(content);
        Warning warning = new Warning(UUID.randomUUID(), WarningState.DRAFT, 1, null, signalId, author, now, null, now);
        repository.insertWarning(warning, content.validUntil());
        repository.insertVersion(warning.id(), new WarningVersion(1, content, author, now, null, null));
        audit(warning.id(), now, author, "drafted", 1, signalId == null ? null : "from signal " + signalId);
        return warning;
    }

    /** Changes the version that awaits approval; whoever edits it may no longer approve it. */
    @Transactional
    public Warning edit(UUID id, WarningContent content, String actor) {
        Warning warning = locked(id);
        if (!warning.awaitsApproval()) {
            throw new IllegalStateException(
                    "a " + warning.state() + " warning has no version awaiting approval; draft a revision instead");
        }
        Instant now = clock.instant();
        check.check(content, now);
        photoExists(content);
        repository.updateDraft(id, warning.version(), content);
        Warning edited = withState(warning, warning.state(), warning.version(), warning.publishedVersion(), now);
        repository.updateWarning(edited, validUntil(edited, content));
        audit(id, now, actor, "edited", warning.version(), null);
        return edited;
    }

    /** Starts a new version of a published warning, to be approved like the first. */
    @Transactional
    public Warning revise(UUID id, WarningContent content, String author) {
        Warning warning = locked(id);
        if (warning.state() != WarningState.PUBLISHED) {
            throw new IllegalStateException("only a published warning can be revised; this one is " + warning.state());
        }
        if (warning.awaitsApproval()) {
            throw new IllegalStateException(
                    "version " + warning.version() + " already awaits approval; edit that one instead");
        }
        Instant now = clock.instant();
        check.check(content, now);
        photoExists(content);
        int version = warning.version() + 1;
        repository.insertVersion(id, new WarningVersion(version, content, author, now, null, null));
        Warning revised = withState(warning, WarningState.PUBLISHED, version, warning.publishedVersion(), now);
        repository.updateWarning(revised, validUntil(revised, content));
        audit(id, now, author, "revised", version, null);
        return revised;
    }

    /**
     * Approves the version awaiting approval and publishes it: an Alert the first time, an Update after that.
     *
     * @throws FourEyesException when the approver drafted or edited this version
     */
    @Transactional
    public Warning approve(UUID id, String approver) {
        Warning warning = locked(id);
        if (!warning.awaitsApproval()) {
            throw new IllegalStateException("warning " + id + " (" + warning.state() + ") has nothing to approve");
        }
        int version = warning.version();
        if (repository.writers(id, version).contains(approver)) {
            throw new FourEyesException(
                    approver + " drafted or edited version " + version + "; another coordinator must approve it");
        }
        WarningContent content = content(id, version);
        Instant now = clock.instant();
        check.check(content, now);
        repository.markPublished(id, version, approver, now);
        String type = warning.publishedVersion() == null ? "Alert" : "Update";
        Warning published = new Warning(
                id,
                WarningState.PUBLISHED,
                version,
                version,
                warning.signalId(),
                warning.createdBy(),
                warning.createdAt(),
                warning.firstPublishedAt() == null ? now : warning.firstPublishedAt(),
                now);
        repository.updateWarning(published, content.validUntil());
        audit(id, now, approver, "approved", version, null);
        issue(id, version, type, content, now, approver);
        return published;
    }

    /**
     * Cancels a published warning (a Cancel message goes out) or discards a draft that was never published.
     *
     * @param reason required: it is in the audit log and, for a published warning, the note of the message
     */
    @Transactional
    public Warning cancel(UUID id, String reason, String actor) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason: say why the warning is cancelled");
        }
        Warning warning = locked(id);
        if (warning.state() != WarningState.DRAFT && warning.state() != WarningState.PUBLISHED) {
            throw new IllegalStateException("warning " + id + " is already " + warning.state());
        }
        Instant now = clock.instant();
        Integer published = warning.publishedVersion();
        Warning cancelled = withState(warning, WarningState.CANCELLED, warning.version(), published, now);
        WarningContent shown = content(id, published == null ? warning.version() : published);
        repository.updateWarning(cancelled, shown.validUntil());
        audit(id, now, actor, published == null ? "discarded" : "cancelled", warning.version(), reason.strip());
        if (published != null) {
            issue(id, published, "Cancel", shown, now, actor);
        }
        return cancelled;
    }

    /** Marks every published warning whose valid-until has passed as expired. */
    @Transactional
    public int expire() {
        Instant now = clock.instant();
        List<UUID> due = repository.expiredBy(now);
        for (UUID id : due) {
            Warning warning = locked(id);
            repository.updateWarning(
                    withState(warning, WarningState.EXPIRED, warning.version(), warning.publishedVersion(), now), now);
            audit(id, now, SYSTEM, "expired", warning.version(), null);
        }
        return due.size();
    }

    private void issue(UUID id, int version, String type, WarningContent content, Instant now, String actor) {
        List<CapMessage> earlier = repository.messages(id);
        List<String> references = new ArrayList<>();
        for (CapMessage m : earlier) {
            references.add(CapDocuments.references(properties.sender(), m.identifier(), m.sent()));
        }
        OffsetDateTime sent =
                now.truncatedTo(ChronoUnit.SECONDS).atZone(AMSTERDAM).toOffsetDateTime();
        // one identifier per message: the warning, its version, and what the message does
        String identifier = "signaal-" + id + "-" + version + ("Cancel".equals(type) ? "-cancel" : "");
        String xml = cap.write(
                new CapHeader(identifier, sent, type, references, properties.publicUrl() + "/warnings/" + id),
                content,
                photo(content));
        repository.insertMessage(new CapMessage(identifier, id, version, type, sent, xml));
        if (!"Cancel".equals(type)) {
            audit(id, now, actor, "published", version, identifier);
        }
        events.publishEvent(new WarningPublished(id, version, type, identifier));
    }

    private @Nullable CapPhoto photo(WarningContent content) {
        String id = content.photo();
        if (id == null) {
            return null;
        }
        AlertRepository.Photo photo = repository.photo(id).orElseThrow();
        return new CapPhoto(
                properties.publicUrl() + "/warnings/photos/" + id, photo.contentType(), photo.bytes().length, id);
    }

    private void photoExists(WarningContent content) {
        if (content.photo() != null && !repository.hasPhoto(content.photo())) {
            throw new IllegalArgumentException("photo: no uploaded photo " + content.photo());
        }
    }

    private Warning locked(UUID id) {
        return repository.findForUpdate(id).orElseThrow(() -> new WarningNotFoundException(id));
    }

    private WarningContent content(UUID id, int version) {
        return repository.versions(id).stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow()
                .content();
    }

    /** The valid-until that decides expiry: the published version's, or the draft's before the first publication. */
    private Instant validUntil(Warning warning, WarningContent draft) {
        Integer published = warning.publishedVersion();
        return published == null
                ? draft.validUntil()
                : content(warning.id(), published).validUntil();
    }

    private void audit(UUID id, Instant at, String actor, String action, int version, @Nullable String note) {
        repository.appendHistory(id, new AuditEntry(at, actor, action, version, note));
    }

    private static Warning withState(
            Warning w, WarningState state, int version, @Nullable Integer published, Instant now) {
        return new Warning(
                w.id(),
                state,
                version,
                published,
                w.signalId(),
                w.createdBy(),
                w.createdAt(),
                w.firstPublishedAt(),
                now);
    }
}
