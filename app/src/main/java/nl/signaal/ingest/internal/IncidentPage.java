/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import java.util.Map;
import nl.signaal.access.SignaalUser;
import nl.signaal.ingest.AgeBand;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.Sex;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The incident form for reporters (ambulance, emergency department, first aid, forensic doctor, poison centre). It
 * asks nothing that identifies the person. The form is turned into the rows of Signaal's own incident CSV (one row
 * per substance) and stored exactly as an uploaded file would be, with the same checks; a refusal comes back with
 * each problem next to its field and every value kept. Works without JavaScript.
 */
@Controller
class IncidentPage {

    /** The form's fields are the CSV's columns, so the checks' problems name them. */
    static final List<String> FIELDS = List.of(
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
            "reporter_type");

    static final FormRows ROWS = new FormRows(FIELDS, List.of("substance", "substance_status"), 3);

    private final IngestManagement ingest;

    IncidentPage(IngestManagement ingest) {
        this.ingest = ingest;
    }

    @GetMapping("/incidents/new")
    String form(@AuthenticationPrincipal SignaalUser user, Model model) {
        SenderRoles.check(user, ObservationKind.INCIDENT);
        return page(model, Map.of(), Map.of());
    }

    @PostMapping("/incidents/new")
    String report(@AuthenticationPrincipal SignaalUser user, @RequestParam Map<String, String> form, Model model) {
        SenderRoles.check(user, ObservationKind.INCIDENT);
        Map<String, String> values = FormRows.withReference(form);
        Map<String, String> problems = ROWS.store(ingest, ObservationKind.INCIDENT, user, values);
        if (!problems.isEmpty()) {
            return page(model, values, problems);
        }
        model.addAttribute("saved", values.get("external_id"));
        return page(model, Map.of(), Map.of());
    }

    private static String page(Model model, Map<String, String> values, Map<String, String> problems) {
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("options", OPTIONS);
        return "ingest/incident";
    }

    /** The choices of the form's lists: the codes the incident CSV takes. */
    static final Map<String, List<String>> OPTIONS = Map.of(
            "severity", List.of("0", "1", "2", "3", "4"),
            "reporter_type", FormRows.codes(IncidentRecord.ReporterType.values()),
            "setting", FormRows.codes(IncidentRecord.Setting.values()),
            "outcome", FormRows.codes(IncidentRecord.Outcome.values()),
            "naloxone_given", List.of("yes", "no"),
            "age_band", FormRows.codes(AgeBand.values()),
            "sex", FormRows.codes(Sex.values()),
            "substance_status", FormRows.codes(IncidentRecord.ReportedSubstance.Status.values()));
}
