/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.signaal.access.SignaalUser;
import nl.signaal.ingest.ObservationKind;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks the sender's roles ({@link SenderRoles}) before the request body is read, so that a caller without the role
 * gets 403 whatever it sent, rather than a verdict on a body it may not send, and no memory is spent reading it. The
 * kind is the path segment after {@code /api/v1} of the matched pattern ({@code /api/v1/samples/batch}, {@code
 * /api/v1/{kind}/csv}); an unknown kind is left to the controller, which answers 404. The controller checks again.
 */
@Component
@ConditionalOnWebApplication
class SenderCheck implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || method.getBeanType() != IngestController.class
                || !"POST".equals(request.getMethod())
                || !(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern)) {
            return true;
        }
        String[] segments = pattern.split("/");
        if (segments.length < 4) {
            return true;
        }
        String kind = segments[3];
        if (kind.equals("{kind}")
                && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("kind") instanceof String value) {
            kind = value;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        var known = ObservationKind.fromPath(kind);
        if (known.isPresent() && authentication != null && authentication.getPrincipal() instanceof SignaalUser user) {
            SenderRoles.check(user, known.get());
        }
        return true;
    }
}
