/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import java.util.Map;
import nl.signaal.access.SignaalUser;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.SampleRecord;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lab's sample form: what was handed in (sold as, form, the tablet's features) and, when known, up to three
 * results. Stored as rows of the sample CSV with exactly the upload's checks; a refusal comes back with each problem
 * next to its field and every value kept. Works without JavaScript.
 */
@Controller
class SamplePage {

    static final FormRows ROWS = new FormRows(
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
            3);

    /** The choices of the form's lists: the codes the sample CSV takes. */
    static final Map<String, List<String>> OPTIONS = Map.of(
            "form", FormRows.codes(SampleRecord.Form.values()),
            "purchase_channel", FormRows.codes(SampleRecord.PurchaseChannel.values()),
            "unit", FormRows.codes(LabResult.Unit.values()),
            "salt_form", FormRows.codes(LabResult.SaltForm.values()));

    private final IngestManagement ingest;

    SamplePage(IngestManagement ingest) {
        this.ingest = ingest;
    }

    @GetMapping("/samples/new")
    String form(@AuthenticationPrincipal SignaalUser user, Model model) {
        SenderRoles.check(user, ObservationKind.SAMPLE);
        return page(model, Map.of(), Map.of());
    }

    @PostMapping("/samples/new")
    String register(@AuthenticationPrincipal SignaalUser user, @RequestParam Map<String, String> form, Model model) {
        SenderRoles.check(user, ObservationKind.SAMPLE);
        Map<String, String> values = FormRows.withReference(form);
        Map<String, String> problems = ROWS.store(ingest, ObservationKind.SAMPLE, user, values);
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
        return "ingest/sample";
    }
}
