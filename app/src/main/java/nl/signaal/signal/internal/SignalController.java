/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.signaal.signal.HistoryEntry;
import nl.signaal.signal.Signal;
import nl.signaal.signal.SignalDetail;
import nl.signaal.signal.SignalKind;
import nl.signaal.signal.SignalManagement;
import nl.signaal.signal.SignalNotFoundException;
import nl.signaal.signal.SignalQuery;
import nl.signaal.signal.SignalState;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The signal queue and the workflow through the API, and the versions of the rules. Who may call what is decided in
 * the web module's security configuration, before a body is read: the monitoring centre (analysts, coordinators,
 * administrators); a new version of the rules only by an administrator.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Signals", description = "The signal queue, evidence, triage workflow and the rules")
class SignalController {

    private final SignalManagement signals;
    private final RuleSets ruleSets;

    SignalController(SignalManagement signals, RuleSets ruleSets) {
        this.signals = signals;
        this.ruleSets = ruleSets;
    }

    @GetMapping("/signals")
    @Operation(summary = "Signals, most urgent first; by default the open ones (new, triaged, under assessment)")
    List<Signal> list(
            @RequestParam(required = false) @Nullable List<String> state,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(defaultValue = "100") int limit) {
        Set<SignalState> states = state == null
                ? SignalQuery.queue().states()
                : EnumSet.copyOf(state.stream()
                        .flatMap(s -> List.of(s.split(",")).stream())
                        .map(s -> Options.parse(SignalState.class, "state", s))
                        .toList());
        return signals.signals(new SignalQuery(
                states, kind == null ? null : Options.parse(SignalKind.class, "kind", kind), region, subject, limit));
    }

    @GetMapping("/signals/{signalId}")
    @Operation(summary = "One signal with all its evidence and its history")
    SignalDetail detail(@PathVariable UUID signalId) {
        return signals.find(signalId).orElseThrow(() -> new SignalNotFoundException(signalId));
    }

    @PostMapping("/signals/{signalId}/state")
    @Operation(
            summary = "Move a signal: triaged, under_assessment, escalated (a warning should be drafted) or dismissed"
                    + " (with a reason)")
    Signal move(@PathVariable UUID signalId, @RequestBody Move move, Principal principal) {
        return signals.move(
                signalId, Options.parse(SignalState.class, "state", move.state()), move.reason(), principal.getName());
    }

    @PostMapping("/signals/{signalId}/assignee")
    @Operation(summary = "Assign a signal to an account, or unassign it (assignee null)")
    Signal assign(@PathVariable UUID signalId, @RequestBody Assign assign, Principal principal) {
        return signals.assign(signalId, assign.assignee(), principal.getName());
    }

    @PostMapping("/signals/{signalId}/comments")
    @Operation(summary = "Comment on a signal; comments are part of its history")
    HistoryEntry comment(@PathVariable UUID signalId, @RequestBody Comment comment, Principal principal) {
        return signals.comment(signalId, comment.text(), principal.getName());
    }

    @GetMapping("/signal-rules")
    @Operation(summary = "Every version of the rules, newest first, with when it took effect")
    List<RuleVersion> rules() {
        return ruleSets.versions().stream().map(RuleVersion::of).toList();
    }

    @PutMapping("/signal-rules")
    @Operation(summary = "Add a version of the rules (administrators); it takes effect at effective_from, or now")
    RuleVersion replaceRules(@RequestBody NewRules request, Principal principal) {
        return RuleVersion.of(
                ruleSets.add(request.rules().toString(), request.effectiveFrom(), principal.getName(), request.note()));
    }

    @ExceptionHandler
    ProblemDetail notFound(SignalNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, String.valueOf(e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail conflict(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, String.valueOf(e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail invalid(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, String.valueOf(e.getMessage()));
    }

    record Move(String state, @Nullable String reason) {}

    record Assign(@Nullable String assignee) {}

    record Comment(String text) {}

    /**
     * @param rules the rules, as in {@code signal/rules.json}
     * @param effectiveFrom when they take effect; absent: now
     */
    record NewRules(
            JsonNode rules,
            @Nullable Instant effectiveFrom,
            @Nullable String note) {}

    record RuleVersion(
            int version,
            Instant effectiveFrom,
            String author,
            @Nullable String note,
            Instant createdAt,
            RuleSet rules) {

        static RuleVersion of(StoredRuleSet stored) {
            return new RuleVersion(
                    stored.version(),
                    stored.effectiveFrom(),
                    stored.author(),
                    stored.note(),
                    stored.createdAt(),
                    stored.rules());
        }
    }
}
