/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import nl.signaal.access.SignaalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The forms for single records: the reporter's incident form, the lab's sample form (with its photo) and the lab's
 * results for a sample registered earlier. Problems come back next to
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
        // the limit is configuration: a small one keeps the too-large photo small
        registry.add("signaal.ingest.max-photo-size", () -> "64KB");
    }

    /** The first bytes of a PNG file: what tells an image by its content. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'};

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessManagement access;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IngestManagement ingest;

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
        assertThat(refused)
                .contains("id=\"amount_2-error\"", "value=\"Tesla\"")
                .as("an amount that cannot be read is the problem, not its unit")
                .doesNotContain("amount_1-error", "unit_2-error");
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

    /**
     * The same refused file in three places: the upload page in Dutch and in English says what is wrong in the
     * reader's language, the REST API in English, its contract with senders' software.
     */
    @Test
    void aProblemIsWordedInTheReadersLanguageAndTheApiStaysEnglish() throws Exception {
        var lab = access.ensureOrganisation("lab-words", "Drug-checking service");
        SignaalUser worker = new SignaalUser("lab-words", null, lab.id(), lab.code(), Set.of(Role.LAB));
        String file = IngestFixtures.SAMPLE_HEADER + """

                W1,2025-03-14,GG3406,,MDMA,tablet,,,MDMA,veel,mg,hydrochloride,major
                W2,2025-03-14,GG3406,,MDMA,tablet,,,MDMA,150,mg,,major
                """;
        var upload = multipart("/upload")
                .file(new MockMultipartFile("file", "words.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
                .param("kind", "samples")
                .with(SecurityMockMvcRequestPostProcessors.user(worker))
                .with(csrf());

        String dutch = mvc.perform(upload).andReturn().getResponse().getContentAsString();
        assertThat(dutch)
                .contains(
                        "is geen getal (gebruik een punt als decimaalteken)",
                        "een hoeveelheid heeft een zoutvorm nodig")
                .doesNotContain("is not a number", "needs its salt form", "zonder hoeveelheid");

        String english = mvc.perform(upload.param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english)
                .contains("is not a number (use a point as decimal separator)", "an amount needs its salt form")
                .doesNotContain("is geen getal");

        var api = mvc.perform(post("/api/v1/samples/csv")
                        .contentType("text/csv")
                        .content(file)
                        .header("Accept-Language", "nl")
                        .with(SecurityMockMvcRequestPostProcessors.user(worker)))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(422);
        assertThat(api.getContentAsString())
                .contains(
                        "\"reason\":\"is not a number (use a point as decimal separator)\"",
                        "\"reason\":\"an amount needs its salt form (base, hydrochloride, … or unknown)\"")
                .doesNotContain("is geen getal");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ingest_sample WHERE external_id IN ('W1', 'W2')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPhotoIsStoredOnceWithItsSampleAndShownOnlyToItsLabAndTheMonitoringCentre() throws Exception {
        var lab = access.ensureOrganisation("lab-photo", "Drug-checking service");
        SignaalUser worker = new SignaalUser("lab-photo", null, lab.id(), lab.code(), Set.of(Role.LAB));
        var photo = new MockMultipartFile("photo", "tesla.png", "application/octet-stream", PNG);

        for (int sent = 0; sent < 2; sent++) {
            String page = mvc.perform(multipart("/samples/new")
                            .file(photo)
                            .param("external_id", "LAB-PHOTO")
                            .param("sample_date", LocalDate.now().minusDays(1).toString())
                            .param("place", "Nijmegen")
                            .param("form", "tablet")
                            .param("tablet_logo", "Tesla")
                            .param("sold_as", "xtc")
                            .param("substance_1", "PMMA")
                            .with(SecurityMockMvcRequestPostProcessors.user(worker))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).as("sent %d times", sent + 1).contains("LAB-PHOTO").doesNotContain("field-error");
        }

        UUID sampleId = jdbc.sql("SELECT id FROM ingest_sample WHERE external_id = 'LAB-PHOTO'")
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("SELECT content_type FROM ingest_sample_photo WHERE sample_id = :id")
                        .param("id", sampleId)
                        .query(String.class)
                        .list())
                .as("stored once, typed by its content rather than by what the browser said")
                .containsExactly("image/png");

        var own = mvc.perform(
                        get("/samples/" + sampleId + "/photo").with(SecurityMockMvcRequestPostProcessors.user(worker)))
                .andReturn()
                .getResponse();
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentType()).isEqualTo("image/png");
        assertThat(own.getContentAsByteArray()).isEqualTo(PNG);

        var centre = access.ensureOrganisation("centre-photo", "Monitoring centre");
        var analyst = new SignaalUser("analyst-photo", null, centre.id(), centre.code(), Set.of(Role.ANALYST));
        var otherLab = new SignaalUser("other-lab-photo", null, centre.id(), centre.code(), Set.of(Role.LAB));
        var reporter = new SignaalUser("reporter-photo", null, lab.id(), lab.code(), Set.of(Role.REPORTER));
        assertThat(status(get("/samples/" + sampleId + "/photo"), analyst)).isEqualTo(200);
        assertThat(status(get("/samples/" + sampleId + "/photo"), otherLab))
                .as("another organisation's lab learns nothing of it")
                .isEqualTo(404);
        assertThat(status(get("/samples/" + sampleId + "/photo"), reporter)).isEqualTo(403);
        assertThat(mvc.perform(get("/samples/" + sampleId + "/photo"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("never public")
                .endsWith("/login");

        UUID signal = await().atMost(Duration.ofSeconds(60))
                .alias("PMMA in a sample sold as xtc becomes evidence of a signal")
                .until(
                        () -> jdbc.sql("SELECT signal_id FROM signal_evidence WHERE record_id = :id")
                                .param("id", sampleId)
                                .query(UUID.class)
                                .list(),
                        ids -> !ids.isEmpty())
                .getFirst();
        assertThat(page("/signals/" + signal, analyst))
                .as("the analyst reaches the photo from the signal's evidence")
                .contains("href=\"/samples/" + sampleId + "/photo\"");
    }

    @Test
    void aTextFileNamedLikeAPhotoAndATooLargePhotoAreRefusedNextToThePhotoWithNothingStored() throws Exception {
        var lab = access.ensureOrganisation("lab-bad-photo", "Drug-checking service");
        SignaalUser worker = new SignaalUser("lab-bad-photo", null, lab.id(), lab.code(), Set.of(Role.LAB));
        byte[] large = new byte[64 * 1024 + 1];
        System.arraycopy(PNG, 0, large, 0, PNG.length);

        for (var photo : List.of(
                new MockMultipartFile("photo", "pill.jpg", "image/jpeg", "not a photo at all\n".getBytes()),
                new MockMultipartFile("photo", "large.png", "image/png", large))) {
            String page = mvc.perform(multipart("/samples/new")
                            .file(photo)
                            .param("external_id", "LAB-BAD-PHOTO")
                            .param("sample_date", LocalDate.now().minusDays(1).toString())
                            .param("place", "Nijmegen")
                            .param("form", "tablet")
                            .param("tablet_logo", "Tesla")
                            .with(SecurityMockMvcRequestPostProcessors.user(worker))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .as(photo.getOriginalFilename())
                    .contains("id=\"photo-error\"", "value=\"Tesla\"", "Kies de foto opnieuw");
        }
        assertThat(page("/samples/new", worker))
                .as("a blank form has no problems")
                .doesNotContain("photo-error");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ingest_sample WHERE external_id = 'LAB-BAD-PHOTO'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ingest_sample_photo")
                        .query(Long.class)
                        .single())
                .as("no photo without its sample")
                .isEqualTo(jdbc.sql("""
                                SELECT COUNT(*) FROM ingest_sample_photo p
                                JOIN ingest_sample s ON s.id = p.sample_id
                                """).query(Long.class).single());
    }

    @Test
    void aLabEntersResultsForItsEarlierSampleAsTheCsvWould() throws Exception {
        var lab = access.ensureOrganisation("lab-results", "Drug-checking service");
        var other = access.ensureOrganisation("lab-results-other", "Another drug-checking service");
        SignaalUser worker = new SignaalUser("lab-results", null, lab.id(), lab.code(), Set.of(Role.LAB));
        String yesterday = LocalDate.now().minusDays(1).toString();
        for (var organisation : List.of(lab, other)) {
            ingest.ingestCsv(
                    ObservationKind.SAMPLE,
                    null,
                    organisation.id(),
                    new ByteArrayInputStream(("external_id,sample_date,place,sold_as,form\n"
                                    + ("RES-1," + yesterday + ",Nijmegen,xtc,tablet\n")
                                    + ("RES-OTHER-" + organisation.code() + "," + yesterday + ",Nijmegen,xtc,tablet\n"))
                            .getBytes(StandardCharsets.UTF_8)),
                    "test");
        }

        String blank = page("/samples/results", worker);
        assertThat(blank)
                .as("the lab's own samples waiting for results, each linking to the form")
                .contains("/samples/results?sample_external_id=RES-1\"")
                .doesNotContain("RES-OTHER-" + other.code());
        assertThat(page("/samples/results?sample_external_id=RES-1", worker))
                .contains("name=\"sample_external_id\" type=\"text\" value=\"RES-1\"");

        String unknown = results(worker, "RES-404", "MDMA", "120");
        assertThat(unknown).contains("id=\"sample_external_id-error\"", "value=\"RES-404\"", "value=\"MDMA\"");
        assertThat(results(worker, "RES-OTHER-" + other.code(), "MDMA", "120"))
                .as("another organisation's sample is not reachable")
                .contains("id=\"sample_external_id-error\"");
        assertThat(results(worker, "RES-1", "MDMA", "veel"))
                .contains("id=\"amount_1-error\"", "value=\"veel\"")
                .doesNotContain("sample_external_id-error");
        assertThat(labResults("RES-1")).isEmpty();

        String stored = mvc.perform(post("/samples/results")
                        .param("sample_external_id", "RES-1")
                        .param("substance_1", "MDMA")
                        .param("amount_1", "120")
                        .param("unit_1", "mg")
                        .param("salt_form_1", "hydrochloride")
                        .param("substance_2", "PMMA")
                        .param("amount_2", "40")
                        .param("unit_2", "mg")
                        .param("salt_form_2", "hydrochloride")
                        .with(SecurityMockMvcRequestPostProcessors.user(worker))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stored).contains("RES-1").doesNotContain("field-error");
        assertThat(labResults("RES-1")).containsExactly("MDMA", "PMMA");
        assertThat(stored).as("no longer waiting").doesNotContain("/samples/results?sample_external_id=RES-1\"");

        UUID sampleId = jdbc.sql("SELECT id FROM ingest_sample WHERE external_id = 'RES-1' AND organisation_id = :o")
                .param("o", lab.id())
                .query(UUID.class)
                .single();
        UUID batch = jdbc.sql("SELECT results_batch_id FROM ingest_sample WHERE id = :id")
                .param("id", sampleId)
                .query(UUID.class)
                .single();
        assertThat(ingest.findings(batch))
                .as("what the signal rules read of the batch, as for a CSV of lab results")
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.externalId()).isEqualTo("RES-1");
                    assertThat(r.findings())
                            .extracting(RecordFindings.Finding::substance)
                            .containsExactly("MDMA", "PMMA");
                });
        await().atMost(Duration.ofSeconds(60))
                .alias("PMMA in a sample sold as xtc becomes evidence of a signal")
                .until(
                        () -> jdbc.sql("SELECT COUNT(*) FROM signal_evidence WHERE record_id = :id")
                                .param("id", sampleId)
                                .query(Long.class)
                                .single(),
                        n -> n > 0);

        assertThat(results(worker, "RES-1", "caffeine", ""))
                .as("a sample has its results once: the CSV path's refusal, next to the sample's id")
                .contains("id=\"sample_external_id-error\"", "is eerder opgeslagen met andere inhoud");
        assertThat(labResults("RES-1")).containsExactly("MDMA", "PMMA");
    }

    private String results(SignaalUser user, String sample, String substance, String amount) throws Exception {
        return mvc.perform(post("/samples/results")
                        .param("sample_external_id", sample)
                        .param("substance_1", substance)
                        .param("amount_1", amount)
                        .param("unit_1", amount.isEmpty() ? "" : "mg")
                        .param("salt_form_1", amount.isEmpty() ? "" : "hydrochloride")
                        .with(SecurityMockMvcRequestPostProcessors.user(user))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<String> labResults(String sample) {
        return jdbc.sql("""
                        SELECT r.substance FROM ingest_sample s JOIN ingest_lab_result r ON r.sample_id = s.id
                        WHERE s.external_id = :sample ORDER BY r.position
                        """).param("sample", sample).query(String.class).list();
    }

    private String page(String path, SignaalUser user) throws Exception {
        return mvc.perform(get(path).with(SecurityMockMvcRequestPostProcessors.user(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request, SignaalUser user) throws Exception {
        return mvc.perform(request.with(SecurityMockMvcRequestPostProcessors.user(user)))
                .andReturn()
                .getResponse()
                .getStatus();
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
