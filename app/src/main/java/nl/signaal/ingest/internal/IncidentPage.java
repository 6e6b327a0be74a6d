/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.access.SignaalUser;
import nl.signaal.ingest.AgeBand;
import nl.signaal.ingest.BatchRejectedException;
import nl.signaal.ingest.Coded;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.Problem;
import nl.signaal.ingest.Sex;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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

    static final int SUBSTANCES = 3;

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
        Map<String, String> values = new HashMap<>(form);
        if (values.getOrDefault("external_id", "").isBlank()) {
            // the reporter's own reference; one is made when they have none
            values.put(
                    "external_id",
                    "WEB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        }
        try {
            ingest.ingestCsv(
                    ObservationKind.INCIDENT,
                    null,
                    user.organisationId(),
                    new ByteArrayInputStream(csv(values).getBytes(StandardCharsets.UTF_8)),
                    "incident form");
        } catch (BatchRejectedException e) {
            return page(model, values, problems(e.problems(), substanceRows(values)));
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
            "reporter_type", codes(IncidentRecord.ReporterType.values()),
            "setting", codes(IncidentRecord.Setting.values()),
            "outcome", codes(IncidentRecord.Outcome.values()),
            "naloxone_given", List.of("yes", "no"),
            "age_band", codes(AgeBand.values()),
            "sex", codes(Sex.values()),
            "substance_status", codes(IncidentRecord.ReportedSubstance.Status.values()));

    private static List<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }

    /** Which substance field (1 to 3) each CSV row holds, in order; one row without a substance when none is named. */
    static List<Integer> substanceRows(Map<String, String> values) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 1; i <= SUBSTANCES; i++) {
            if (!values.getOrDefault("substance_" + i, "").isBlank()) {
                rows.add(i);
            }
        }
        return rows.isEmpty() ? List.of(1) : rows;
    }

    /** One row per substance named (at least one row), each with all the incident's fields. */
    static String csv(Map<String, String> values) {
        List<String> header = new ArrayList<>(FIELDS);
        header.add("substance");
        header.add("substance_status");
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(out)) {
            for (int i : substanceRows(values)) {
                printer.printRecord(row(
                        values,
                        values.getOrDefault("substance_" + i, "").strip(),
                        values.getOrDefault("substance_status_" + i, "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> row(Map<String, String> values, String substance, String status) {
        List<String> row = new ArrayList<>();
        for (String field : FIELDS) {
            row.add(values.getOrDefault(field, "").strip());
        }
        row.add(substance);
        row.add(substance.isEmpty() ? "" : status);
        return row;
    }

    /** Each problem next to the field it names; a substance's next to the substance of its row (line 2 is row 1). */
    private static Map<String, String> problems(List<Problem> problems, List<Integer> substanceRows) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Problem p : problems) {
            String field = p.field() == null ? "form" : p.field();
            if (field.equals("substance") || field.equals("substance_status")) {
                int row = (int) Math.clamp(p.line() - 2, 0, substanceRows.size() - 1);
                field = (field.equals("substance") ? "substance_" : "substance_status_") + substanceRows.get(row);
            }
            byField.merge(field, p.reason(), (a, b) -> a.equals(b) ? a : a + "; " + b);
        }
        return byField;
    }
}
