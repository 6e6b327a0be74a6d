/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One substance of the catalogue file, as curated.
 *
 * @param id a stable slug, e.g. {@code mdma}, {@code protonitazene}
 * @param smiles the parent structure (free base), or {@code null} for what has none (cannabis, "nothing detected")
 * @param groups curated group ids (e.g. {@code opioids}, {@code cutting-agents}); structural groups are added from
 *     the SMILES by the classifier
 * @param synonyms other names, in English, in Dutch and as labs write them
 * @param list the Opium Act list the substance is named on ({@code I}, {@code II}, {@code IA}, {@code IIA}), or
 *     {@code null}
 * @param listedFrom the date that listing took effect, or {@code null} when it predates any record
 * @param exempt a medicine exempted from the generic group listings (decided by InChIKey, before any pattern)
 */
public record CatalogueEntry(
        String id,
        String name,
        @Nullable String smiles,
        List<String> groups,
        List<String> synonyms,
        @Nullable String list,
        @Nullable LocalDate listedFrom,
        boolean exempt,
        @Nullable String potency,
        @Nullable String notes) {

    public CatalogueEntry {
        groups = List.copyOf(groups);
        synonyms = List.copyOf(synonyms);
    }
}
