/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.signal.Evidence;
import nl.signaal.signal.SignalDetail;
import nl.signaal.signal.SignalKind;
import nl.signaal.signal.SignalManagement;
import nl.signaal.signal.SignalNotFoundException;
import nl.signaal.signal.SignalQuery;
import nl.signaal.signal.SignalState;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signal queue and a signal's page, with forms that work without JavaScript: change of state, assignment and
 * comments post to the server and come back to the page with a message. Roles are checked in the web module's
 * security configuration.
 */
@Controller
class SignalPages {

    private final SignalManagement signals;
    private final SeriesCharts charts;
    private final IngestManagement ingest;

    SignalPages(SignalManagement signals, SeriesCharts charts, IngestManagement ingest) {
        this.signals = signals;
        this.charts = charts;
        this.ingest = ingest;
    }

    @GetMapping("/signals")
    String queue(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String region,
            Model model) {
        Set<SignalState> states = state == null || state.isBlank()
                ? SignalQuery.queue().states()
                : EnumSet.of(option(SignalState.class, state));
        SignalKind kindFilter = kind == null || kind.isBlank() ? null : option(SignalKind.class, kind);
        String regionFilter =
                region == null || region.isBlank() ? null : region.trim().toUpperCase(Locale.ROOT);
        model.addAttribute("signals", signals.signals(new SignalQuery(states, kindFilter, regionFilter, null, 200)));
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("region", regionFilter == null ? "" : regionFilter);
        return "signal/queue";
    }

    @GetMapping("/signals/{signalId}")
    String detail(@PathVariable UUID signalId, Model model) {
        SignalDetail detail = signals.find(signalId).orElseThrow(() -> notFound(signalId));
        model.addAttribute("detail", detail);
        model.addAttribute("chart", charts.chart(detail));
        // a sample's photo helps to recognise the tablet behind a signal
        model.addAttribute(
                "photos",
                ingest.samplesWithPhoto(detail.evidence().stream()
                        .filter(e -> e.source() == ObservationKind.SAMPLE || e.source() == ObservationKind.LAB_RESULTS)
                        .map(Evidence::recordId)
                        .filter(Objects::nonNull)
                        .toList()));
        return "signal/detail";
    }

    @PostMapping("/signals/{signalId}/state")
    String move(
            @PathVariable UUID signalId,
            @RequestParam String state,
            @RequestParam(required = false) @Nullable String reason,
            Principal principal,
            RedirectAttributes redirect) {
        return act(
                signalId,
                redirect,
                "signals.error.reason",
                () -> signals.move(signalId, option(SignalState.class, state), reason, principal.getName()));
    }

    @PostMapping("/signals/{signalId}/assignee")
    String assign(
            @PathVariable UUID signalId,
            @RequestParam(required = false) @Nullable String assignee,
            Principal principal,
            RedirectAttributes redirect) {
        return act(
                signalId,
                redirect,
                "signals.error.state",
                () -> signals.assign(signalId, assignee, principal.getName()));
    }

    @PostMapping("/signals/{signalId}/comments")
    String comment(
            @PathVariable UUID signalId, @RequestParam String text, Principal principal, RedirectAttributes redirect) {
        return act(
                signalId,
                redirect,
                "signals.error.comment",
                () -> signals.comment(signalId, text, principal.getName()));
    }

    /**
     * Runs an action and returns to the signal, with why it was refused next to the forms, as a message key: the page
     * says it in the reader's language (the API keeps the exception's English).
     *
     * @param refusedArgument the message for what the action refuses as an argument (an empty reason or comment)
     */
    private static String act(UUID signalId, RedirectAttributes redirect, String refusedArgument, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", Boolean.TRUE);
        } catch (SignalNotFoundException e) {
            throw notFound(signalId);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", refusedArgument);
        } catch (IllegalStateException e) {
            // another user moved the signal first: the page shows its state as it is now
            redirect.addFlashAttribute("error", "signals.error.state");
        }
        return "redirect:/signals/" + signalId;
    }

    private static ResponseStatusException notFound(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no signal " + id);
    }

    private static <E extends Enum<E>> E option(Class<E> type, String value) {
        try {
            return Options.parse(type, type.getSimpleName(), value);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
