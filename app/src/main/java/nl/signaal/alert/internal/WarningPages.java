/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.signaal.alert.PublishedWarning;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public pages: the current warnings, one warning (also when cancelled or expired), and product photos. */
@Controller
class WarningPages {

    private final AlertDesk desk;
    private final AreaNames areas;

    WarningPages(AlertDesk desk, AreaNames areas) {
        this.desk = desk;
        this.areas = areas;
    }

    @GetMapping("/warnings")
    String list(Model model) {
        List<PublishedWarning> warnings = desk.current();
        model.addAttribute("warnings", warnings);
        model.addAttribute("areas", areas);
        return "alert/warnings";
    }

    @GetMapping("/warnings/{warningId}")
    String detail(@PathVariable UUID warningId, Model model) {
        PublishedWarning warning = desk.published(warningId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published warning"));
        model.addAttribute("warning", warning);
        model.addAttribute("areas", areas);
        return "alert/warning";
    }

    /** A photo never changes (its id is its SHA-1), so browsers may keep it. */
    @GetMapping("/warnings/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable String photoId) {
        AlertRepository.Photo photo =
                desk.photo(photoId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no photo"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(photo.bytes());
    }
}
