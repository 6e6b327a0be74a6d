/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.signaal.substance.SubstanceManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the rules. The shipped rules are version 1, in effect since the beginning of time so that they
 * judge any record, also one replayed from the past; an administrator adds versions that take effect at a given
 * moment. A version is never changed or removed: every signal records the version that fired.
 */
@Component
public class RuleSets {

    private final RuleSetRepository repository;
    private final SubstanceManagement substances;
    private final Clock clock;

    RuleSets(RuleSetRepository repository, SubstanceManagement substances, Clock clock) {
        this.repository = repository;
        this.substances = substances;
        this.clock = clock;
    }

    /** The version in effect now. */
    @Transactional
    public StoredRuleSet current() {
        return repository.inEffect(clock.instant()).orElseGet(() -> {
            try {
                repository.insert(
                        1, Instant.EPOCH, RuleSet.shipped(), "signaal", "shipped with Signaal", clock.instant());
            } catch (DuplicateKeyException e) {
                // another thread stored the shipped version first
            }
            return repository.inEffect(clock.instant()).orElseThrow();
        });
    }

    public List<StoredRuleSet> versions() {
        current();
        return repository.all();
    }

    /**
     * Adds a version.
     *
     * @param effectiveFrom when it takes effect; {@code null} means now
     * @throws IllegalArgumentException when the rules are not valid or name an unknown substance
     */
    @Transactional
    public synchronized StoredRuleSet add(
            String json, @Nullable Instant effectiveFrom, String author, @Nullable String note) {
        RuleSet rules = RuleSet.read(json);
        List<String> named = new java.util.ArrayList<>();
        named.addAll(rules.potentOpioids().substances());
        named.addAll(rules.misSold().substances());
        named.addAll(rules.adulterants().substances());
        named.addAll(rules.incidentCluster().ignoredSubstances());
        named.addAll(rules.statistics().ignoredSubstances());
        rules.highDose().forEach(h -> named.add(h.substance()));
        for (String id : named) {
            if (substances.find(id).isEmpty()) {
                throw new IllegalArgumentException(
                        "the rules name the substance \"" + id
                                + "\", which the catalogue does not have; use the catalogue's id (GET /api/v1/substances?q=...)");
            }
        }
        current();
        Instant now = clock.instant();
        Instant from = effectiveFrom == null ? now : effectiveFrom;
        int version = repository.newestVersion() + 1;
        repository.insert(version, from, rules.toJson(), author, note, now);
        return new StoredRuleSet(version, from, rules, author, note, now);
    }
}
