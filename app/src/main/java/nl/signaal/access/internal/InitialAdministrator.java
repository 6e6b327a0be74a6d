/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.access.internal;

import java.util.Set;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the first start, when there is no administrator yet, creates one with a generated password and shows that
 * password once on the console. It is deliberately not logged: logs are kept and shipped, the console is not.
 */
@Component
class InitialAdministrator {

    private final AccessManagement access;
    private final AccessProperties properties;

    InitialAdministrator(AccessManagement access, AccessProperties properties) {
        this.access = access;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createWhenMissing() {
        if (!properties.createInitialAdmin() || access.accountExists("admin")) {
            return;
        }
        var organisation = access.ensureOrganisation("signaal", "Signaal administration");
        String password = access.createAccount("admin", organisation, Set.of(Role.ADMIN));
        System.out.printf(
                "%nSignaal administrator account (shown once, only its hash is stored):%n  admin  %s%n%n", password);
    }
}
