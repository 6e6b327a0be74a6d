/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 403 as a problem document: the caller is known but its roles do not allow this. The reason is the one the module
 * wrote for the caller ("incidents may be sent by the roles [REPORTER, ADMIN]"), else a generic one.
 */
final class ApiAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String reason = e.getMessage();
        ProblemResponses.write(
                response,
                HttpStatus.FORBIDDEN,
                reason == null || reason.equals("Access Denied")
                        ? "the roles of this API token or account do not allow this request"
                        : reason,
                Map.of(),
                Map.of());
    }
}
