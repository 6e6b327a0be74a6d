/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.alert.AlertManagement;
import nl.signaal.alert.CapMessage;
import nl.signaal.alert.Effectiveness;
import nl.signaal.alert.Warning;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningDetail;
import nl.signaal.alert.WarningNotFoundException;
import nl.signaal.alert.WarningState;
import nl.signaal.alert.WarningSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Warnings through the API: the desk (drafts, approval, revisions, cancellation) for the monitoring centre, and the CAP
 * messages for everyone. Who may call what is decided in the web module's security configuration: approval and
 * cancellation for coordinators; four eyes are checked by the workflow.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Warnings", description = "Drafting, four-eyes approval, revisions, cancellation, CAP 1.2")
class AlertController {

    static final MediaType CAP = MediaType.parseMediaType("application/cap+xml;charset=UTF-8");

    private final AlertManagement alerts;

    AlertController(AlertManagement alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/warnings")
    @Operation(summary = "Warnings, most recently changed first; by default drafts and published ones")
    List<WarningSummary> list(
            @RequestParam(required = false) @Nullable List<String> state,
            @RequestParam(defaultValue = "100") int limit) {
        Set<WarningState> states = state == null
                ? EnumSet.of(WarningState.DRAFT, WarningState.PUBLISHED)
                : EnumSet.copyOf(state.stream()
                        .flatMap(s -> List.of(s.split(",")).stream())
                        .map(AlertController::state)
                        .toList());
        return alerts.list(states, limit);
    }

    @PostMapping("/warnings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Draft a warning: with content, or from a signal (signal_id without content: prefilled from the"
                    + " signal's facts)")
    Warning draft(@RequestBody NewWarning request, Principal principal) {
        WarningContent content = request.content();
        UUID signal = request.signalId();
        if (content == null) {
            if (signal == null) {
                throw new IllegalArgumentException("content: required (or signal_id, to draft from a signal)");
            }
            return alerts.draftFromSignal(signal, principal.getName());
        }
        return alerts.draft(content, signal, principal.getName());
    }

    @GetMapping("/warnings/{warningId}")
    @Operation(summary = "A warning with every version, its CAP messages and its audit log")
    WarningDetail detail(@PathVariable UUID warningId) {
        return alerts.find(warningId).orElseThrow(() -> new WarningNotFoundException(warningId));
    }

    @PutMapping("/warnings/{warningId}/draft")
    @Operation(summary = "Change the version awaiting approval; whoever changes it may not approve it")
    Warning edit(@PathVariable UUID warningId, @RequestBody WarningContent content, Principal principal) {
        return alerts.edit(warningId, content, principal.getName());
    }

    @PostMapping("/warnings/{warningId}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a new version of a published warning; it is published as a CAP Update once approved")
    Warning revise(@PathVariable UUID warningId, @RequestBody WarningContent content, Principal principal) {
        return alerts.revise(warningId, content, principal.getName());
    }

    @PostMapping("/warnings/{warningId}/approval")
    @Operation(summary = "Approve and publish the version awaiting approval (coordinators; never its own author)")
    Warning approve(@PathVariable UUID warningId, Principal principal) {
        return alerts.approve(warningId, principal.getName());
    }

    @PostMapping("/warnings/{warningId}/cancellation")
    @Operation(summary = "Cancel a published warning (a CAP Cancel goes out) or discard a draft (coordinators)")
    Warning cancel(@PathVariable UUID warningId, @RequestBody Cancellation request, Principal principal) {
        return alerts.cancel(warningId, request.reason() == null ? "" : request.reason(), principal.getName());
    }

    @GetMapping("/warnings/{warningId}/effectiveness")
    @Operation(
            summary = "Time from first evidence to publication, deliveries made, and samples of the product before and"
                    + " after the warning")
    Effectiveness effectiveness(@PathVariable UUID warningId) {
        return alerts.effectiveness(warningId);
    }

    @PostMapping(path = "/warning-photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a photo of the product (JPEG, PNG or WebP, at most 5 MB); use its id in the content")
    Map<String, String> photo(@RequestParam("file") MultipartFile file, Principal principal) throws IOException {
        return Map.of("id", alerts.addPhoto(file.getBytes(), principal.getName()));
    }

    @GetMapping("/warnings/{warningId}.cap")
    @Operation(summary = "The newest CAP 1.2 message about a published warning (public)")
    ResponseEntity<String> cap(@PathVariable UUID warningId) {
        CapMessage message = alerts.latestMessage(warningId).orElseThrow(() -> new WarningNotFoundException(warningId));
        return ResponseEntity.ok().contentType(CAP).body(message.xml());
    }

    private static WarningState state(String value) {
        try {
            return WarningState.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "state \"" + value + "\" is not one of " + List.of(WarningState.values()), e);
        }
    }

    /** @param content absent with a signal id: a draft prefilled from the signal */
    record NewWarning(@Nullable UUID signalId, @Nullable WarningContent content) {}

    record Cancellation(@Nullable String reason) {}
}
