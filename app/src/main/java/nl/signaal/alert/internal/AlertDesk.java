/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.signaal.alert.Audience;
import nl.signaal.alert.CapMessage;
import nl.signaal.alert.Certainty;
import nl.signaal.alert.IdentifyingFeatures;
import nl.signaal.alert.PublishedWarning;
import nl.signaal.alert.ResponseType;
import nl.signaal.alert.Severity;
import nl.signaal.alert.Urgency;
import nl.signaal.alert.Warning;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningDetail;
import nl.signaal.alert.WarningState;
import nl.signaal.alert.WarningSummary;
import nl.signaal.alert.WarningText;
import nl.signaal.shared.ImageType;
import nl.signaal.signal.Signal;
import nl.signaal.signal.SignalManagement;
import nl.signaal.signal.SignalNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Behind {@link nl.signaal.alert.AlertManagement}: the reads, photos, drafts from signals and the expiry clock. */
@Component
public class AlertDesk {

    /** A photo is for recognising a tablet, not an archive: 5 MB is plenty for a phone picture. */
    static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    /** How long a warning drafted from a signal is valid unless its author says otherwise. */
    static final Duration DEFAULT_VALIDITY = Duration.ofDays(90);

    private final AlertWorkflow workflow;
    private final AlertRepository repository;
    private final PublicWarnings publicWarnings;
    private final SignalManagement signals;
    private final MessageSource messages;
    private final Clock clock;

    AlertDesk(
            AlertWorkflow workflow,
            AlertRepository repository,
            PublicWarnings publicWarnings,
            SignalManagement signals,
            MessageSource messages,
            Clock clock) {
        this.workflow = workflow;
        this.repository = repository;
        this.publicWarnings = publicWarnings;
        this.signals = signals;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<WarningDetail> find(UUID id) {
        return repository
                .find(id)
                .map(w ->
                        new WarningDetail(w, repository.versions(id), repository.messages(id), repository.history(id)));
    }

    @Transactional(readOnly = true)
    public List<WarningSummary> list(Collection<WarningState> states, int limit) {
        return repository.list(states, Math.clamp(limit, 1, 1000)).stream()
                .map(w -> {
                    WarningContent newest =
                            repository.versions(w.id()).getLast().content();
                    return new WarningSummary(w, newest.nl().headline(), newest.severity());
                })
                .toList();
    }

    public List<PublishedWarning> current() {
        return publicWarnings.current();
    }

    /** From the warnings kept in memory where it is one of them (the public page is read far more than others). */
    @Transactional(readOnly = true)
    public Optional<PublishedWarning> published(UUID id) {
        for (PublishedWarning w : publicWarnings.current()) {
            if (w.id().equals(id)) {
                return Optional.of(w);
            }
        }
        return repository.published(id);
    }

    @Transactional(readOnly = true)
    public Optional<CapMessage> latestMessage(UUID id) {
        List<CapMessage> messages = repository.messages(id);
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.getLast());
    }

    @Scheduled(fixedDelayString = "${signaal.alert.expiry-check:PT1M}")
    public int expire() {
        int expired = workflow.expire();
        if (expired > 0) {
            publicWarnings.invalidate();
        }
        return expired;
    }

    /**
     * A draft with what the signal says: the substance, the region, the product, the period of its evidence; in Dutch
     * and English, for the author to finish. Valid for 90 days.
     */
    public Warning draftFromSignal(UUID signalId, String author) {
        return draftFromSignal(signalId, author, false).orElseThrow();
    }

    /** Once per signal: an escalation delivered twice (after a restart) drafts nothing the second time. */
    Optional<Warning> draftOnceFromSignal(UUID signalId, String author) {
        return draftFromSignal(signalId, author, true);
    }

    private Optional<Warning> draftFromSignal(UUID signalId, String author, boolean once) {
        if (once && repository.existsForSignal(signalId)) {
            return Optional.empty();
        }
        Signal s = signals.find(signalId)
                .orElseThrow(() -> new SignalNotFoundException(signalId))
                .signal();
        WarningContent content = new WarningContent(
                text(s, Locale.forLanguageTag("nl")),
                text(s, Locale.ENGLISH),
                Set.of(Audience.PROFESSIONALS),
                Urgency.EXPECTED,
                s.priority() <= 1 ? Severity.SEVERE : Severity.MODERATE,
                Certainty.LIKELY,
                ResponseType.AVOID,
                List.of(s.region()),
                new IdentifyingFeatures(s.subjectName(), null, null, null, null, null, null),
                null,
                clock.instant().plus(DEFAULT_VALIDITY));
        return Optional.of(workflow.draft(content, signalId, author));
    }

    private WarningText text(Signal s, Locale locale) {
        Object[] facts = {
            s.subjectName(),
            s.product() == null ? "" : " (" + s.product() + ")",
            "NL".equals(s.region()) ? messages.getMessage("alerts.draft.national", null, locale) : s.region(),
            s.firstEvidenceOn().toString(),
            s.lastEvidenceOn().toString(),
            s.evidenceCount()
        };
        return new WarningText(
                messages.getMessage("alerts.draft.event", facts, locale),
                messages.getMessage("alerts.draft.headline", facts, locale),
                messages.getMessage("alerts.draft.description", facts, locale),
                messages.getMessage("alerts.draft.advice", facts, locale));
    }

    /**
     * @throws IllegalArgumentException when the bytes are not a JPEG, PNG or WebP image, or larger than 5 MB
     */
    @Transactional
    public String addPhoto(byte[] bytes, String actor) {
        if (bytes.length > MAX_PHOTO_BYTES) {
            throw new IllegalArgumentException(
                    "photo: " + bytes.length + " bytes; at most " + MAX_PHOTO_BYTES + " (5 MB)");
        }
        String type = imageType(bytes);
        String id = CapPhoto.sha1(bytes);
        if (!repository.hasPhoto(id)) {
            repository.insertPhoto(id, type, bytes, actor, clock.instant());
        }
        return id;
    }

    Optional<AlertRepository.Photo> photo(String id) {
        return repository.photo(id);
    }

    /** The type by the file's first bytes, never by its name or the type the browser claims. */
    static String imageType(byte[] b) {
        return ImageType.of(b)
                .map(ImageType::mediaType)
                .orElseThrow(() -> new IllegalArgumentException("photo: not a JPEG, PNG or WebP image"));
    }
}
