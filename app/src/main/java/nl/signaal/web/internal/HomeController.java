/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web.internal;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import nl.signaal.demo.DemoData;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: for a visitor what Signaal is, where the warnings and figures are and what Signaal holds; for a
 * logged-in user also their tasks (see {@link Page#tasks()}) and where the API is documented.
 */
@Controller
public class HomeController {

    private final IngestManagement ingest;
    private final DemoData demo;

    HomeController(IngestManagement ingest, DemoData demo) {
        this.ingest = ingest;
        this.demo = demo;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        Map<ObservationKind, Long> counts = ingest.counts();
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        model.addAttribute(
                "counts",
                counts.entrySet().stream()
                        .map(e -> new SourceCount(e.getKey().name(), format.format(e.getValue())))
                        .toList());
        model.addAttribute("demo", demo.progress());
        return "web/home";
    }

    /** The demo-loading notice alone, polled by the home page while the demo data load. */
    @GetMapping("/demo-status")
    String demoStatus(Model model) {
        model.addAttribute("demo", demo.progress());
        return "web/demo";
    }

    @GetMapping("/login")
    String login(
            Model model,
            @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String logout) {
        model.addAttribute("error", error != null);
        model.addAttribute("loggedOut", logout != null);
        return "web/login";
    }

    /** One line of the counts table; {@code kind} is the message key suffix. */
    public record SourceCount(String kind, String formatted) {}
}
