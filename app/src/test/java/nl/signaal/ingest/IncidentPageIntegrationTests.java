/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Set;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import nl.signaal.access.SignaalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reporter's incident form: a wrong date and a missing severity come back next to their fields with the other
 * values kept and nothing stored; corrected, the incident is stored with its substances like an uploaded one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IncidentPageIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessManagement access;

    @Autowired
    JdbcClient jdbc;

    @Test
    void problemsNextToTheirFieldsThenStoredWithItsSubstances() throws Exception {
        var ambulance = access.ensureOrganisation("ambulance-test", "Ambulance service");
        access.createAccount("paramedic", ambulance, Set.of(Role.REPORTER));
        SignaalUser reporter =
                new SignaalUser("paramedic", null, ambulance.id(), ambulance.code(), Set.of(Role.REPORTER));

        String refused = mvc.perform(post("/incidents/new")
                        .param("external_id", "AMB-77")
                        .param("incident_date", "2026-02-30")
                        .param("reporter_type", "ambulance")
                        .param("setting", "festival")
                        .param("place", "Utrecht")
                        .param("substance_1", "MDMA")
                        .param("substance_status_1", "suspected")
                        .with(SecurityMockMvcRequestPostProcessors.user(reporter))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("id=\"incident_date-error\"", "id=\"severity-error\"", "value=\"Utrecht\"", "value=\"MDMA\"");
        assertThat(count()).isZero();

        String stored = mvc.perform(post("/incidents/new")
                        .param("external_id", "AMB-77")
                        .param("incident_date", LocalDate.now().minusDays(1).toString())
                        .param("severity", "3")
                        .param("reporter_type", "ambulance")
                        .param("setting", "festival")
                        .param("place", "Utrecht")
                        .param("substance_1", "MDMA")
                        .param("substance_status_1", "suspected")
                        .param("substance_2", "GHB")
                        .param("substance_status_2", "confirmed")
                        .with(SecurityMockMvcRequestPostProcessors.user(reporter))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stored).contains("AMB-77", "opgeslagen");
        assertThat(count()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT x.substance || ':' || x.status FROM ingest_incident i
                        JOIN ingest_incident_substance x ON x.incident_id = i.id
                        WHERE i.external_id = 'AMB-77' ORDER BY x.position
                        """).query(String.class).list()).containsExactly("MDMA:suspected", "GHB:confirmed");
        assertThat(jdbc.sql("SELECT region_code FROM ingest_incident WHERE external_id = 'AMB-77'")
                        .query(String.class)
                        .single())
                .as("the place gives the GGD region")
                .isEqualTo("GG2514");
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM ingest_incident WHERE external_id = 'AMB-77'")
                .query(Long.class)
                .single();
    }
}
