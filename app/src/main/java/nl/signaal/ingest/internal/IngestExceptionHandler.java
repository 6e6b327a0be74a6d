/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.signaal.ingest.BatchRejectedException;
import nl.signaal.ingest.Problem;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns refused input into RFC 9457 problem documents: 422 with every problem for a rejected batch or unreadable JSON,
 * 413 when too large, 409 when a concurrent batch stored the same records first. Never a stack trace.
 */
@RestControllerAdvice(assignableTypes = IngestController.class)
class IngestExceptionHandler {

    @ExceptionHandler
    ProblemDetail rejected(BatchRejectedException e) {
        return rejected(e.problems(), e.problemCount());
    }

    private static ProblemDetail rejected(List<Problem> problems, int count) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                count + " problem(s) found; nothing was stored. Fix them and send the whole batch again.");
        problem.setTitle("Batch rejected");
        problem.setType(URI.create("urn:signaal:problem:batch-rejected"));
        problem.setProperty("problem_count", count);
        problem.setProperty(
                "problems", problems.stream().map(IngestExceptionHandler::json).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof DatabindException d && !d.getPath().isEmpty()) {
            // a value of the wrong type or an unknown field: say which, as for CSV
            StringBuilder path = new StringBuilder();
            int record = 0;
            boolean top = true;
            for (var reference : d.getPath()) {
                if (reference.getPropertyName() != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(reference.getPropertyName());
                } else if (top) {
                    record = reference.getIndex() + 1;
                } else {
                    path.append('[').append(reference.getIndex()).append(']');
                }
                top = false;
            }
            String reason = d.getOriginalMessage();
            Problem problem =
                    new Problem(0, Math.max(record, 1), path.isEmpty() ? null : path.toString(), null, reason);
            return rejected(List.of(problem), 1);
        }
        String reason = cause instanceof JacksonException j ? j.getOriginalMessage() : "the body is not valid JSON";
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body cannot be read: " + reason);
        problem.setTitle("Unreadable request");
        return problem;
    }

    @ExceptionHandler({BatchTooLargeException.class, MaxUploadSizeExceededException.class})
    ProblemDetail tooLarge(RuntimeException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, String.valueOf(e.getMessage()));
        problem.setTitle("Too large");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownKind(IngestController.UnknownKindException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, String.valueOf(e.getMessage()));
        problem.setTitle("Unknown kind");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail concurrent(DataIntegrityViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Another batch stored some of these records at the same moment; nothing of this batch was stored. "
                        + "Send it again: what is already there will be counted as unchanged.");
        problem.setTitle("Concurrent batch");
        return problem;
    }

    private static Map<String, Object> json(Problem p) {
        var map = new java.util.LinkedHashMap<String, Object>();
        if (p.line() > 0) {
            map.put("line", p.line());
        }
        if (p.record() > 0) {
            map.put("record", p.record());
        }
        if (p.field() != null) {
            map.put("field", p.field());
        }
        if (p.value() != null) {
            map.put("value", p.value());
        }
        map.put("reason", p.reason());
        map.put("message", p.toString());
        return map;
    }
}
