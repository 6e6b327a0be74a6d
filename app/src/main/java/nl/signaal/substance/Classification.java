/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What {@link StructureClassifier} made of one SMILES.
 *
 * @param smiles the SMILES as given
 * @param parentSmiles the parent structure (largest organic fragment, neutralised) as canonical SMILES with stereo
 *     and isotopes and aromatic symbols, or {@code null} when the SMILES could not be read
 * @param inchiKey the standard InChIKey of the parent, or {@code null} when the SMILES could not be read or InChI
 *     could not be computed
 * @param molecularWeight the average molecular weight of the parent in g/mol, or {@code null} when unread
 * @param groups the structural groups, in the order of {@link StructuralGroup}; empty for an exempt medicine
 * @param exempt the parent is a medicine exempted from the generic group listings (by InChIKey)
 * @param error why the SMILES could not be read or given an InChIKey, or {@code null}
 */
public record Classification(
        String smiles,
        @Nullable String parentSmiles,
        @Nullable String inchiKey,
        @Nullable Double molecularWeight,
        Set<StructuralGroup> groups,
        boolean exempt,
        @Nullable String error) {

    public Classification {
        groups = groups.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(groups));
    }

    /** A SMILES that could not be read, for the reason given. */
    public static Classification unreadable(String smiles, String error) {
        return new Classification(smiles, null, null, null, Set.of(), false, error);
    }

    /** The structure was read (an InChI failure still leaves {@link #error()} set). */
    public boolean read() {
        return parentSmiles != null;
    }

    public boolean in(StructuralGroup group) {
        return groups.contains(group);
    }

    /** The group ids separated by {@code ;}, as in {@code ./signaal classify} output. */
    public String groupIds() {
        return groups.stream().map(StructuralGroup::id).collect(Collectors.joining(";"));
    }
}
