/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import nl.signaal.alert.FourEyesException;
import nl.signaal.alert.InvalidWarningException;
import nl.signaal.alert.WarningNotFoundException;
import nl.signaal.signal.SignalNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The module's API refusals as problem documents: an unknown warning or signal 404, four eyes 403, a step the
 * lifecycle does not allow 409, invalid content 422 (with every problem by field, as {@code problems}).
 */
@RestControllerAdvice(assignableTypes = {AlertController.class, SubscriptionController.class})
class AlertProblems {

    @ExceptionHandler({WarningNotFoundException.class, SignalNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, String.valueOf(e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail fourEyes(FourEyesException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, String.valueOf(e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail conflict(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, String.valueOf(e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail invalid(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, String.valueOf(e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail invalidContent(InvalidWarningException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, String.valueOf(e.getMessage()));
        problem.setProperty("problems", e.problems());
        return problem;
    }
}
