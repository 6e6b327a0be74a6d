/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.signaal.alert.Audience;
import nl.signaal.alert.DeliveryCounts;
import nl.signaal.alert.InvalidWarningException;
import nl.signaal.alert.Severity;
import nl.signaal.region.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Subscriptions (made by coordinators and administrators for organisations' systems and mailboxes) and their logs. */
@Component
class Deliveries {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DeliveryRepository repository;
    private final Regions regions;
    private final Clock clock;

    Deliveries(DeliveryRepository repository, Regions regions, Clock clock) {
        this.repository = repository;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * @throws InvalidWarningException naming every field that is wrong (the same problem format as a warning's)
     */
    @Transactional
    Subscription subscribe(
            Subscription.Channel channel,
            String target,
            String language,
            List<String> areas,
            Severity minimumSeverity,
            Set<Audience> audiences,
            String createdBy) {
        var problems = new LinkedHashMap<String, String>();
        if (channel == Subscription.Channel.WEBHOOK && !target.matches("https?://[^\\s]+")) {
            problems.put("target", "a webhook needs an http:// or https:// URL");
        }
        if (channel == Subscription.Channel.EMAIL && !ADDRESS.matcher(target).matches()) {
            problems.put("target", "\"" + target + "\" is not an e-mail address");
        }
        if (target.length() > 2000) {
            problems.put("target", "at most 2000 characters");
        }
        if (!language.equals("nl") && !language.equals("en")) {
            problems.put("language", "nl or en");
        }
        for (String area : areas) {
            if (regions.find(area).isEmpty()) {
                problems.put("areas", "\"" + area + "\" is not NL, a province or a GGD region");
            }
        }
        if (audiences.isEmpty()) {
            problems.put("audiences", "name at least one of professionals, public");
        }
        if (!problems.isEmpty()) {
            throw new InvalidWarningException(problems);
        }
        Subscription subscription = new Subscription(
                UUID.randomUUID(),
                channel,
                target,
                channel == Subscription.Channel.WEBHOOK ? secret() : null,
                language,
                areas.stream().map(a -> a.toUpperCase(Locale.ROOT)).toList(),
                minimumSeverity,
                audiences,
                createdBy,
                clock.instant(),
                true);
        repository.insert(subscription);
        return subscription;
    }

    @Transactional(readOnly = true)
    List<Subscription> subscriptions() {
        return repository.subscriptions(false);
    }

    @Transactional
    boolean unsubscribe(UUID id) {
        if (repository.subscription(id).isEmpty()) {
            return false;
        }
        repository.deactivate(id, clock.instant());
        return true;
    }

    @Transactional(readOnly = true)
    @Nullable
    List<DeliveryLogEntry> log(UUID subscriptionId) {
        return repository.subscription(subscriptionId).isEmpty() ? null : repository.log(subscriptionId, 500);
    }

    @Transactional(readOnly = true)
    DeliveryCounts counts(UUID warningId) {
        return repository.counts(warningId);
    }

    /** 32 random bytes: the webhook's signing key, shown to its subscriber once. */
    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
