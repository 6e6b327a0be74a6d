/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityUnitTests {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(SignaalApplication.class).verify();
    }
}
