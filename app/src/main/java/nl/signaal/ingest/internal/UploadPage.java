/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import nl.signaal.access.SignaalUser;
import nl.signaal.ingest.BatchRejectedException;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading a CSV file in the browser, for the people who send data without an API client: a lab between two samples,
 * a reporter, an analyst with indicator figures. The file is stored whole or not at all; when it is refused, every bad
 * row is shown with its line, column, value and what was expected, so the sender fixes the file and uploads it again.
 * A user sees only the kinds their roles may send.
 */
@Controller
class UploadPage {

    private final IngestManagement ingest;
    private final IngestProperties properties;

    UploadPage(IngestManagement ingest, IngestProperties properties) {
        this.ingest = ingest;
        this.properties = properties;
    }

    @GetMapping("/upload")
    String form(@AuthenticationPrincipal SignaalUser user, Model model) {
        return page(user, model, null);
    }

    @PostMapping("/upload")
    String upload(
            @AuthenticationPrincipal SignaalUser user,
            @RequestParam String kind,
            @RequestParam("file") MultipartFile file,
            Model model)
            throws IOException {
        ObservationKind k = ObservationKind.fromPath(kind).orElse(null);
        if (k == null || !SenderRoles.of(k).stream().anyMatch(user::has)) {
            model.addAttribute("error", "upload.error.kind");
            return page(user, model, null);
        }
        if (file.isEmpty()) {
            model.addAttribute("error", "upload.error.empty");
            return page(user, model, k);
        }
        long limit = properties.maxUploadSize().toBytes();
        if (file.getSize() > limit) {
            model.addAttribute("error", "upload.error.tooLarge");
            return page(user, model, k);
        }
        String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        try (InputStream in = new LimitedInputStream(file.getInputStream(), limit)) {
            model.addAttribute("report", ingest.ingestCsv(k, null, user.organisationId(), in, name));
        } catch (BatchRejectedException e) {
            model.addAttribute("rejected", e);
        }
        model.addAttribute("fileName", name);
        return page(user, model, k);
    }

    private String page(SignaalUser user, Model model, @Nullable ObservationKind chosen) {
        List<ObservationKind> kinds = Arrays.stream(ObservationKind.values())
                .filter(k -> SenderRoles.of(k).stream().anyMatch(user::has))
                .toList();
        model.addAttribute("kinds", kinds);
        model.addAttribute("chosen", chosen == null ? (kinds.isEmpty() ? null : kinds.getFirst()) : chosen);
        model.addAttribute("columns", chosen == null ? List.of() : ingest.columns(chosen));
        return "ingest/upload";
    }
}
