/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.access;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The roles of DESIGN.md §8. Public pages need none. */
public enum Role {
    /** A drug-checking service or laboratory: registers samples and lab results, also seizures and wastewater. */
    LAB,
    /** An incident reporter: ambulance, emergency department, first aid, forensic doctor, poison centre. */
    REPORTER,
    /** An analyst at the national monitoring centre: works signals, enters indicators. */
    ANALYST,
    /** Approves and publishes warnings. */
    COORDINATOR,
    /** Manages organisations, accounts and tokens. */
    ADMIN;

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }
}
