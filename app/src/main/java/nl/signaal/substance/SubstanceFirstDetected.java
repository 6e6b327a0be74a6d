/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.signaal.ingest.ObservationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * A substance or a group was seen for the first time: in the country ({@code regionCode} {@code null}) or in a GGD
 * region. For the signal engine: a new substance, above all a new nitazene or fentanyl analogue, is a signal.
 *
 * @param scope whether {@code subject} is a substance id or a group id
 * @param subject the substance id (an InChIKey for a structure no catalogue names) or the group id
 * @param reportedName the name in the record that brought it
 * @param groups the groups of the substance (for a group detection: that group)
 * @param legalStatus the list it was on at the record's date ({@code null}: not listed)
 * @param recordId the record of kind {@code kind} that brought it
 */
@Externalized("signaal.substance.first-detected::#{subject()}")
public record SubstanceFirstDetected(
        Scope scope,
        String subject,
        String reportedName,
        Set<String> groups,
        @Nullable String legalStatus,
        @Nullable String regionCode,
        LocalDate date,
        ObservationKind kind,
        UUID recordId) {

    /** What was detected for the first time. */
    public enum Scope {
        SUBSTANCE,
        GROUP
    }
}
