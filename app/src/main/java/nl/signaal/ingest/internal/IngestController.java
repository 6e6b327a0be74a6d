/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.signaal.access.SignaalUser;
import nl.signaal.ingest.BatchRejectedException;
import nl.signaal.ingest.BatchReport;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.IndicatorRecord;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.Problem;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.ingest.SampleResults;
import nl.signaal.ingest.SeizureRecord;
import nl.signaal.ingest.ToxicologyCaseRecord;
import nl.signaal.ingest.WastewaterRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The ingestion API. Each kind takes one record ({@code POST /api/v1/samples}), a batch as a JSON array ({@code
 * …/batch}) or a CSV file ({@code …/csv}, as the request body or a multipart {@code file}). Answers 201 when something
 * new was stored, 200 when everything was already there, 422 with every problem when nothing was stored.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Ingestion",
        description = "Send samples, lab results, incidents, seizures, toxicology cases, wastewater and indicators")
class IngestController {

    private final IngestManagement ingest;
    private final IngestProperties properties;

    IngestController(IngestManagement ingest, IngestProperties properties) {
        this.ingest = ingest;
        this.properties = properties;
    }

    @PostMapping("/samples")
    @Operation(summary = "Register one drug-checking sample, with its lab results if known")
    ResponseEntity<BatchReport> sample(@AuthenticationPrincipal SignaalUser user, @RequestBody SampleRecord record) {
        return store(user, ObservationKind.SAMPLE, List.of(record));
    }

    @PostMapping("/samples/batch")
    @Operation(summary = "Register drug-checking samples (all or nothing)")
    ResponseEntity<BatchReport> samples(
            @AuthenticationPrincipal SignaalUser user, @RequestBody List<SampleRecord> records) {
        return store(user, ObservationKind.SAMPLE, records);
    }

    @PostMapping("/lab-results")
    @Operation(summary = "Add the lab results of a sample registered earlier")
    ResponseEntity<BatchReport> labResults(
            @AuthenticationPrincipal SignaalUser user, @RequestBody SampleResults record) {
        return store(user, ObservationKind.LAB_RESULTS, List.of(record));
    }

    @PostMapping("/lab-results/batch")
    @Operation(summary = "Add the lab results of samples registered earlier (all or nothing)")
    ResponseEntity<BatchReport> labResultsBatch(
            @AuthenticationPrincipal SignaalUser user, @RequestBody List<SampleResults> records) {
        return store(user, ObservationKind.LAB_RESULTS, records);
    }

    @PostMapping("/incidents")
    @Operation(summary = "Report one drug-related incident")
    ResponseEntity<BatchReport> incident(
            @AuthenticationPrincipal SignaalUser user, @RequestBody IncidentRecord record) {
        return store(user, ObservationKind.INCIDENT, List.of(record));
    }

    @PostMapping("/incidents/batch")
    @Operation(summary = "Report drug-related incidents (all or nothing)")
    ResponseEntity<BatchReport> incidents(
            @AuthenticationPrincipal SignaalUser user, @RequestBody List<IncidentRecord> records) {
        return store(user, ObservationKind.INCIDENT, records);
    }

    @PostMapping("/seizures")
    @Operation(summary = "Record one analysed seizure")
    ResponseEntity<BatchReport> seizure(@AuthenticationPrincipal SignaalUser user, @RequestBody SeizureRecord record) {
        return store(user, ObservationKind.SEIZURE, List.of(record));
    }

    @PostMapping("/seizures/batch")
    @Operation(summary = "Record analysed seizures (all or nothing)")
    ResponseEntity<BatchReport> seizures(
            @AuthenticationPrincipal SignaalUser user, @RequestBody List<SeizureRecord> records) {
        return store(user, ObservationKind.SEIZURE, records);
    }

    @PostMapping("/toxicology-cases")
    @Operation(summary = "Record one post-mortem toxicology case")
    ResponseEntity<BatchReport> toxicologyCase(
            @AuthenticationPrincipal SignaalUser user, @RequestBody ToxicologyCaseRecord record) {
        return store(user, ObservationKind.TOXICOLOGY_CASE, List.of(record));
    }

    @PostMapping("/toxicology-cases/batch")
    @Operation(summary = "Record post-mortem toxicology cases (all or nothing)")
    ResponseEntity<BatchReport> toxicologyCases(
            @AuthenticationPrincipal SignaalUser user, @RequestBody List<ToxicologyCaseRecord> records) {
        return store(user, ObservationKind.TOXICOLOGY_CASE, records);
    }

    @PostMapping("/wastewater")
    @Operation(summary = "Record one wastewater measurement")
    ResponseEntity<BatchReport> wastewater(
            @AuthenticationPrincipal SignaalUser user, @RequestBody WastewaterRecord record) {
        return store(user, ObservationKind.WASTEWATER, List.of(record));
    }

    @PostMapping("/wastewater/batch")
    @Operation(summary = "Record wastewater measurements (all or nothing)")
    ResponseEntity<BatchReport> wastewaterBatch(
            @AuthenticationPrincipal SignaalUser user, @RequestBody List<WastewaterRecord> records) {
        return store(user, ObservationKind.WASTEWATER, records);
    }

    @PostMapping("/indicators")
    @Operation(summary = "Record one indicator value")
    ResponseEntity<BatchReport> indicator(
            @AuthenticationPrincipal SignaalUser user, @RequestBody IndicatorRecord record) {
        return store(user, ObservationKind.INDICATOR, List.of(record));
    }

    @PostMapping("/indicators/batch")
    @Operation(summary = "Record indicator values (all or nothing)")
    ResponseEntity<BatchReport> indicators(
            @AuthenticationPrincipal SignaalUser user, @RequestBody List<IndicatorRecord> records) {
        return store(user, ObservationKind.INDICATOR, records);
    }

    @PostMapping(
            path = "/{kind}/csv",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Upload a CSV file of one kind as the request body (all or nothing)")
    ResponseEntity<BatchReport> csv(
            @AuthenticationPrincipal SignaalUser user,
            @Parameter(
                            description =
                                    "samples, lab-results, incidents, seizures, toxicology-cases, wastewater or indicators")
                    @PathVariable
                    String kind,
            @Parameter(description = "an import profile for a known external layout; Signaal's own columns when absent")
                    @RequestParam(required = false)
                    @Nullable
                    String profile,
            @RequestParam(required = false, defaultValue = "upload.csv") String filename,
            HttpServletRequest request,
            InputStream body) {
        ObservationKind k = kind(kind);
        SenderRoles.check(user, k);
        long limit = properties.maxUploadSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            // refused before a byte is read: a client that sent "Expect: 100-continue" never sends the body
            throw LimitedInputStream.tooLarge(limit);
        }
        return answer(
                ingest.ingestCsv(k, profile, user.organisationId(), new LimitedInputStream(body, limit), filename));
    }

    @PostMapping(path = "/{kind}/csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a CSV file of one kind as a multipart form field 'file' (all or nothing)")
    ResponseEntity<BatchReport> csvFile(
            @AuthenticationPrincipal SignaalUser user,
            @PathVariable String kind,
            @RequestParam(required = false) @Nullable String profile,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        ObservationKind k = kind(kind);
        SenderRoles.check(user, k);
        long limit = properties.maxUploadSize().toBytes();
        // the servlet's multipart limits are set for every form; this one is the API's
        if (file.getSize() > limit) {
            throw LimitedInputStream.tooLarge(limit);
        }
        try (InputStream in = new LimitedInputStream(file.getInputStream(), limit)) {
            String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
            return answer(ingest.ingestCsv(k, profile, user.organisationId(), in, name));
        }
    }

    @GetMapping("/{kind}/csv")
    @Operation(summary = "The CSV columns and import profiles of a kind")
    Map<String, Object> csvFormat(@PathVariable String kind) {
        ObservationKind k = kind(kind);
        return Map.of("kind", k.path(), "columns", ingest.columns(k), "profiles", ingest.profiles(k));
    }

    private ResponseEntity<BatchReport> store(
            SignaalUser user, ObservationKind kind, List<? extends @Nullable Observation> records) {
        SenderRoles.check(user, kind);
        List<Problem> nulls = new ArrayList<>();
        List<Observation> present = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Observation record = records.get(i);
            if (record == null) {
                nulls.add(new Problem(0, i + 1, null, null, "is null; send the record as an object"));
            } else {
                present.add(record);
            }
        }
        if (!nulls.isEmpty()) {
            throw new BatchRejectedException(kind, nulls, nulls.size());
        }
        return answer(ingest.ingest(kind, user.organisationId(), present, "api"));
    }

    private static ResponseEntity<BatchReport> answer(BatchReport report) {
        return ResponseEntity.status(report.stored() > 0 ? HttpStatus.CREATED : HttpStatus.OK)
                .body(report);
    }

    private static ObservationKind kind(String path) {
        return ObservationKind.fromPath(path).orElseThrow(() -> new UnknownKindException(path));
    }

    /** A kind in the URL that Signaal does not know: answered with 404. */
    static final class UnknownKindException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnknownKindException(String path) {
            super("'" + path + "' is not a kind of record; known: samples, lab-results, incidents, seizures, "
                    + "toxicology-cases, wastewater, indicators");
        }
    }
}
