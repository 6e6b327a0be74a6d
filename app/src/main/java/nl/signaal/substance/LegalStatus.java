/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether a substance is controlled under the Opium Act on a given date, and why.
 *
 * @param list {@code I}, {@code II}, {@code IA}, {@code IIA}, or {@code null} when not controlled on that date
 * @param since when the listing that applies took effect, {@code null} when it predates any record
 * @param basis in words: "named on list I", "nitazenes: group listing on list IA", "exempt medicine", "not listed"
 */
public record LegalStatus(@Nullable String list, @Nullable LocalDate since, String basis) {

    public static LegalStatus notListed(String basis) {
        return new LegalStatus(null, null, basis);
    }

    public boolean controlled() {
        return list != null;
    }
}
