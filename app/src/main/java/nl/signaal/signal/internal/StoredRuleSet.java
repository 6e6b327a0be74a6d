/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version of the rules, with the moment it took effect and who made it. */
public record StoredRuleSet(
        int version,
        Instant effectiveFrom,
        RuleSet rules,
        String author,
        @Nullable String note,
        Instant createdAt) {}
