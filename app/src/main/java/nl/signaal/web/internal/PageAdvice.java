/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.signaal.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link Page} into the model of every page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageAdvice {

    private final MessageSource messages;

    PageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request, @Nullable Principal principal) {
        return new Page(
                messages,
                RequestContextUtils.getLocale(request),
                principal == null ? null : principal.getName(),
                Arrays.stream(Role.values())
                        .filter(role -> request.isUserInRole(role.name()))
                        .collect(Collectors.toUnmodifiableSet()),
                request.getRequestURI(),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()));
    }
}
