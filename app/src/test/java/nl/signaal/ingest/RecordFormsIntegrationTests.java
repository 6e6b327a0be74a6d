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
 * The forms for single records: the reporter's incident form and the lab's sample form. Problems come back next to
 * their fields with the other values kept and nothing stored; corrected, the record is stored with its substances or
 * results like an uploaded one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RecordFormsIntegrationTests {

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

    @Test
    void aLabRegistersASampleWithItsResultsAndSeesABadAmountNextToItsField() throws Exception {
        var lab = access.ensureOrganisation("lab-form-test", "Drug-checking service");
        SignaalUser worker = new SignaalUser("lab-form", null, lab.id(), lab.code(), Set.of(Role.LAB));
        var form = post("/samples/new")
                .param("external_id", "LAB-9")
                .param("sample_date", LocalDate.now().minusDays(1).toString())
                .param("place", "Nijmegen")
                .param("sold_as", "xtc")
                .param("form", "tablet")
                .param("tablet_logo", "Tesla")
                .param("tablet_colour", "rood")
                .param("substance_1", "MDMA")
                .param("amount_1", "265")
                .param("unit_1", "mg")
                .param("salt_form_1", "hydrochloride")
                .param("substance_2", "cafeïne")
                .with(SecurityMockMvcRequestPostProcessors.user(worker))
                .with(csrf());
        String refused = mvc.perform(form.param("amount_2", "veel").param("unit_2", "mg"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"amount_2-error\"", "value=\"Tesla\"").doesNotContain("amount_1-error");
        assertThat(samples()).isZero();

        String stored = mvc.perform(post("/samples/new")
                        .param("external_id", "LAB-9")
                        .param("sample_date", LocalDate.now().minusDays(1).toString())
                        .param("place", "Nijmegen")
                        .param("sold_as", "xtc")
                        .param("form", "tablet")
                        .param("tablet_logo", "Tesla")
                        .param("substance_1", "MDMA")
                        .param("amount_1", "265")
                        .param("unit_1", "mg")
                        .param("salt_form_1", "hydrochloride")
                        .param("substance_2", "cafeïne")
                        .with(SecurityMockMvcRequestPostProcessors.user(worker))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stored).contains("LAB-9");
        assertThat(samples()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT r.substance FROM ingest_sample s JOIN ingest_lab_result r ON r.sample_id = s.id
                        WHERE s.external_id = 'LAB-9' ORDER BY r.position
                        """).query(String.class).list()).containsExactly("MDMA", "cafeïne");
    }

    private long samples() {
        return jdbc.sql("SELECT COUNT(*) FROM ingest_sample WHERE external_id = 'LAB-9'")
                .query(Long.class)
                .single();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM ingest_incident WHERE external_id = 'AMB-77'")
                .query(Long.class)
                .single();
    }
}
