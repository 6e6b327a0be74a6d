/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of STYLE.md §1, checked on every build, and the module diagrams in docs/modules. */
class ModularityUnitTests {

    private static final Path GENERATED = Path.of("target/spring-modulith-docs");
    private static final Path COMMITTED = Path.of("../docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(SignaalApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    /** The Documenter lists relations in no fixed order, so the diagrams are compared line by line, sorted. */
    @Test
    void theModuleDiagramsInDocsAreUpToDate() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        try (Stream<Path> diagrams = Files.list(GENERATED)) {
            for (Path generated :
                    diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Path committed = COMMITTED.resolve(generated.getFileName());
                assertThat(committed)
                        .as("docs/modules is out of date: copy app/target/spring-modulith-docs/*.puml to docs/modules")
                        .exists();
                assertThat(sortedLines(committed))
                        .as(
                                "docs/modules/%s is out of date: copy it from app/target/spring-modulith-docs",
                                committed.getFileName())
                        .isEqualTo(sortedLines(generated));
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
