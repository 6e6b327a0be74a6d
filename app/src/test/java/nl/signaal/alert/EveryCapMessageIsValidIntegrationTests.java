/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.UUID;
import nl.signaal.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextManager;

/** The check that runs after every Spring test is registered, and fails on a CAP message the schema refuses. */
@SpringBootTest
@ActiveProfiles("test")
class EveryCapMessageIsValidIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void isRegisteredForEveryTestAndRefusesAnInvalidMessage() {
        assertThat(new TestContextManager(EveryCapMessageIsValidIntegrationTests.class).getTestExecutionListeners())
                .hasAtLeastOneElementOfType(EveryCapMessageIsValid.class);

        String identifier = "invalid-" + UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO alert_message (identifier, warning_id, version, msg_type, sent, sent_text, xml)
                        VALUES (:identifier, :warning, 1, 'Alert', CURRENT_TIMESTAMP, '2026-11-28T10:00:00+01:00',
                                '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>x</identifier></alert>')
                        """)
                .param("identifier", identifier)
                .param("warning", UUID.randomUUID())
                .update();
        TestContext test = mock(TestContext.class);
        when(test.hasApplicationContext()).thenReturn(true);
        when(test.getApplicationContext()).thenReturn(context);
        try {
            assertThatThrownBy(() -> new EveryCapMessageIsValid().afterTestMethod(test))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(identifier);
        } finally {
            jdbc.sql("DELETE FROM alert_message WHERE identifier = :identifier")
                    .param("identifier", identifier)
                    .update();
        }
    }
}
