/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one version of a warning says. A published version never changes; a new version replaces it.
 *
 * @param nl the Dutch text, always there
 * @param en the English text, where written
 * @param areas CBS region codes: {@code NL}, provinces ({@code PV27}) or GGD regions ({@code GG3406})
 * @param photo the id of an uploaded photo of the product, if any
 * @param validUntil when the warning expires on its own
 */
public record WarningContent(
        WarningText nl,
        @Nullable WarningText en,
        Set<Audience> audience,
        Urgency urgency,
        Severity severity,
        Certainty certainty,
        ResponseType response,
        List<String> areas,
        IdentifyingFeatures features,
        @Nullable String photo,
        Instant validUntil) {

    public WarningContent {
        audience = Set.copyOf(audience);
        areas = List.copyOf(areas);
    }

    /** The text in a language ({@code nl} or {@code en}); Dutch where there is no English. */
    public WarningText text(String language) {
        return "en".equals(language) && en != null ? en : nl;
    }
}
