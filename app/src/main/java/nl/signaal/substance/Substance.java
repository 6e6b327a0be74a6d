/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A known substance: from the catalogue, or a structure a lab reported that no catalogue entry has (then its id is
 * its InChIKey and its name the first name it was reported under).
 *
 * @param groups curated and structural group ids
 * @param list the Opium Act list it is named on, or {@code null}
 * @param listedFrom when that listing took effect, {@code null} when it predates any record
 * @param exempt a medicine exempted from the generic group listings
 */
public record Substance(
        String id,
        String name,
        @Nullable String smiles,
        @Nullable String inchiKey,
        Set<String> groups,
        List<String> synonyms,
        @Nullable String list,
        @Nullable LocalDate listedFrom,
        boolean exempt,
        @Nullable String potency,
        @Nullable String notes,
        boolean catalogued) {

    public Substance {
        groups = Set.copyOf(groups);
        synonyms = List.copyOf(synonyms);
    }
}
