/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.signaal.ingest.BatchRejectedException;
import nl.signaal.ingest.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/**
 * Turns refused input into RFC 9457 problem documents: 422 with every problem for a rejected batch or JSON that is not
 * a record (a wrong type, an unknown field), 400 for a body that is not JSON, 413 when too large, 404 for an unknown
 * kind, 409 when a concurrent batch stored the same records first. Never a stack trace, an exception's class or a
 * parser's message: {@link JsonProblems} words those for the sender.
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
        if (cause(e, BatchTooLargeException.class) instanceof BatchTooLargeException tooLarge) {
            return tooLarge(tooLarge);
        }
        if (cause(e, DatabindException.class) instanceof DatabindException d) {
            // JSON, but not a record: say where and why, as for CSV
            return rejected(List.of(JsonProblems.of(d)), 1);
        }
        String reason = cause(e, StreamReadException.class) instanceof StreamReadException s
                ? JsonProblems.syntax(s)
                : "the request body is missing or is not JSON";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, reason);
        problem.setTitle("Unreadable request");
        return problem;
    }

    private static @Nullable Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(BatchTooLargeException e) {
        return tooLarge(String.valueOf(e.getMessage()));
    }

    /** The servlet's multipart limit; its message names the container's classes, so it is not passed on. */
    @ExceptionHandler
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return tooLarge("the upload is larger than the server accepts; split it, or load it on the server with "
                + "./signaal ingest");
    }

    private static ProblemDetail tooLarge(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
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
