/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as a problem document, with the two ways to authenticate named. */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(response, "authentication required");
    }

    /** @param reason why the caller is not authenticated, for the caller; never an exception's class */
    static void write(HttpServletResponse response, @Nullable String reason) throws IOException {
        ProblemResponses.write(
                response,
                HttpStatus.UNAUTHORIZED,
                (reason == null ? "" : reason + ": ")
                        + "send an organisation's API token (Authorization: Bearer sgl_...) or an account's"
                        + " credentials (HTTP Basic)",
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"signaal\", Basic realm=\"signaal\""),
                Map.of());
    }
}
