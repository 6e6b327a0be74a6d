/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import nl.signaal.SharedReference;
import nl.signaal.substance.internal.structure.GroupPatterns;
import org.junit.jupiter.api.Test;

/** The shipped group patterns are the verified ones of the shared reference, and every group id is distinct. */
class StructuralGroupsUnitTests {

    @Test
    void theShippedPatternsAreThoseOfTheReference() throws IOException {
        try (InputStream reference = Files.newInputStream(SharedReference.file("chem/groups.csv"))) {
            assertThat(GroupPatterns.shipped().smarts()).isEqualTo(GroupPatterns.read(reference));
        }
    }

    @Test
    void everyGroupHasAKebabCaseIdOfItsOwn() {
        assertThat(Arrays.stream(StructuralGroup.values()).map(StructuralGroup::id))
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        for (StructuralGroup group : StructuralGroup.values()) {
            assertThat(StructuralGroup.fromId(group.id())).contains(group);
            assertThat(group.pattern() == null).isEqualTo(group == StructuralGroup.OPIOIDS);
        }
    }
}
