/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What Signaal made of a reported substance.
 *
 * @param substance the substance recognised by name or by structure, or {@code null}
 * @param method how: {@code exact}, {@code normalised}, {@code positional-prefix}, {@code structure}, or {@code null}
 * @param inchiKey the InChIKey of the reported structure, if one was given and could be read
 * @param structuralGroups the groups the reported structure belongs to (also when no substance was recognised)
 * @param suggestions when nothing was recognised: the likeliest substance ids, best first
 * @param error why a reported structure could not be read
 */
public record Recognition(
        @Nullable Substance substance,
        @Nullable String method,
        @Nullable String inchiKey,
        Set<String> structuralGroups,
        List<String> suggestions,
        @Nullable String error) {

    public boolean recognised() {
        return substance != null;
    }
}
