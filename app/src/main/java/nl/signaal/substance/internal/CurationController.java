/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal;

import java.security.Principal;
import nl.signaal.substance.SubstanceManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The curation queue as a page: reported names not recognised yet, and a form to say what each one is. */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
class CurationController {

    private final SubstanceKnowledge knowledge;
    private final SubstanceManagement substances;

    CurationController(SubstanceKnowledge knowledge, SubstanceManagement substances) {
        this.knowledge = knowledge;
        this.substances = substances;
    }

    @GetMapping("/substances/unresolved")
    String queue(Model model) {
        model.addAttribute("names", knowledge.unresolved());
        return "substance/unresolved";
    }

    @PostMapping("/substances/unresolved")
    String resolve(
            @RequestParam String name,
            @RequestParam("substance_id") String substanceId,
            Principal principal,
            RedirectAttributes redirect) {
        if (substances.find(substanceId.trim()).isEmpty()) {
            redirect.addFlashAttribute("error", substanceId);
        } else {
            substances.curate(name, substanceId.trim(), principal.getName());
            redirect.addFlashAttribute("resolved", name);
        }
        return "redirect:/substances/unresolved";
    }
}
