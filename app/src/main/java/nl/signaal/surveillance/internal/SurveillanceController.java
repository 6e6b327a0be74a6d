/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;
import nl.signaal.surveillance.SeriesKey;
import nl.signaal.surveillance.SeriesWeek;
import nl.signaal.surveillance.StatisticsRun;
import nl.signaal.surveillance.SurveillanceManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statistics runs on demand and the weekly series with their results, for the monitoring centre. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Statistics", description = "Weekly series and the statistics over them")
class SurveillanceController {

    private final SurveillanceManagement surveillance;

    SurveillanceController(SurveillanceManagement surveillance) {
        this.surveillance = surveillance;
    }

    @PostMapping("/statistics/runs")
    @PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
    @Operation(summary = "Run the statistics over one week (by default the last complete one) of every series")
    Run run(@RequestBody(required = false) @Nullable RunRequest request) {
        IsoWeek week = request == null || request.week() == null
                ? surveillance.lastCompleteWeek()
                : week("week", request.week());
        return Run.of(surveillance.run(week));
    }

    @GetMapping("/series")
    @PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
    @Operation(summary = "One weekly series with its population and the latest statistics of each week")
    List<Week> series(
            @RequestParam String source,
            @RequestParam(defaultValue = "all") String scope,
            @RequestParam(defaultValue = SeriesKey.ALL) String subject,
            @RequestParam(defaultValue = SeriesKey.NATIONAL) String region,
            @RequestParam String from,
            @RequestParam String to) {
        ObservationKind kind = ObservationKind.fromPath(source)
                .filter(k -> k != ObservationKind.LAB_RESULTS
                        && k != ObservationKind.WASTEWATER
                        && k != ObservationKind.INDICATOR)
                .orElseThrow(() -> new BadParameter(
                        "source", "one of samples, incidents, seizures, toxicology-cases, not " + source));
        SeriesKey.Scope s;
        try {
            s = SeriesKey.Scope.valueOf(scope.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameter("scope", "one of substance, group, all, not " + scope);
        }
        IsoWeek first = week("from", from);
        IsoWeek last = week("to", to);
        if (first.compareTo(last) > 0) {
            throw new BadParameter("from", "from (" + first + ") is after to (" + last + ")");
        }
        if (first.plusWeeks(52L * 20).compareTo(last) < 0) {
            throw new BadParameter("to", "at most 20 years at once");
        }
        SeriesKey key = new SeriesKey(kind, s, s == SeriesKey.Scope.ALL ? SeriesKey.ALL : subject, region);
        return surveillance.series(key, first, last).stream().map(Week::of).toList();
    }

    private static IsoWeek week(String field, String text) {
        try {
            return IsoWeek.parse(text);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new BadParameter(field, "an ISO week such as 2025-W14, not " + text);
        }
    }

    @ExceptionHandler
    ProblemDetail badParameter(BadParameter e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad parameter");
        problem.setType(URI.create("urn:signaal:problem:bad-parameter"));
        problem.setProperty("field", e.field);
        return problem;
    }

    /** A request parameter or field that cannot be used; the message says what it should be. */
    static final class BadParameter extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String field;

        BadParameter(String field, String expected) {
            super(field + ": expected " + expected);
            this.field = field;
        }
    }

    record RunRequest(@Nullable String week) {}

    record Run(
            UUID runId,
            String week,
            int seriesEvaluated,
            int seriesSkipped,
            int alarms,
            int clusters,
            long durationMillis) {

        static Run of(StatisticsRun run) {
            return new Run(
                    run.id(),
                    run.week().toString(),
                    run.seriesEvaluated(),
                    run.seriesSkipped(),
                    run.alarms(),
                    run.clusters(),
                    run.durationMillis());
        }
    }

    record Week(
            String week,
            long observed,
            long population,
            @Nullable Double expected,
            @Nullable Double upperbound,
            boolean alarm) {

        static Week of(SeriesWeek w) {
            return new Week(w.week().toString(), w.observed(), w.population(), w.expected(), w.upperbound(), w.alarm());
        }
    }
}
