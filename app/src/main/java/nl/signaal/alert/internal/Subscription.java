/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.signaal.alert.Audience;
import nl.signaal.alert.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Someone who wants the warnings that concern them: a webhook or an e-mail address, with filters.
 *
 * @param target the webhook's URL or the e-mail address
 * @param secret the webhook's signing key; {@code null} for e-mail
 * @param language {@code nl} or {@code en}: of the texts sent
 * @param areas CBS codes (NL, PVxx, GGxxxx); empty for everywhere
 * @param minimumSeverity warnings at least this severe are sent
 * @param audiences warnings for at least one of these are sent
 */
record Subscription(
        UUID id,
        Channel channel,
        String target,
        @Nullable String secret,
        String language,
        List<String> areas,
        Severity minimumSeverity,
        Set<Audience> audiences,
        String createdBy,
        Instant createdAt,
        boolean active) {

    Subscription {
        areas = List.copyOf(areas);
        audiences = Set.copyOf(audiences);
    }

    enum Channel {
        WEBHOOK,
        EMAIL
    }
}
