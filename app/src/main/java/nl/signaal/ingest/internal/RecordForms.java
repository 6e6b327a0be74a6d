/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import java.util.Map;
import nl.signaal.access.SignaalUser;
import nl.signaal.ingest.AgeBand;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.ingest.Sex;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Forms for one record at a time, for people without an API client or a CSV file: the reporter's incident form (it
 * asks nothing that identifies the person) and the lab's sample form (what was handed in, the tablet's features, up to
 * three results). Each is turned into rows of Signaal's own CSV and stored with exactly the checks of an upload; a
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

    private final IngestManagement ingest;

    RecordForms(IngestManagement ingest) {
        this.ingest = ingest;
    }

    @GetMapping("/incidents/new")
    String incidentForm(@AuthenticationPrincipal SignaalUser user, Model model) {
        return blank(INCIDENT, user, model);
    }

    @PostMapping("/incidents/new")
    String incident(@AuthenticationPrincipal SignaalUser user, @RequestParam Map<String, String> form, Model model) {
        return store(INCIDENT, user, form, model);
    }

    @GetMapping("/samples/new")
    String sampleForm(@AuthenticationPrincipal SignaalUser user, Model model) {
        return blank(SAMPLE, user, model);
    }

    @PostMapping("/samples/new")
    String sample(@AuthenticationPrincipal SignaalUser user, @RequestParam Map<String, String> form, Model model) {
        return store(SAMPLE, user, form, model);
    }

    private static String blank(Form form, SignaalUser user, Model model) {
        SenderRoles.check(user, form.kind());
        return page(form, model, Map.of(), Map.of());
    }

    private String store(Form form, SignaalUser user, Map<String, String> sent, Model model) {
        SenderRoles.check(user, form.kind());
        Map<String, String> values = FormRows.withReference(sent);
        Map<String, String> problems = form.rows().store(ingest, form.kind(), user, values);
        if (!problems.isEmpty()) {
            return page(form, model, values, problems);
        }
        model.addAttribute("saved", values.get("external_id"));
        return page(form, model, Map.of(), Map.of());
    }

    private static String page(Form form, Model model, Map<String, String> values, Map<String, String> problems) {
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("options", form.options());
        return form.template();
    }
}
