/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import nl.signaal.access.SignaalUser;
import nl.signaal.substance.LegalStatus;
import nl.signaal.substance.Recognition;
import nl.signaal.substance.Substance;
import nl.signaal.substance.SubstanceManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The substance catalogue, classification of a name or structure, and the curation of unrecognised names. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Substances", description = "Catalogue, recognition, structural groups and legal status")
class SubstanceController {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final SubstanceManagement substances;
    private final SubstanceKnowledge knowledge;
    private final Clock clock;

    SubstanceController(SubstanceManagement substances, SubstanceKnowledge knowledge, Clock clock) {
        this.substances = substances;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    @GetMapping("/substances")
    @Operation(summary = "Search substances by name or synonym, best first")
    List<Summary> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        return substances.search(q, Math.clamp(limit, 1, 100)).stream()
                .map(this::summary)
                .toList();
    }

    @GetMapping("/substances/{id}")
    @Operation(summary = "One substance: names, structure, groups and legal status today")
    ResponseEntity<Detail> substance(@PathVariable String id) {
        return substances
                .find(id)
                .map(s -> ResponseEntity.ok(new Detail(s, knowledge.statusOn(s, today()))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/classify")
    @Operation(
            summary = "Recognise a name or classify a structure (SMILES): substance, groups and legal status on a date")
    Classified classify(@RequestBody ClassifyRequest request) {
        String name = request.name() == null ? "" : request.name();
        if (name.isBlank() && (request.smiles() == null || request.smiles().isBlank())) {
            throw new IllegalArgumentException("give a name, a smiles, or both");
        }
        LocalDate date = request.date() == null ? today() : request.date();
        Recognition recognition = substances.recognise(name, request.smiles());
        Substance s = recognition.substance();
        return new Classified(
                s == null ? null : summary(s),
                recognition.method(),
                recognition.inchiKey(),
                s == null ? recognition.structuralGroups() : s.groups(),
                recognition.error() == null ? substances.statusOn(recognition, date) : null,
                date,
                recognition.suggestions(),
                recognition.error());
    }

    @GetMapping("/substances/unresolved")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @Operation(summary = "Reported names not recognised yet, most frequent first, with suggestions")
    List<UnresolvedName> unresolved() {
        return knowledge.unresolved();
    }

    @PostMapping("/substances/unresolved/resolve")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @Operation(summary = "Say which substance a reported name is; past and future records then count as that substance")
    ResponseEntity<Void> resolve(@AuthenticationPrincipal SignaalUser user, @RequestBody Resolve request) {
        substances.curate(request.name(), request.substanceId(), user.getUsername());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, String.valueOf(e.getMessage()));
    }

    private Summary summary(Substance s) {
        return new Summary(
                s.id(), s.name(), s.groups(), knowledge.statusOn(s, today()).list());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NETHERLANDS));
    }

    record Summary(
            String id,
            String name,
            Set<String> groups,
            @Nullable String list) {}

    record Detail(Substance substance, LegalStatus legalStatusToday) {}

    record ClassifyRequest(
            @Nullable String name,
            @Nullable String smiles,
            @Nullable LocalDate date) {}

    record Classified(
            @Nullable Summary substance,
            @Nullable String method,
            @Nullable String inchikey,
            Set<String> groups,
            @Nullable LegalStatus legalStatus,
            LocalDate date,
            List<String> suggestions,
            @Nullable String error) {}

    record Resolve(String name, String substanceId) {}
}
