/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of STYLE.md §1, checked on every build, and the module diagrams in docs/modules. */
class ModularityUnitTests {

    private final ApplicationModules modules = ApplicationModules.of(SignaalApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        // the build runs in app/; the diagrams are part of the documentation at the repository root
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        assertThat(Path.of("../docs/modules/components.puml"))
                .content()
                .contains("\"Ingest\"", "\"Region\"", "\"Access\"", "\"Demo\"", "\"Web\"", "\"Cli\"");
    }
}
