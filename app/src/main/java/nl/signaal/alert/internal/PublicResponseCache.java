/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import nl.signaal.alert.PublishedWarning;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A micro-cache for what every anonymous reader gets alike: the public warning pages, the feeds and the CAP messages.
 * The first anonymous request for a page goes through the whole application (security, Spring MVC, the template) and
 * its answer (status 200, no cookie set) is kept, headers and bytes; later anonymous requests for the same page in the
 * same language get that answer without passing the security filters or rendering again. Everything kept is dropped
 * when the public warnings change (a publication, update, cancellation or expiry). A request with credentials, a
 * session or a query string other than the language never uses it.
 *
 * <p>Why: these are the pages a warning sends thousands of people to at once; the CPU they need should go to serving
 * them, not to re-rendering identical bytes.
 */
class PublicResponseCache extends OncePerRequestFilter {

    static final Pattern PUBLIC = Pattern.compile(
            "/warnings(/[0-9a-f-]{36})?|/feeds/(warnings|cap)\\.atom|/api/v1/warnings/[0-9a-f-]{36}\\.cap");

    /** At most this many pages are kept: two languages of every current warning fit many times over. */
    static final int MAX_ENTRIES = 1_000;

    private final AlertDesk desk;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private volatile @Nullable List<PublishedWarning> keptFor;

    PublicResponseCache(AlertDesk desk) {
        this.desk = desk;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        List<PublishedWarning> current = desk.current();
        if (keptFor != current) {
            kept.clear();
            keptFor = current;
        }
        Kept answer = kept.get(key);
        if (answer != null) {
            answer.writeTo(response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == 200
                && !wrapper.containsHeader(HttpHeaders.SET_COOKIE)
                && kept.size() < MAX_ENTRIES) {
            kept.put(key, Kept.of(wrapper));
        }
        wrapper.copyBodyToResponse();
    }

    /** The page and language of an anonymous GET for a public page, else {@code null}. */
    private static @Nullable String key(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || !PUBLIC.matcher(request.getRequestURI()).matches()
                || request.getSession(false) != null) {
            return null;
        }
        String language = "";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals("JSESSIONID")) {
                    return null;
                }
                if (cookie.getName().equals("signaal-lang")) {
                    language = cookie.getValue();
                }
            }
        }
        // ?lang= sets a cookie, so that answer is never kept; other query strings are not part of these pages
        if (request.getQueryString() != null) {
            return null;
        }
        return request.getRequestURI() + "|" + language;
    }

    /** An answer as it was written: content type, the other headers, the bytes. */
    private record Kept(@Nullable String contentType, List<Map.Entry<String, String>> headers, byte[] body) {

        static Kept of(ContentCachingResponseWrapper response) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : response.getHeaderNames()) {
                for (String value : response.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
            return new Kept(response.getContentType(), headers, response.getContentAsByteArray());
        }

        void writeTo(HttpServletResponse response) throws IOException {
            for (Map.Entry<String, String> header : headers) {
                response.addHeader(header.getKey(), header.getValue());
            }
            if (contentType != null) {
                response.setContentType(contentType);
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
