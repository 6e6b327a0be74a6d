/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the servlet container forwards to {@code /error} (404 for an unknown page, 403 from the security filters,
 * a failure outside Spring MVC): the error page in the layout for people, a problem document for programs and always
 * for the API. Replaces Spring Boot's whitelabel page and its JSON, and shows only the status, never the exception or
 * its message; a server fault gets a reference that is logged with the whole story.
 */
@Controller
@ConditionalOnWebApplication
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final ErrorAttributes errors;

    ErrorPages(ErrorAttributes errors) {
        this.errors = errors;
    }

    /** A {@code ModelAndView} for a page, a {@code ResponseEntity} for everything else: Spring MVC picks by value. */
    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String reference = status.is5xxServerError() ? logged(request, status) : null;
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!ProblemResponses.isApi(request, uri) && wantsHtml(request)) {
            ModelAndView page = new ModelAndView("web/error", status);
            page.addObject("status", status.value());
            page.addObject("reference", reference);
            return page;
        }
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(status.getReasonPhrase());
        if (reference != null) {
            problem.setDetail("Signaal could not complete this request. If it keeps failing, report reference "
                    + reference + " to the Signaal administrators.");
            problem.setProperty("reference", reference);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The status the request failed with; a direct visit to {@code /error} is a page that does not exist. */
    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve((Integer) code);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private String logged(HttpServletRequest request, HttpStatus status) {
        String reference = ProblemResponses.newReference();
        Throwable error = errors.getError(new ServletWebRequest(request));
        log.error(
                "{} {} answered {}; reference {}",
                request.getAttribute(RequestDispatcher.ERROR_METHOD),
                request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                status.value(),
                reference,
                error);
        return reference;
    }

    /** Browsers ask for HTML by name; {@code *}{@code /*} alone (curl, scripts) gets the problem document. */
    private static boolean wantsHtml(HttpServletRequest request) {
        @Nullable String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(t -> !t.isWildcardType() && t.isCompatibleWith(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
