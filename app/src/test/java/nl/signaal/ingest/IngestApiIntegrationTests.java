/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ingestion API as a client sees it: status codes, problem documents that say exactly what to fix, limits, and no
 * internals in any answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = {"signaal.ingest.max-upload-size=1KB", "signaal.ingest.max-batch-records=5"})
@ExtendWith(OutputCaptureExtension.class)
class IngestApiIntegrationTests {

    /** What no answer may contain: traces, exception class names, framework or application internals. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.|java\\.[a-z]+\\.|tools\\.jackson|com\\.fasterxml|org\\.springframework|nl\\.signaal\\.|\"trace\"");

    private static final String SAMPLE = """
            {
              "external_id": "S1",
              "sample_date": "2025-03-14",
              "region_code": "GG3406",
              "sold_as": "MDMA",
              "form": "tablet",
              "tablet": {"logo": "Tesla", "colour": "red"},
              "results": [
                {"substance": "MDMA", "amount": 182, "unit": "mg", "salt_form": "hydrochloride", "abundance": "major"}
              ]
            }
            """;

    private static final String INCIDENT = """
            {
              "external_id": "%s",
              "incident_date": "2025-03-14",
              "region_code": "GG3406",
              "setting": "festival",
              "age_band": "18-24",
              "severity": %s,
              "reporter_type": "ambulance",
              "substances": [{"substance": "MDMA", "status": "suspected"}]
            }
            """;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessManagement access;

    String lab;
    String reporter;

    @BeforeEach
    void organisation() {
        var organisation = access.ensureOrganisation(
                "api-" + UUID.randomUUID().toString().substring(0, 8), "API test organisation");
        lab = access.issueToken(organisation, "lab", Set.of(Role.LAB));
        reporter = access.issueToken(organisation, "reporter", Set.of(Role.REPORTER));
    }

    @Test
    void aNewRecordIsCreatedAndSendingItAgainChangesNothing() throws Exception {
        var created = send(json("/api/v1/samples", lab, SAMPLE));
        var again = send(json("/api/v1/samples", lab, SAMPLE));

        assertThat(created.getStatus()).isEqualTo(201);
        assertThat((Integer) read(created, "$.stored")).isEqualTo(1);
        assertThat(text(created, "$.batch_id")).isNotNull();
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((Integer) read(again, "$.stored")).isEqualTo(0);
        assertThat((Integer) read(again, "$.unchanged")).isEqualTo(1);
    }

    @Test
    void aCsvFileIsCreatedAndSendingItAgainChangesNothing() throws Exception {
        String file = IngestFixtures.SAMPLE_HEADER + """

                S1,2025-03-14,GG3406,,MDMA,tablet,Tesla,red,MDMA,182,mg,hydrochloride,major
                S2,2025-03-15,,Rotterdam,cocaine,powder,,,cocaine,64.5,percent,hydrochloride,major
                """;

        var created = send(csv("/api/v1/samples/csv", lab, file));
        var again = send(multipart("/api/v1/samples/csv")
                .file(new MockMultipartFile("file", "samples.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + lab));

        assertThat(created.getStatus()).isEqualTo(201);
        assertThat((Integer) read(created, "$.received")).isEqualTo(2);
        assertThat((Integer) read(created, "$.stored")).isEqualTo(2);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((Integer) read(again, "$.unchanged")).isEqualTo(2);
    }

    @Test
    void aCsvFileWithProblemsIsRejectedWithEveryProblemNamed() throws Exception {
        String file = IngestFixtures.SAMPLE_HEADER + """

                S1,2025-03-14,GG3406,,MDMA,tablet,,,MDMA,182,mg,hydrochloride,major
                S2,14 maart,GG3406,,MDMA,tablet,,,MDMA,150,mg,hydrochloride,major
                S3,2025-03-14,GG9999,,MDMA,tablet,,,MDMA,-5,mg,hydrochloride,major
                """;

        var response = send(csv("/api/v1/samples/csv", lab, file));

        assertRejected(response);
        List<Map<String, Object>> problems = objects(response, "$.problems");
        assertThat(problems)
                .extracting(p -> p.get("line"), p -> p.get("field"), p -> p.get("value"))
                .contains(
                        tuple(3, "sample_date", "14 maart"),
                        tuple(4, "region_code", "GG9999"),
                        tuple(4, "amount", "-5"));
        assertThat(problems).allSatisfy(p -> assertThat(p).containsKeys("line", "reason", "message"));
        assertThat((Integer) read(response, "$.problem_count")).isEqualTo(problems.size());
    }

    @Test
    void aJsonBatchWithProblemsIsRejectedWithEveryProblemNamed() throws Exception {
        String batch = "[" + SAMPLE + "," + SAMPLE.replace("S1", "S2").replace("GG3406", "GG9999") + ","
                + SAMPLE.replace("S1", "S3").replace("182", "-5") + "]";

        var response = send(json("/api/v1/samples/batch", lab, batch));

        assertRejected(response);
        List<Map<String, Object>> problems = objects(response, "$.problems");
        assertThat(problems)
                .extracting(p -> p.get("record"), p -> p.get("field"), p -> p.get("value"))
                .contains(tuple(2, "region_code", "GG9999"), tuple(3, "results[0].amount", "-5"));
        assertThat(problems).allSatisfy(p -> assertThat(p).containsKeys("record", "reason"));
    }

    @Test
    void aDateThatIsNotADateIsNamedWithItsRecordAndField() throws Exception {
        var response = send(json("/api/v1/samples", lab, SAMPLE.replace("2025-03-14", "14th March")));

        assertRejected(response);
        Map<String, Object> problem = object(response, "$.problems[0]");
        assertThat(problem)
                .containsEntry("record", 1)
                .containsEntry("field", "sample_date")
                .containsEntry("value", "14th March");
        assertThat((String) problem.get("reason")).contains("date").contains("YYYY-MM-DD");
    }

    @Test
    void aWrongTypeInTheSecondRecordOfABatchIsNamed() throws Exception {
        String batch = "[" + INCIDENT.formatted("I1", "2") + "," + INCIDENT.formatted("I2", "\"high\"") + "]";

        var response = send(json("/api/v1/incidents/batch", reporter, batch));

        assertRejected(response);
        Map<String, Object> problem = object(response, "$.problems[0]");
        assertThat(problem)
                .containsEntry("record", 2)
                .containsEntry("field", "severity")
                .containsEntry("value", "high");
        assertThat((String) problem.get("reason")).contains("whole number");
    }

    @Test
    void aValueOutsideACodeListIsNamedWithTheCodesAllowed() throws Exception {
        var response = send(json("/api/v1/samples", lab, SAMPLE.replace("\"tablet\"", "\"brick\"")));

        assertRejected(response);
        Map<String, Object> problem = object(response, "$.problems[0]");
        assertThat(problem).containsEntry("record", 1).containsEntry("field", "form");
        assertThat((String) problem.get("reason")).contains("brick").contains("tablet, powder");
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        var response = send(json("/api/v1/samples", lab, SAMPLE.replace("\"sold_as\"", "\"sold_as_name\"")));

        assertRejected(response);
        Map<String, Object> problem = object(response, "$.problems[0]");
        assertThat(problem).containsEntry("record", 1).containsEntry("field", "sold_as_name");
        assertThat((String) problem.get("reason")).contains("unknown field").contains("sold_as");
    }

    @Test
    void anUnknownNestedFieldIsNamedWithItsPath() throws Exception {
        var response =
                send(json("/api/v1/samples/batch", lab, "[" + SAMPLE.replace("\"salt_form\"", "\"salt\"") + "]"));

        assertRejected(response);
        assertThat(object(response, "$.problems[0]"))
                .containsEntry("record", 1)
                .containsEntry("field", "results[0].salt");
    }

    @ParameterizedTest
    @EnumSource(ObservationKind.class)
    void anEmptyRecordIsRejectedNotAFailure(ObservationKind kind) throws Exception {
        String token = access.issueToken(
                access.ensureOrganisation("api-admin", "API admin"), "admin-" + kind, Set.of(Role.ADMIN));

        var empty = send(json("/api/v1/" + kind.path(), token, "{}"));
        var nullRecord = send(json("/api/v1/" + kind.path() + "/batch", token, "[null]"));
        var emptyBatch = send(json("/api/v1/" + kind.path() + "/batch", token, "[]"));

        assertRejected(empty);
        assertRejected(nullRecord);
        assertThat(object(nullRecord, "$.problems[0]")).containsEntry("record", 1);
        assertRejected(emptyBatch);
    }

    @Test
    void malformedJsonIsABadRequestWithoutATrace() throws Exception {
        var response = send(json("/api/v1/samples", lab, "{\"external_id\": \"S1\", \"sample_date\": "));
        var notJson = send(json("/api/v1/samples/batch", lab, "external_id,sample_date\nS1,2025-03-14"));
        var noBody = send(json("/api/v1/samples", lab, ""));

        for (var bad : List.of(response, notJson, noBody)) {
            assertThat(bad.getStatus()).isEqualTo(400);
            assertThat(bad.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(text(bad, "$.detail")).isNotBlank();
        }
        assertThat(text(response, "$.detail")).contains("line 1");
    }

    @Test
    void aCsvUploadAboveTheLimitIsTooLargeAsBodyAndAsFile() throws Exception {
        StringBuilder file = new StringBuilder(IngestFixtures.SAMPLE_HEADER).append('\n');
        for (int i = 0; file.length() <= 2048; i++) {
            file.append("S").append(i).append(",2025-03-14,GG3406,,MDMA,tablet,,,MDMA,182,mg,hydrochloride,major\n");
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);

        var body = send(csv("/api/v1/samples/csv", lab, file.toString()));
        var part = send(multipart("/api/v1/samples/csv")
                .file(new MockMultipartFile("file", "samples.csv", "text/csv", bytes))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + lab));

        for (var tooLarge : List.of(body, part)) {
            assertThat(tooLarge.getStatus()).isEqualTo(413);
            assertThat(tooLarge.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(text(tooLarge, "$.detail")).contains("1 KB");
        }
        assertThat(text(send(get("/api/v1/samples/csv").header(HttpHeaders.AUTHORIZATION, "Bearer " + lab)), "$.kind"))
                .isEqualTo("samples");
    }

    @Test
    void aJsonBatchAboveTheRecordLimitIsTooLarge() throws Exception {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 6; i++) {
            batch.append(i == 0 ? "" : ",")
                    .append("{\"external_id\": \"I")
                    .append(i)
                    .append("\"}");
        }
        batch.append(']');

        var response = send(json("/api/v1/incidents/batch", reporter, batch.toString()));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(text(response, "$.detail")).contains("at most 5 records");
    }

    @Test
    void aJsonBodyAboveTheUploadLimitIsTooLargeBeforeItIsRead() throws Exception {
        String note = "x".repeat(2048);

        var response = send(
                json("/api/v1/samples", lab, SAMPLE.replace("\"MDMA\",", "\"MDMA\", \"note\": \"" + note + "\",")));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void anUnknownKindIsNotFound() throws Exception {
        var upload = send(csv("/api/v1/pills/csv", lab, "external_id\nP1\n"));
        var format = send(get("/api/v1/pills/csv").header(HttpHeaders.AUTHORIZATION, "Bearer " + lab));

        for (var notFound : List.of(upload, format)) {
            assertThat(notFound.getStatus()).isEqualTo(404);
            assertThat(notFound.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(text(notFound, "$.detail")).contains("pills").contains("incidents");
        }
    }

    @Test
    void aLabMayNotSendIncidents() throws Exception {
        var single = send(json("/api/v1/incidents", lab, INCIDENT.formatted("I1", "2")));
        var upload = send(csv("/api/v1/incidents/csv", lab, "external_id,incident_date\nI1,2025-03-14\n"));

        for (var forbidden : List.of(single, upload)) {
            assertThat(forbidden.getStatus()).isEqualTo(403);
            assertThat(forbidden.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        assertThat(send(json("/api/v1/incidents", reporter, INCIDENT.formatted("I1", "2")))
                        .getStatus())
                .isEqualTo(201);
    }

    @Test
    void anUnexpectedFailureIsAnsweredWithAReferenceAndNoDetails(CapturedOutput log) throws Exception {
        var response = send(get("/api/v1/test-failure").header(HttpHeaders.AUTHORIZATION, "Bearer " + lab));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).doesNotContain("secret").doesNotContain("database at");
        String reference = text(response, "$.reference");
        assertThat(reference).isNotBlank();
        assertThat(text(response, "$.detail")).contains(reference);
        assertThat(log.getOut() + log.getErr())
                .as("the log holds the reference with the whole story")
                .contains(reference)
                .contains("the secret database at 10.0.0.7 is down");
    }

    private static MockHttpServletRequestBuilder json(String path, String token, String body) {
        return post(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static MockHttpServletRequestBuilder csv(String path, String token, String body) {
        return post(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType("text/csv")
                .content(body);
    }

    /** Performs the request and checks what every answer must satisfy. */
    private MockHttpServletResponse send(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .as("the answer (%d) shows no internals", response.getStatus())
                .doesNotContainPattern(LEAK);
        return response;
    }

    private static void assertRejected(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus())
                .as(response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(422);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(text(response, "$.title")).isEqualTo("Batch rejected");
        assertThat(objects(response, "$.problems")).isNotEmpty();
    }

    private static Object read(MockHttpServletResponse response, String path) throws Exception {
        return JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), path);
    }

    private static String text(MockHttpServletResponse response, String path) throws Exception {
        return (String) read(response, path);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(MockHttpServletResponse response, String path) throws Exception {
        return (Map<String, Object>) read(response, path);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(MockHttpServletResponse response, String path) throws Exception {
        return (List<Map<String, Object>>) read(response, path);
    }

    /** An endpoint that fails the way a bug or an outage would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Failing {

        @RestController
        static class FailingController {

            @GetMapping("/api/v1/test-failure")
            String fail() {
                throw new IllegalStateException("the secret database at 10.0.0.7 is down");
            }
        }
    }
}
