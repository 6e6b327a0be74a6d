/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.time.Duration;
import java.util.UUID;
import nl.signaal.access.Role;
import nl.signaal.access.SignaalUser;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The photo of a sample, never public: it may show where or from whom a tablet came. The monitoring centre sees every
 * sample's photo (to recognise a tablet behind a signal); a lab sees the photos of its own organisation's samples, and
 * of any other organisation's sample it learns only that there is none.
 */
@Controller
class SamplePhotos {

    private final SampleRepository samples;

    SamplePhotos(SampleRepository samples) {
        this.samples = samples;
    }

    @GetMapping("/samples/{sampleId}/photo")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal SignaalUser user, @PathVariable UUID sampleId) {
        var photo = samples.photo(sampleId)
                .filter(p -> monitors(user) || p.organisationId().equals(user.organisationId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no photo"));
        // a stored photo never changes (a re-sent sample must be identical), but it is nobody else's to keep
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(photo.content());
    }

    private static boolean monitors(SignaalUser user) {
        return user.has(Role.ANALYST) || user.has(Role.COORDINATOR) || user.has(Role.ADMIN);
    }
}
