/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The schema check bites: it refuses what CAP 1.2 refuses, and says where. */
class CapSchemaUnitTests {

    static final String MINIMAL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
              <identifier>x-1</identifier>
              <sender>signaal.nl</sender>
              <sent>2026-11-28T10:15:00+01:00</sent>
              <status>Actual</status>
              <msgType>Alert</msgType>
              <scope>Public</scope>
            </alert>
            """;

    @Test
    void acceptsAMinimalMessage() {
        assertThatCode(() -> CapSchema.assertValid(MINIMAL)).doesNotThrowAnyException();
    }

    @Test
    void refusesATimeInZ() {
        assertThatThrownBy(() -> CapSchema.assertValid(MINIMAL.replace("+01:00", "Z")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("line 5");
    }

    @Test
    void refusesElementsOutOfOrder() {
        String swapped = MINIMAL.replace("<status>Actual</status>", "<scope>Public</scope>")
                .replaceFirst("(?s)(<msgType>Alert</msgType>\\s*)<scope>Public</scope>", "$1<status>Actual</status>");
        assertThatThrownBy(() -> CapSchema.assertValid(swapped)).isInstanceOf(AssertionError.class);
    }

    @Test
    void refusesAnotherNamespace() {
        assertThatThrownBy(() -> CapSchema.assertValid(MINIMAL.replace("cap:1.2", "cap:1.1")))
                .isInstanceOf(AssertionError.class);
    }
}
