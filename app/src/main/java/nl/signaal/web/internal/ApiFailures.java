/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last resort for the API: an exception no module handled and Spring MVC does not know is a fault on our side. It
 * is logged in full under a short reference, and the caller gets a 500 problem document with only that reference,
 * never the exception, which may name hosts, tables or data.
 *
 * <p>Runs after Spring MVC's own resolvers, so the modules' {@code @ExceptionHandler}s and the standard answers (400,
 * 405, 415 …) come first. Refusals by Spring Security are left alone: its filters answer them with 401 or 403.
 */
final class ApiFailures implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiFailures.class);

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception e) {
        if (!ProblemResponses.isApi(request, null)
                || e instanceof AccessDeniedException
                || e instanceof AuthenticationException
                || response.isCommitted()) {
            return null;
        }
        String reference = ProblemResponses.newReference();
        log.error("{} {} failed; reference {}", request.getMethod(), request.getRequestURI(), reference, e);
        try {
            response.resetBuffer();
            ProblemResponses.write(
                    response,
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "Signaal could not complete this request. If it keeps failing, report reference " + reference
                            + " to the Signaal administrators.",
                    Map.of(),
                    Map.of("reference", reference));
        } catch (IOException written) {
            log.debug("could not answer reference {}", reference, written);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
