/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.estimate.Histories;
import nl.signaal.estimate.HistoriesFile;
import nl.signaal.estimate.Refusal;
import nl.signaal.estimate.RefusedUpload;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The estimates pages of the monitoring centre: upload the capture histories of linked lists (with, optionally, a
 * benchmark for the multiplier method), and read every model's estimate beside the chosen, the averaged and the
 * multiplier estimates. Forms work without JavaScript; problems come back next to their field or as a table of the
 * file's lines.
 */
@Controller
class EstimatePages {

    private final EstimateRepository repository;
    private final Estimates estimates;
    private final MessageSource messages;
    private final Clock clock;

    EstimatePages(EstimateRepository repository, Estimates estimates, MessageSource messages, Clock clock) {
        this.repository = repository;
        this.estimates = estimates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/estimates")
    String index(Model model) {
        return index(model, Map.of(), Map.of(), List.of());
    }

    @PostMapping("/estimates")
    String upload(
            Principal user,
            @RequestParam Map<String, String> form,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        UploadForm upload = UploadForm.read(form);
        Map<String, String> problems = new LinkedHashMap<>();
        upload.problems().forEach((field, refusal) -> problems.put(field, words(refusal)));
        if (file == null || file.isEmpty()) {
            problems.put("file", words(Refusal.of(0, "file", null, "no_file")));
        }
        if (!problems.isEmpty() || file == null) {
            return index(model, form, problems, List.of());
        }
        Histories histories;
        try (InputStream in = file.getInputStream()) {
            histories = HistoriesFile.read(in);
        } catch (RefusedUpload e) {
            model.addAttribute("fileName", file.getOriginalFilename());
            return index(model, form, Map.of(), e.refusals());
        }
        UUID id = UUID.randomUUID();
        repository.save(new Dataset(id, upload.name(), histories, clock.instant(), user.getName(), upload.benchmark()));
        return "redirect:/estimates/" + id;
    }

    @GetMapping("/estimates/{datasetId}")
    String show(@PathVariable("datasetId") UUID id, Model model) {
        Dataset dataset = dataset(id);
        model.addAttribute("dataset", dataset);
        model.addAttribute("report", estimates.report(dataset));
        return "estimate/show";
    }

    /** Every model's figures in the columns of {@code signaal estimate} (DESIGN §5), stratum by stratum. */
    @GetMapping(value = "/estimates/{datasetId}.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable("datasetId") UUID id) {
        Dataset dataset = dataset(id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"estimates-" + id + ".csv\"")
                .body(estimates.report(dataset).csv());
    }

    private Dataset dataset(UUID id) {
        return repository.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String index(
            Model model, Map<String, String> values, Map<String, String> problems, List<Refusal> refusals) {
        model.addAttribute("datasets", repository.list());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("refusals", refusals);
        return "estimate/index";
    }

    private String words(Refusal refusal) {
        return messages.getMessage(refusal.key(), refusal.arguments().toArray(), LocaleContextHolder.getLocale());
    }
}
