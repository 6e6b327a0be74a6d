/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.signaal.access.SignaalUser;
import nl.signaal.ingest.AgeBand;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.Problem;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.ingest.Sex;
import nl.signaal.shared.ImageType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Forms for one record at a time, for people without an API client or a CSV file: the reporter's incident form (it
 * asks nothing that identifies the person), the lab's sample form (what was handed in, the tablet's features and a
 * photo, up to three results) and the lab's results for a sample registered earlier. Each is turned into rows of Signaal's own CSV and stored with exactly the checks of an upload; a
 * refusal comes back with each problem next to its field and every value kept. They work without JavaScript.
 */
@Controller
class RecordForms {

    /** A form: the kind it stores, its fields and repeated group as CSV columns, its lists' choices, its template. */
    record Form(ObservationKind kind, FormRows rows, Map<String, List<String>> options, String template) {}

    static final Form INCIDENT = new Form(
            ObservationKind.INCIDENT,
            new FormRows(
                    List.of(
                            "external_id",
                            "incident_date",
                            "region_code",
                            "place",
                            "setting",
                            "age_band",
                            "sex",
                            "severity",
                            "naloxone_given",
                            "outcome",
                            "reporter_type"),
                    List.of("substance", "substance_status"),
                    3),
            Map.of(
                    "severity", List.of("0", "1", "2", "3", "4"),
                    "reporter_type", FormRows.codes(IncidentRecord.ReporterType.values()),
                    "setting", FormRows.codes(IncidentRecord.Setting.values()),
                    "outcome", FormRows.codes(IncidentRecord.Outcome.values()),
                    "naloxone_given", List.of("yes", "no"),
                    "age_band", FormRows.codes(AgeBand.values()),
                    "sex", FormRows.codes(Sex.values()),
                    "substance_status", FormRows.codes(IncidentRecord.ReportedSubstance.Status.values())),
            "ingest/incident");

    static final Form SAMPLE = new Form(
            ObservationKind.SAMPLE,
            new FormRows(
                    List.of(
                            "external_id",
                            "sample_date",
                            "result_date",
                            "place",
                            "region_code",
                            "sold_as",
                            "form",
                            "tablet_logo",
                            "tablet_colour",
                            "tablet_weight_mg",
                            "tablet_diameter_mm",
                            "price_eur",
                            "purchase_channel"),
                    List.of("substance", "amount", "unit", "salt_form"),
                    3),
            Map.of(
                    "form", FormRows.codes(SampleRecord.Form.values()),
                    "purchase_channel", FormRows.codes(SampleRecord.PurchaseChannel.values()),
                    "unit", FormRows.codes(LabResult.Unit.values()),
                    "salt_form", FormRows.codes(LabResult.SaltForm.values())),
            "ingest/sample");

    /** Results for a sample registered earlier, named by the lab's own id of it: the lab-results CSV's rows. */
    static final Form RESULTS = new Form(
            ObservationKind.LAB_RESULTS,
            new FormRows(
                    List.of("sample_external_id"),
                    List.of("substance", "amount", "unit", "salt_form"),
                    5,
                    Map.of("external_id", "sample_external_id", "results", "substance_1")),
            Map.of(
                    "unit", FormRows.codes(LabResult.Unit.values()),
                    "salt_form", FormRows.codes(LabResult.SaltForm.values())),
            "ingest/results");

    /** Enough to pick from on a busy evening; older ones are found by their id. */
    static final int AWAITING_SHOWN = 20;

    private final IngestPipeline ingest;
    private final IngestProperties properties;
    private final SampleRepository samples;
    private final MessageSource messages;

    RecordForms(IngestPipeline ingest, IngestProperties properties, SampleRepository samples, MessageSource messages) {
        this.ingest = ingest;
        this.properties = properties;
        this.samples = samples;
        this.messages = messages;
    }

    @ModelAttribute("photoMegabytes")
    long photoMegabytes() {
        return properties.maxPhotoSize().toMegabytes();
    }

    @GetMapping("/incidents/new")
    String incidentForm(@AuthenticationPrincipal SignaalUser user, Model model) {
        return blank(INCIDENT, user, model);
    }

    @PostMapping("/incidents/new")
    String incident(@AuthenticationPrincipal SignaalUser user, @RequestParam Map<String, String> form, Model model) {
        Map<String, String> values = FormRows.withReference(form);
        return stored(INCIDENT, model, values, store(INCIDENT, user, values, UnaryOperator.identity()));
    }

    @GetMapping("/samples/new")
    String sampleForm(@AuthenticationPrincipal SignaalUser user, Model model) {
        return blank(SAMPLE, user, model);
    }

    /**
     * The sample with its optional photo: the photo is checked and stored with the sample, in its transaction, or the
     * whole form is refused. A file input cannot be filled in again, so a refused form asks for the photo again.
     */
    @PostMapping("/samples/new")
    String sample(
            @AuthenticationPrincipal SignaalUser user,
            @RequestParam Map<String, String> form,
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
            Model model)
            throws IOException {
        SenderRoles.check(user, SAMPLE.kind());
        Map<String, String> values = FormRows.withReference(form);
        UnaryOperator<Observation> amend = UnaryOperator.identity();
        if (photo != null && !photo.isEmpty()) {
            model.addAttribute("photoSent", Boolean.TRUE);
            DataSize limit = properties.maxPhotoSize();
            if (photo.getSize() > limit.toBytes()) {
                // not read into memory at all; the other fields are checked when the form comes back with a smaller one
                String reason = messages.getMessage(
                        Reason.PHOTO_TOO_LARGE.key(),
                        new Object[] {String.valueOf(limit.toMegabytes()), String.valueOf(limit.toBytes())},
                        LocaleContextHolder.getLocale());
                return page(SAMPLE, model, values, Map.of("photo", reason));
            }
            byte[] content = photo.getBytes();
            // the type is told by the content; what the browser claims only shows in the problem when it is no image
            String type = ImageType.of(content)
                    .map(ImageType::mediaType)
                    .orElse(photo.getContentType() == null ? "unknown" : photo.getContentType());
            var sent = new SampleRecord.Photo(type, content);
            amend = r -> ((SampleRecord) r).withPhoto(sent);
        }
        Map<String, String> problems = store(SAMPLE, user, values, amend);
        if (problems.isEmpty()) {
            samples.withPhoto(
                            user.organisationId(),
                            values.getOrDefault("external_id", "").strip())
                    .ifPresent(id -> model.addAttribute("photo", "/samples/" + id + "/photo"));
        }
        return stored(SAMPLE, model, values, problems);
    }

    @GetMapping("/samples/results")
    String resultsForm(
            @AuthenticationPrincipal SignaalUser user,
            @RequestParam(name = "sample_external_id", required = false) @Nullable String sample,
            Model model) {
        SenderRoles.check(user, RESULTS.kind());
        awaiting(user, model);
        return page(RESULTS, model, sample == null ? Map.of() : Map.of("sample_external_id", sample), Map.of());
    }

    @PostMapping("/samples/results")
    String results(@AuthenticationPrincipal SignaalUser user, @RequestParam Map<String, String> form, Model model) {
        Map<String, String> problems = store(RESULTS, user, form, UnaryOperator.identity());
        String saved = stored(RESULTS, model, form, problems);
        // after the store: the sample just given its results is no longer waiting
        awaiting(user, model);
        return saved;
    }

    private void awaiting(SignaalUser user, Model model) {
        model.addAttribute("awaiting", samples.awaitingResults(user.organisationId(), AWAITING_SHOWN));
    }

    private static String blank(Form form, SignaalUser user, Model model) {
        SenderRoles.check(user, form.kind());
        return page(form, model, Map.of(), Map.of());
    }

    private Map<String, String> store(
            Form form, SignaalUser user, Map<String, String> values, UnaryOperator<Observation> amend) {
        SenderRoles.check(user, form.kind());
        return form.rows().store(ingest, form.kind(), user, values, amend, this::words);
    }

    /** The problem in the reader's language; one worded in English only stays so. */
    private String words(Problem problem) {
        return problem.code() == null
                ? problem.reason()
                : messages.getMessage(
                        problem.code(),
                        problem.arguments().toArray(),
                        problem.reason(),
                        LocaleContextHolder.getLocale());
    }

    /** The form again: with its problems and values when refused, else empty under a note of what was stored. */
    private static String stored(Form form, Model model, Map<String, String> values, Map<String, String> problems) {
        if (!problems.isEmpty()) {
            return page(form, model, values, problems);
        }
        String id = values.get(form.rows().fields().getFirst());
        model.addAttribute("saved", id == null ? "" : id.strip());
        return page(form, model, Map.of(), Map.of());
    }

    private static String page(Form form, Model model, Map<String, String> values, Map<String, String> problems) {
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("options", form.options());
        return form.template();
    }
}
