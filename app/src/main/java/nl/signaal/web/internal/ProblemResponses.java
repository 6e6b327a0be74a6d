/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem documents written straight to the response, for the answers given before or outside Spring MVC
 * (authentication, authorisation, unexpected failures). Only what is passed in is written: never an exception.
 */
final class ProblemResponses {

    private ProblemResponses() {}

    static void write(
            HttpServletResponse response,
            HttpStatus status,
            @Nullable String detail,
            Map<String, String> headers,
            Map<String, Object> properties)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        if (detail != null) {
            problem.put("detail", detail);
        }
        problem.putAll(properties);
        response.setStatus(status.value());
        headers.forEach(response::setHeader);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonMapper.shared().writeValueAsString(problem));
        response.getWriter().flush();
    }

    /** Whether a request is for the API, which answers in problem documents rather than pages. */
    static boolean isApi(HttpServletRequest request, @Nullable String uri) {
        String path = uri == null ? request.getRequestURI() : uri;
        return path.startsWith(request.getContextPath() + "/api/");
    }

    /** A short reference that ties an answer to its log entry: quoted by the caller, searched for in the log. */
    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
