/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.EnumSet;
import java.util.Set;
import nl.signaal.access.Role;
import nl.signaal.access.SignaalUser;
import nl.signaal.ingest.ObservationKind;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may send which kind of record. Laboratories send what they analyse (samples, seizures, wastewater, toxicology),
 * reporters send incidents (a forensic doctor also toxicology cases), analysts enter indicators; administrators may
 * load any reference file.
 */
final class SenderRoles {

    private SenderRoles() {}

    static Set<Role> of(ObservationKind kind) {
        return switch (kind) {
            case SAMPLE, LAB_RESULTS, SEIZURE, WASTEWATER -> EnumSet.of(Role.LAB, Role.ADMIN);
            case INCIDENT -> EnumSet.of(Role.REPORTER, Role.ADMIN);
            case TOXICOLOGY_CASE -> EnumSet.of(Role.LAB, Role.REPORTER, Role.ADMIN);
            case INDICATOR -> EnumSet.of(Role.ANALYST, Role.ADMIN);
        };
    }

    static void check(SignaalUser user, ObservationKind kind) {
        if (of(kind).stream().noneMatch(user::has)) {
            throw new AccessDeniedException(kind.path() + " may be sent by the roles " + of(kind));
        }
    }
}
