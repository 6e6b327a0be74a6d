/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a reported name: the exact name or synonym, then its normalised key ({@link NameKey}), then looser keys,
 * each only when it points to one substance. What it cannot place gets ranked suggestions: the substances whose names
 * are most alike (Jaro-Winkler similarity of the keys, at least {@value #SUGGESTION_THRESHOLD}).
 *
 * <p>Immutable; built from the catalogue and the curated names, rebuilt when a name is curated.
 */
final class NameResolver {

    static final double SUGGESTION_THRESHOLD = 0.85;
    private static final int SUGGESTIONS = 5;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final Map<String, Set<String>> byExact = new HashMap<>();
    private final Map<String, Set<String>> byKey = new HashMap<>();
    /** Key without positional prefix → the full keys that have it, to tell "3,4-MDMA" from "3-MMC" and "4-MMC". */
    private final Map<String, Set<String>> prefixedKeys = new HashMap<>();

    /** @param names every name and synonym, as written, with the id of its substance */
    NameResolver(Collection<Map.Entry<String, String>> names) {
        for (var name : names) {
            byExact.computeIfAbsent(NameKey.exact(name.getKey()), k -> new LinkedHashSet<>())
                    .add(name.getValue());
            String key = NameKey.key(name.getKey());
            if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(name.getValue());
                prefixedKeys
                        .computeIfAbsent(NameKey.withoutPositionalPrefix(key), k -> new LinkedHashSet<>())
                        .add(key);
            }
        }
    }

    /** How a name was recognised, if it was. */
    enum Method {
        EXACT,
        NORMALISED,
        POSITIONAL_PREFIX
    }

    /**
     * @param substanceId the recognised substance, or {@code null}
     * @param suggestions when not recognised: the likeliest substances, best first
     */
    record Resolution(
            @Nullable String substanceId, @Nullable Method method, List<String> suggestions) {

        boolean resolved() {
            return substanceId != null;
        }
    }

    Resolution resolve(String reported) {
        String only = only(byExact.get(NameKey.exact(reported)));
        if (only != null) {
            return new Resolution(only, Method.EXACT, List.of());
        }
        String key = NameKey.key(reported);
        only = only(byKey.get(key));
        if (only != null) {
            return new Resolution(only, Method.NORMALISED, List.of());
        }
        for (String looser : NameKey.looser(reported)) {
            only = only(byKey.get(looser));
            if (only != null) {
                return new Resolution(only, Method.NORMALISED, List.of());
            }
        }
        String rest = NameKey.withoutPositionalPrefix(key);
        if (!rest.equals(key)) {
            only = only(byKey.get(rest));
            // "3,4-MDMA" → MDMA, but "2-MMC" must not become whichever MMC the catalogue holds
            Set<String> otherPrefixes = prefixedKeys.getOrDefault(rest, Set.of());
            if (only != null && otherPrefixes.stream().allMatch(k -> k.equals(rest))) {
                return new Resolution(only, Method.POSITIONAL_PREFIX, List.of());
            }
        }
        return new Resolution(null, null, suggestions(key));
    }

    private List<String> suggestions(String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        Map<String, Double> best = new HashMap<>();
        byKey.forEach((candidate, ids) -> {
            double score = SIMILARITY.apply(key, candidate);
            if (score >= SUGGESTION_THRESHOLD) {
                ids.forEach(id -> best.merge(id, score, Math::max));
            }
        });
        return best.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(SUGGESTIONS)
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }

    private static @Nullable String only(@Nullable Set<String> ids) {
        return ids != null && ids.size() == 1 ? ids.iterator().next() : null;
    }
}
