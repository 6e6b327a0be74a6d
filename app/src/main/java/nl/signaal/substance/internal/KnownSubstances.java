/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.signaal.substance.GroupListings;
import nl.signaal.substance.LegalStatus;
import nl.signaal.substance.Substance;
import org.jspecify.annotations.Nullable;

/**
 * What Signaal knows about substances at one moment: the substances, their names for recognition, their InChIKeys,
 * and the group listings. Immutable; replaced as a whole when a name is curated or a new structure is stored.
 */
final class KnownSubstances {

    private final Map<String, Substance> byId;
    private final Map<String, Substance> byInchiKey;
    /** The first block of the InChIKey (the skeleton) to the substances that have it: several for stereoisomers. */
    private final Map<String, List<Substance>> bySkeleton;

    private final NameResolver names;
    private final GroupListings groupListings;

    KnownSubstances(Collection<Substance> substances, GroupListings groupListings) {
        this.byId = substances.stream().collect(Collectors.toUnmodifiableMap(Substance::id, Function.identity()));
        Map<String, Substance> inchi = new HashMap<>();
        List<Map.Entry<String, String>> allNames = new ArrayList<>();
        for (Substance s : substances) {
            if (s.inchiKey() != null) {
                // a catalogued substance wins over a reported structure with the same key
                inchi.merge(s.inchiKey(), s, (a, b) -> a.catalogued() ? a : b);
            }
            allNames.add(Map.entry(s.name(), s.id()));
            s.synonyms().forEach(n -> allNames.add(Map.entry(n, s.id())));
        }
        this.byInchiKey = Map.copyOf(inchi);
        this.bySkeleton = substances.stream()
                .filter(s -> s.inchiKey() != null)
                .collect(Collectors.groupingBy(s -> skeleton(s.inchiKey())));
        this.names = new NameResolver(allNames);
        this.groupListings = groupListings;
    }

    Optional<Substance> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The substance with this InChIKey; else the only one with its skeleton: the catalogue gives stereochemistry only
     * for single natural stereoisomers, and a lab's structure may give it where the catalogue does not, or not at all.
     */
    Optional<Substance> findByInchiKey(String inchiKey) {
        Substance exact = byInchiKey.get(inchiKey);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<Substance> same = bySkeleton.getOrDefault(skeleton(inchiKey), List.of());
        return same.size() == 1 ? Optional.of(same.getFirst()) : Optional.empty();
    }

    private static String skeleton(String inchiKey) {
        return inchiKey.length() >= 14 ? inchiKey.substring(0, 14) : inchiKey;
    }

    NameResolver.Resolution resolve(String name) {
        return names.resolve(name);
    }

    Collection<Substance> all() {
        return byId.values();
    }

    LegalStatus statusOn(
            @Nullable String list,
            @Nullable LocalDate listedFrom,
            boolean exempt,
            Collection<String> groups,
            LocalDate date,
            Map<String, LocalDate> configuredGroupDates) {
        return groupListings.statusOn(list, listedFrom, exempt, groups, date, configuredGroupDates);
    }
}
