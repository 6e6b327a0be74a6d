/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The substance knowledge that ships with Signaal (catalogue and group listings), for work without the application's
 * database: {@code ./signaal classify}. It knows no curated names and no structures reported since; the application
 * answers from its database instead.
 */
public final class ShippedKnowledge {

    private final StructureClassifier classifier;
    private final Map<String, CatalogueEntry> byInchiKey = new HashMap<>();
    private final GroupListings listings;
    private final Map<String, LocalDate> configuredDates;

    /**
     * @param configuredDates dates of the group listings that come from configuration, by group id (the nitazenes);
     *     a group without a date is not listed
     */
    public ShippedKnowledge(
            Collection<CatalogueEntry> catalogue, GroupListings listings, Map<String, LocalDate> configuredDates) {
        this.classifier = StructureClassifier.forCatalogue(catalogue);
        for (CatalogueEntry entry : catalogue) {
            String smiles = entry.smiles();
            String key = smiles == null ? null : classifier.classify(smiles).inchiKey();
            if (key != null) {
                byInchiKey.putIfAbsent(key, entry);
            }
        }
        this.listings = listings;
        this.configuredDates = Map.copyOf(configuredDates);
    }

    public StructureClassifier classifier() {
        return classifier;
    }

    /** The catalogue entry with the structure's InChIKey, or {@code null}. */
    public @Nullable CatalogueEntry entry(Classification structure) {
        return structure.inchiKey() == null ? null : byInchiKey.get(structure.inchiKey());
    }

    /**
     * The legal status of a classified structure on a date: as its catalogue entry (named listing, curated and
     * structural groups, exemption) when the catalogue has it, else by its structural groups alone.
     */
    public LegalStatus statusOn(Classification structure, LocalDate date) {
        CatalogueEntry entry = entry(structure);
        Set<String> groups = new LinkedHashSet<>();
        structure.groups().forEach(g -> groups.add(g.id()));
        if (entry == null) {
            return listings.statusOn(null, null, structure.exempt(), groups, date, configuredDates);
        }
        groups.addAll(entry.groups());
        return listings.statusOn(
                entry.list(), entry.listedFrom(), entry.exempt(), List.copyOf(groups), date, configuredDates);
    }
}
