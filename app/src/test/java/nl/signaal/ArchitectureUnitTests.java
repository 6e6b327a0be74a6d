/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** House rules of STYLE.md that the module check does not cover. */
class ArchitectureUnitTests {

    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.signaal");

    @Test
    void theApplicationDoesNotDependOnTheEmbeddedDatabase() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.h2..")
                .because("the code must work on PostgreSQL unchanged; H2 is only the default JDBC URL")
                .check(main);
    }

    @Test
    void sqlStaysInsideTheModulesInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc.core..", "java.sql..")
                .because("a module's SQL lives in its internal repositories (STYLE.md §3)")
                .check(main);
    }
}
