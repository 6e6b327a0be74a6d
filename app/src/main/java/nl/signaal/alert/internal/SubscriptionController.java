/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.alert.Audience;
import nl.signaal.alert.InvalidWarningException;
import nl.signaal.alert.Severity;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Subscriptions of organisations' systems (webhooks) and mailboxes (e-mail) to the warnings, with their delivery logs;
 * coordinators and administrators (the web module's security configuration). A webhook's signing secret is shown
 * once, in the answer that creates it.
 */
@RestController
@RequestMapping("/api/v1/subscriptions")
@Tag(name = "Subscriptions", description = "Webhooks and e-mail for warnings, and their delivery logs")
class SubscriptionController {

    private final Deliveries deliveries;

    SubscriptionController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    @Operation(summary = "Every subscription, without secrets")
    List<View> list() {
        return deliveries.subscriptions().stream().map(s -> View.of(s, false)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Subscribe a webhook (its HMAC-SHA256 secret is in this answer only) or an e-mail address;"
                    + " filters: areas (CBS codes, empty: everywhere), minimum severity, audiences")
    View subscribe(@RequestBody NewSubscription request, Principal principal) {
        var problems = new LinkedHashMap<String, String>();
        Subscription.Channel channel = option(Subscription.Channel.class, "channel", request.channel(), problems);
        Severity severity = request.minimumSeverity() == null
                ? Severity.UNKNOWN
                : option(Severity.class, "minimum_severity", request.minimumSeverity(), problems);
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (String a : request.audiences() == null ? List.of("professionals", "public") : request.audiences()) {
            Audience audience = option(Audience.class, "audiences", a, problems);
            if (audience != null) {
                audiences.add(audience);
            }
        }
        if (request.target() == null || request.target().isBlank()) {
            problems.put("target", "required: the webhook's URL or the e-mail address");
        }
        if (!problems.isEmpty() || channel == null || severity == null || request.target() == null) {
            throw new InvalidWarningException(problems);
        }
        Subscription created = deliveries.subscribe(
                channel,
                request.target().strip(),
                request.language() == null ? "nl" : request.language(),
                request.areas() == null ? List.of() : request.areas(),
                severity,
                audiences,
                principal.getName());
        return View.of(created, true);
    }

    @DeleteMapping("/{subscriptionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End a subscription; what was still to be sent to it is given up")
    void unsubscribe(@PathVariable UUID subscriptionId) {
        if (!deliveries.unsubscribe(subscriptionId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no subscription " + subscriptionId);
        }
    }

    @GetMapping("/{subscriptionId}/deliveries")
    @Operation(summary = "The delivery log of a subscription: every attempt, newest first")
    List<DeliveryLogEntry> log(@PathVariable UUID subscriptionId) {
        List<DeliveryLogEntry> log = deliveries.log(subscriptionId);
        if (log == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no subscription " + subscriptionId);
        }
        return log;
    }

    private static <E extends Enum<E>> @Nullable E option(
            Class<E> type, String field, @Nullable String value, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            problems.put(field, "required, one of " + EnumSet.allOf(type));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.put(field, "\"" + value + "\" is not one of " + EnumSet.allOf(type));
            return null;
        }
    }

    /**
     * @param channel webhook or email
     * @param target the webhook's URL or the e-mail address
     * @param language nl (default) or en
     */
    record NewSubscription(
            @Nullable String channel,
            @Nullable String target,
            @Nullable String language,
            @Nullable List<String> areas,
            @Nullable String minimumSeverity,
            @Nullable List<String> audiences) {}

    /** @param secret the webhook's signing key: only in the answer that created it */
    record View(
            UUID id,
            Subscription.Channel channel,
            String target,
            String language,
            List<String> areas,
            Severity minimumSeverity,
            Set<Audience> audiences,
            String createdBy,
            Instant createdAt,
            boolean active,
            @Nullable String secret) {

        static View of(Subscription s, boolean withSecret) {
            return new View(
                    s.id(),
                    s.channel(),
                    s.target(),
                    s.language(),
                    s.areas(),
                    s.minimumSeverity(),
                    s.audiences(),
                    s.createdBy(),
                    s.createdAt(),
                    s.active(),
                    withSecret ? s.secret() : null);
        }
    }
}
