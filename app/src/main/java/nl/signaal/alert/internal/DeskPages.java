/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import nl.signaal.access.Role;
import nl.signaal.alert.AlertManagement;
import nl.signaal.alert.FourEyesException;
import nl.signaal.alert.InvalidWarningException;
import nl.signaal.alert.Warning;
import nl.signaal.alert.WarningDetail;
import nl.signaal.alert.WarningNotFoundException;
import nl.signaal.alert.WarningState;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The warning desk: the list of warnings, a new draft, and a warning's page with its forms (edit the version awaiting
 * approval, approve and publish, draft a new version, cancel). The forms work without JavaScript; a refused form comes
 * back with its values and each problem next to its field. Roles are checked in the web module's security
 * configuration; four eyes by the workflow.
 */
@Controller
class DeskPages {

    private final AlertManagement alerts;
    private final MessageSource messages;

    DeskPages(AlertManagement alerts, MessageSource messages) {
        this.alerts = alerts;
        this.messages = messages;
    }

    @GetMapping("/alerts")
    String list(Model model) {
        model.addAttribute("warnings", alerts.list(EnumSet.allOf(WarningState.class), 200));
        return "alert/desk";
    }

    @GetMapping("/alerts/new")
    String blank(Model model) {
        return form(model, WarningForm.empty(), Map.of());
    }

    @PostMapping("/alerts")
    String create(
            @ModelAttribute WarningForm form,
            @RequestParam(name = "photoFile", required = false) @Nullable MultipartFile photo,
            Principal principal,
            Model model) {
        try {
            Warning warning = alerts.draft(form.content(upload(photo, principal)), null, principal.getName());
            return "redirect:/alerts/" + warning.id();
        } catch (InvalidWarningException e) {
            return form(model, form, FieldProblems.words(e, messages, LocaleContextHolder.getLocale()));
        }
    }

    @GetMapping("/alerts/{warningId}")
    String detail(@PathVariable UUID warningId, HttpServletRequest request, Model model) {
        WarningDetail detail = find(warningId);
        return detail(model, request, detail, WarningForm.of(detail.latest().content()), Map.of());
    }

    @PostMapping("/alerts/{warningId}")
    String edit(
            @PathVariable UUID warningId,
            @ModelAttribute WarningForm form,
            @RequestParam(name = "photoFile", required = false) @Nullable MultipartFile photo,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        WarningDetail detail = find(warningId);
        try {
            if (detail.warning().awaitsApproval()) {
                alerts.edit(warningId, form.content(upload(photo, principal)), principal.getName());
            } else {
                alerts.revise(warningId, form.content(upload(photo, principal)), principal.getName());
            }
        } catch (InvalidWarningException e) {
            return detail(
                    model, request, detail, form, FieldProblems.words(e, messages, LocaleContextHolder.getLocale()));
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("error", refusal(e));
            return "redirect:/alerts/" + warningId;
        }
        redirect.addFlashAttribute("done", Boolean.TRUE);
        return "redirect:/alerts/" + warningId;
    }

    @PostMapping("/alerts/{warningId}/approval")
    String approve(@PathVariable UUID warningId, Principal principal, RedirectAttributes redirect) {
        return act(warningId, redirect, () -> alerts.approve(warningId, principal.getName()));
    }

    @PostMapping("/alerts/{warningId}/cancellation")
    String cancel(
            @PathVariable UUID warningId,
            @RequestParam(required = false) @Nullable String reason,
            Principal principal,
            RedirectAttributes redirect) {
        return act(
                warningId, redirect, () -> alerts.cancel(warningId, reason == null ? "" : reason, principal.getName()));
    }

    private String form(Model model, WarningForm form, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "alert/new";
    }

    private String detail(
            Model model,
            HttpServletRequest request,
            WarningDetail detail,
            WarningForm form,
            Map<String, String> problems) {
        model.addAttribute("detail", detail);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "effectiveness", alerts.effectiveness(detail.warning().id()));
        model.addAttribute("coordinator", request.isUserInRole(Role.COORDINATOR.name()));
        model.addAttribute(
                "writer", request.isUserInRole(Role.ANALYST.name()) || request.isUserInRole(Role.COORDINATOR.name()));
        return "alert/detail";
    }

    private @Nullable String upload(@Nullable MultipartFile photo, Principal principal) {
        if (photo == null || photo.isEmpty()) {
            return null;
        }
        try {
            return alerts.addPhoto(photo.getBytes(), principal.getName());
        } catch (IllegalArgumentException e) {
            FieldProblems problems = new FieldProblems();
            if (photo.getSize() > AlertDesk.MAX_PHOTO_BYTES) {
                problems.add("photo", "photo_size", AlertDesk.MAX_PHOTO_BYTES / (1024 * 1024));
            } else {
                problems.add("photo", "photo_type");
            }
            throw problems.exception();
        } catch (IOException e) {
            FieldProblems problems = new FieldProblems();
            problems.add("photo", "photo_broken");
            throw problems.exception();
        }
    }

    private WarningDetail find(UUID id) {
        return alerts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no warning " + id));
    }

    private static String act(UUID warningId, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", Boolean.TRUE);
        } catch (WarningNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException | FourEyesException e) {
            redirect.addFlashAttribute("error", refusal(e));
        }
        return "redirect:/alerts/" + warningId;
    }

    /**
     * Why the desk refused an action, as a message key: the page says it in the reader's language (the API keeps the
     * exception's English). A state refusal comes from a race with another user, the page shows the state as it is.
     */
    private static String refusal(RuntimeException e) {
        if (e instanceof FourEyesException) {
            return "alerts.error.fourEyes";
        }
        return e instanceof IllegalArgumentException ? "alerts.error.reason" : "alerts.error.state";
    }
}
