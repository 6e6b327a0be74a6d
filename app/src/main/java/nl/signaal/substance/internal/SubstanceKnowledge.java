/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.signaal.substance.Classification;
import nl.signaal.substance.LegalStatus;
import nl.signaal.substance.Recognition;
import nl.signaal.substance.StructureClassifier;
import nl.signaal.substance.Substance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's knowledge of substances, held in memory (it is small and read for every reported name) and kept in
 * step with the {@code substance_*} tables: recognition by name and by structure, search, legal status.
 */
@Component
public class SubstanceKnowledge {

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final SubstanceRepository repository;
    private final StructureClassifier classifier;
    private final SubstanceProperties properties;
    private final Clock clock;
    private volatile KnownSubstances known;

    SubstanceKnowledge(
            SubstanceRepository repository,
            StructureClassifier classifier,
            SubstanceProperties properties,
            Clock clock) {
        this.repository = repository;
        this.classifier = classifier;
        this.properties = properties;
        this.clock = clock;
        this.known = load();
    }

    private KnownSubstances load() {
        return new KnownSubstances(repository.findAll(), repository.findGroupListings());
    }

    public Optional<Substance> find(String id) {
        return known.find(id);
    }

    /** Every substance Signaal knows, by name. */
    public List<Substance> all() {
        return known.all().stream()
                .sorted(Comparator.comparing(Substance::name))
                .toList();
    }

    /** Substances whose name or synonym is like {@code query}: equal, starting with it, containing it, or alike. */
    public List<Substance> search(String query, int limit) {
        String key = NameKey.key(query);
        if (key.isEmpty()) {
            return List.of();
        }
        Map<Substance, Double> scores = new HashMap<>();
        for (Substance s : known.all()) {
            double best = Stream.concat(Stream.of(s.name()), s.synonyms().stream())
                    .map(NameKey::key)
                    .mapToDouble(
                            k -> k.equals(key) ? 3 : k.startsWith(key) ? 2 : k.contains(key) ? 1 : similarity(k, key))
                    .max()
                    .orElse(0);
            if (best > 0) {
                scores.put(s, best);
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Substance, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().name()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double similarity(String a, String b) {
        double score = SIMILARITY.apply(a, b);
        return score >= NameResolver.SUGGESTION_THRESHOLD ? score / 2 : 0;
    }

    /**
     * Recognises a reported substance: by name first; then, when the lab gave a structure, by its InChIKey; a
     * structure that no substance has is still classified into its groups.
     */
    public Recognition recognise(String name, @Nullable String smiles) {
        KnownSubstances now = known;
        NameResolver.Resolution byName = now.resolve(name);
        if (byName.resolved() && byName.substanceId() != null) {
            Substance substance = now.find(byName.substanceId()).orElseThrow();
            return new Recognition(
                    substance, method(byName.method()), substance.inchiKey(), substance.groups(), List.of(), null);
        }
        if (smiles == null || smiles.isBlank()) {
            return new Recognition(null, null, null, Set.of(), byName.suggestions(), null);
        }
        Classification structure = classifier.classify(smiles);
        if (structure.error() != null || structure.inchiKey() == null) {
            return new Recognition(null, null, null, Set.of(), byName.suggestions(), structure.error());
        }
        return now.findByInchiKey(structure.inchiKey())
                .map(s -> new Recognition(s, "structure", s.inchiKey(), s.groups(), List.of(), null))
                .orElseGet(() -> new Recognition(
                        null,
                        null,
                        structure.inchiKey(),
                        CatalogueMigration.ids(structure),
                        byName.suggestions(),
                        null));
    }

    /** The legal status of a recognised substance, or of an unknown structure by its groups, on a date. */
    public LegalStatus statusOn(Recognition recognition, LocalDate date) {
        Substance s = recognition.substance();
        if (s != null) {
            return statusOn(s, date);
        }
        return known.statusOn(null, null, false, recognition.structuralGroups(), date, configuredDates());
    }

    public LegalStatus statusOn(Substance substance, LocalDate date) {
        return known.statusOn(
                substance.list(),
                substance.listedFrom(),
                substance.exempt(),
                substance.groups(),
                date,
                configuredDates());
    }

    /**
     * A structure a lab reported that no substance has: stored under its InChIKey with the reported name, so that the
     * next mention by that name or structure is recognised.
     */
    @Transactional
    public synchronized Substance storeStructure(
            String reportedName, String smiles, String inchiKey, Set<String> groups) {
        Optional<Substance> known = this.known.findByInchiKey(inchiKey);
        if (known.isPresent()) {
            return known.get();
        }
        repository.insertStructure(inchiKey, reportedName, smiles, groups);
        if (!repository.nameExists(reportedName)) {
            repository.insertName(reportedName, inchiKey, "structure", clock.instant(), null);
        }
        this.known = load();
        return this.known.find(inchiKey).orElseThrow();
    }

    /** An analyst says what a reported name means; it is recognised from now on. */
    @Transactional
    public synchronized void curate(String reportedName, String substanceId, String by) {
        if (known.find(substanceId).isEmpty()) {
            throw new IllegalArgumentException("no substance '" + substanceId + "'");
        }
        if (!repository.nameExists(reportedName)) {
            repository.insertName(reportedName, substanceId, "curation", clock.instant(), by);
        }
        repository.removeUnresolved(reportedName);
        this.known = load();
    }

    /** Counts reported names that could not be recognised, for the curation queue. */
    @Transactional
    public void noteUnresolved(Map<String, Integer> occurrences, Map<String, List<String>> suggestions) {
        occurrences.forEach((name, n) ->
                repository.noteUnresolved(name, n, suggestions.getOrDefault(name, List.of()), clock.instant()));
    }

    public List<UnresolvedName> unresolved() {
        return repository.findUnresolved();
    }

    private Map<String, LocalDate> configuredDates() {
        LocalDate nitazenes = properties.nitazeneListingDate();
        return nitazenes == null ? Map.of() : Map.of("nitazenes", nitazenes);
    }

    private static @Nullable String method(NameResolver.@Nullable Method method) {
        return method == null
                ? null
                : method.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
