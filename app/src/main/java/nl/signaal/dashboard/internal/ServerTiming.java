/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tells the reader of a dashboard answer how long the server worked on it ({@code Server-Timing: app;dur=ms}, W3C
 * Server Timing): the answer is held until it is complete, so the time covers the queries and the rendering, and the
 * dashboard benchmark reads it. The answers are small (tens of kilobytes).
 */
@Component
class ServerTiming extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/dashboard/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } finally {
            double millis = (System.nanoTime() - started) / 1e6;
            held.setHeader("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", millis));
            held.copyBodyToResponse();
        }
    }
}
