/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import nl.signaal.alert.WarningFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks every endpoint the application maps and proves that nothing that is not public answers without the right
 * role. The tables below are the authority: an endpoint missing from them fails the walk, so a new endpoint cannot go
 * live unclassified. The walk runs through MockMvc with the real security filter chain and real credentials (API tokens
 * and HTTP Basic for the API, form login for the pages); what only a real server shows (session cookies, error pages
 * rendered by the container's error dispatch) is checked over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointSecurityIntegrationTests {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

    /** Who may send each kind of record (DESIGN.md §8): the kind is the first path segment after /api/v1. */
    private static final Map<String, Set<Role>> SENDERS = Map.of(
            "samples", EnumSet.of(Role.LAB, Role.ADMIN),
            "lab-results", EnumSet.of(Role.LAB, Role.ADMIN),
            "seizures", EnumSet.of(Role.LAB, Role.ADMIN),
            "wastewater", EnumSet.of(Role.LAB, Role.ADMIN),
            "toxicology-cases", EnumSet.of(Role.LAB, Role.REPORTER, Role.ADMIN),
            "incidents", EnumSet.of(Role.REPORTER, Role.ADMIN),
            "indicators", EnumSet.of(Role.ANALYST, Role.ADMIN));

    /** Realistic values for the path variables of the mapped patterns; every value is tried. */
    private static final Map<String, List<String>> PATH_VALUES = Map.ofEntries(
            entry("kind", List.copyOf(new TreeSet<>(SENDERS.keySet()))),
            entry("id", List.of("mdma")),
            entry("signalId", List.of("0b9e3b4e-6f0e-4a57-9d6c-2f1c0c1d5e10")),
            entry("warningId", List.of("5d0c6c9e-2b1f-4f0e-8a43-7e3f1c2d9a11")),
            entry("photoId", List.of("a9993e364706816aba3e25717850c26c9cd0d89d")),
            entry("sampleId", List.of("3f2b8c1e-5a4d-4e7f-9b6a-1c0d2e3f4a51")),
            entry("subscriptionId", List.of("7c1f0e52-93a4-4d8e-b3f5-0a6d2c8e4b17")),
            entry("datasetId", List.of("4e8d1a72-0c3b-4f59-a6e2-9b7c5d3f1e08")),
            entry(
                    "path",
                    List.of("trends", "map", "composition", "adulteration", "sold-as", "wastewater", "indicators")),
            entry("level", List.of("GGD", "PROVINCE")),
            // below /actuator/health: the health groups, the Kubernetes probes
            entry("**", List.of("liveness", "readiness")));

    /**
     * Every endpoint, as {@code METHOD pattern} ({@code *} when the mapping takes any method), and who may call it.
     * Add a new endpoint here when the walk asks you to classify it.
     */
    private static final Map<String, Access> ENDPOINTS = Map.ofEntries(
            // pages anyone may see
            entry("GET /", Access.PUBLIC),
            entry("GET /demo-status", Access.PUBLIC),
            entry("GET /login", Access.PUBLIC),
            entry("* /error", Access.PUBLIC),
            // operations: health for the load balancer and the probes, everything else for administrators
            entry("GET /actuator/health", Access.PUBLIC),
            entry("GET /actuator/health/**", Access.PUBLIC),
            entry("GET /actuator", Access.roles(Role.ADMIN)),
            // the API documentation is public: it tells organisations how to send data, it holds none
            entry("GET /v3/api-docs", Access.PUBLIC),
            entry("GET /v3/api-docs.yaml", Access.PUBLIC),
            entry("GET /v3/api-docs/swagger-config", Access.PUBLIC),
            entry("GET /swagger-ui.html", Access.PUBLIC),
            // ingestion
            entry("POST /api/v1/samples", Access.senders("samples")),
            entry("POST /api/v1/samples/batch", Access.senders("samples")),
            entry("POST /api/v1/lab-results", Access.senders("lab-results")),
            entry("POST /api/v1/lab-results/batch", Access.senders("lab-results")),
            entry("POST /api/v1/incidents", Access.senders("incidents")),
            entry("POST /api/v1/incidents/batch", Access.senders("incidents")),
            entry("POST /api/v1/seizures", Access.senders("seizures")),
            entry("POST /api/v1/seizures/batch", Access.senders("seizures")),
            entry("POST /api/v1/toxicology-cases", Access.senders("toxicology-cases")),
            entry("POST /api/v1/toxicology-cases/batch", Access.senders("toxicology-cases")),
            entry("POST /api/v1/wastewater", Access.senders("wastewater")),
            entry("POST /api/v1/wastewater/batch", Access.senders("wastewater")),
            entry("POST /api/v1/indicators", Access.senders("indicators")),
            entry("POST /api/v1/indicators/batch", Access.senders("indicators")),
            entry("POST /api/v1/{kind}/csv", Access.sendersOfTheKind()),
            // the CSV layout of a kind: any organisation or account may read it
            entry("GET /api/v1/{kind}/csv", Access.ANY_ROLE),
            // the substance catalogue and classification: any organisation or account
            entry("GET /api/v1/substances", Access.ANY_ROLE),
            // the upload page offers each role the kinds it may send
            entry("GET /upload", Access.ANY_ROLE),
            entry("POST /upload", Access.ANY_ROLE),
            entry("GET /incidents/new", Access.senders("incidents")),
            entry("GET /samples/new", Access.senders("samples")),
            entry("POST /samples/new", Access.senders("samples")),
            entry("POST /incidents/new", Access.senders("incidents")),
            entry("GET /samples/results", Access.senders("lab-results")),
            entry("POST /samples/results", Access.senders("lab-results")),
            // a sample's photo: never public; labs see their own organisation's (the walk's sample is theirs)
            entry("GET /samples/{sampleId}/photo", Access.roles(Role.LAB, Role.ANALYST, Role.COORDINATOR, Role.ADMIN)),
            entry("GET /api/v1/substances/{id}", Access.ANY_ROLE),
            entry("POST /api/v1/classify", Access.ANY_ROLE),
            // the curation of unrecognised names: the monitoring centre
            entry("GET /api/v1/substances/unresolved", Access.roles(Role.ANALYST, Role.ADMIN)),
            entry("POST /api/v1/substances/unresolved/resolve", Access.roles(Role.ANALYST, Role.ADMIN)),
            entry("GET /substances/unresolved", Access.roles(Role.ANALYST, Role.ADMIN)),
            entry("POST /substances/unresolved", Access.roles(Role.ANALYST, Role.ADMIN)),
            // the signal queue and workflow: the monitoring centre; a new version of the rules: administrators
            entry("GET /api/v1/signals", Access.MONITORING),
            entry("GET /api/v1/signals/{signalId}", Access.MONITORING),
            entry("POST /api/v1/signals/{signalId}/state", Access.MONITORING),
            entry("POST /api/v1/signals/{signalId}/assignee", Access.MONITORING),
            entry("POST /api/v1/signals/{signalId}/comments", Access.MONITORING),
            entry("GET /api/v1/signal-rules", Access.MONITORING),
            entry("PUT /api/v1/signal-rules", Access.roles(Role.ADMIN)),
            entry("GET /signals", Access.MONITORING),
            entry("GET /signals/{signalId}", Access.MONITORING),
            entry("POST /signals/{signalId}/state", Access.MONITORING),
            entry("POST /signals/{signalId}/assignee", Access.MONITORING),
            entry("POST /signals/{signalId}/comments", Access.MONITORING),
            // weekly series and statistics runs: the monitoring centre
            entry("POST /api/v1/statistics/runs", Access.MONITORING),
            // warnings: read by anyone once published; the desk for the monitoring centre, approval for coordinators
            entry("GET /warnings", Access.PUBLIC),
            // population estimates: the monitoring centre
            entry("GET /estimates", Access.MONITORING),
            entry("POST /estimates", Access.MONITORING),
            entry("GET /estimates/{datasetId}", Access.MONITORING),
            entry("GET /estimates/{datasetId}.csv", Access.MONITORING),
            // the dashboards: public, with small cells suppressed for all but the monitoring centre
            entry("GET /dashboard", Access.PUBLIC),
            entry("GET /dashboard/{path}", Access.PUBLIC),
            entry("GET /dashboard/{path}.csv", Access.PUBLIC),
            entry("GET /dashboard/geo/{level}.json", Access.PUBLIC),
            entry("GET /warnings/{warningId}", Access.PUBLIC),
            entry("GET /warnings/photos/{photoId}", Access.PUBLIC),
            entry("GET /feeds/warnings.atom", Access.PUBLIC),
            entry("GET /feeds/cap.atom", Access.PUBLIC),
            entry("GET /api/v1/warnings/{warningId}.cap", Access.PUBLIC),
            entry("GET /api/v1/warnings", Access.MONITORING),
            entry("GET /api/v1/warnings/{warningId}", Access.MONITORING),
            entry("GET /api/v1/warnings/{warningId}/effectiveness", Access.MONITORING),
            entry("POST /api/v1/warnings", Access.WARNING_WRITERS),
            entry("PUT /api/v1/warnings/{warningId}/draft", Access.WARNING_WRITERS),
            entry("POST /api/v1/warnings/{warningId}/versions", Access.WARNING_WRITERS),
            entry("POST /api/v1/warning-photos", Access.WARNING_WRITERS),
            entry("POST /api/v1/warnings/{warningId}/approval", Access.roles(Role.COORDINATOR)),
            entry("POST /api/v1/warnings/{warningId}/cancellation", Access.roles(Role.COORDINATOR)),
            entry("GET /alerts", Access.MONITORING),
            entry("GET /alerts/new", Access.MONITORING),
            entry("GET /alerts/{warningId}", Access.MONITORING),
            entry("POST /alerts", Access.WARNING_WRITERS),
            entry("POST /alerts/{warningId}", Access.WARNING_WRITERS),
            entry("POST /alerts/{warningId}/approval", Access.roles(Role.COORDINATOR)),
            entry("POST /alerts/{warningId}/cancellation", Access.roles(Role.COORDINATOR)),
            entry("GET /api/v1/subscriptions", Access.roles(Role.COORDINATOR, Role.ADMIN)),
            entry("POST /api/v1/subscriptions", Access.roles(Role.COORDINATOR, Role.ADMIN)),
            entry("DELETE /api/v1/subscriptions/{subscriptionId}", Access.roles(Role.COORDINATOR, Role.ADMIN)),
            entry("GET /api/v1/subscriptions/{subscriptionId}/deliveries", Access.roles(Role.COORDINATOR, Role.ADMIN)),
            entry("GET /api/v1/series", Access.MONITORING));

    private static final List<HttpMethod> ANY_METHOD =
            List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /** A path variable ({@code {kind}}, {@code {*path}}, {@code {id:\\d+}}) or a trailing {@code **}. */
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(?::[^}]*)?}|\\*\\*");

    /** What no response may contain: traces, exception class names, framework internals. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.|java\\.[a-z]+\\.|tools\\.jackson|org\\.springframework|nl\\.signaal\\.|Whitelabel|\"trace\"");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessManagement access;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private final Map<Role, String> passwords = new EnumMap<>(Role.class);
    private final Map<Role, MockHttpSession> sessions = new EnumMap<>(Role.class);
    private String revokedToken;

    @BeforeAll
    void organisationsAccountsAndTokens() throws Exception {
        var organisation = access.ensureOrganisation("walk", "Endpoint walk");
        for (Role role : Role.values()) {
            String name = name(role);
            passwords.put(role, access.createAccount(name, organisation, Set.of(role)));
            tokens.put(role, access.issueToken(organisation, name, Set.of(role)));
            MvcResult login = mvc.perform(formLogin("/login").user(name).password(passwords.get(role)))
                    .andReturn();
            assertThat(login.getResponse().getRedirectedUrl())
                    .as("form login of %s", name)
                    .isEqualTo("/");
            sessions.put(role, (MockHttpSession) login.getRequest().getSession(false));
        }
        revokedToken = access.issueToken(organisation, "revoked", EVERY_ROLE);
        jdbc.sql("UPDATE access_api_token SET revoked_at = CURRENT_TIMESTAMP WHERE name = 'revoked'")
                .update();
        // the signal of PATH_VALUES, so that an allowed call reaches the endpoint rather than a 404
        jdbc.sql("""
                        INSERT INTO signal_signal (id, kind, subject_scope, subject, subject_name, region, priority,
                                                   score, state, rule_version, first_evidence_on, last_evidence_on,
                                                   evidence_count, detected_at, updated_at)
                        VALUES (CAST(:id AS UUID), 'FIRST_DETECTION', 'SUBSTANCE', 'mdma', 'MDMA', 'NL', 2, 0.9,
                                'NEW', 1, CURRENT_DATE, CURRENT_DATE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                        """).param("id", PATH_VALUES.get("signalId").getFirst()).update();
        // and the warning of PATH_VALUES, a draft by someone outside the walk, so a coordinator's approval is allowed
        jdbc.sql("""
                        INSERT INTO alert_warning (id, state, version, created_by, created_at, valid_until, updated_at)
                        VALUES (CAST(:id AS UUID), 'DRAFT', 1, 'walk-author', CURRENT_TIMESTAMP, :until,
                                CURRENT_TIMESTAMP)
                        """)
                .param("id", PATH_VALUES.get("warningId").getFirst())
                .param("until", OffsetDateTime.now().plusDays(30))
                .update();
        jdbc.sql("""
                        INSERT INTO alert_version (warning_id, version, content, author, created_at)
                        VALUES (CAST(:id AS UUID), 1, :content, 'walk-author', CURRENT_TIMESTAMP)
                        """)
                .param("id", PATH_VALUES.get("warningId").getFirst())
                .param(
                        "content",
                        JsonMapper.shared().writeValueAsString(WarningFixtures.nitazene("Walk", List.of("NL"))))
                .update();
        // and the sample of PATH_VALUES, with a photo, sent by the walk's organisation
        jdbc.sql("""
                        INSERT INTO ingest_sample (id, batch_id, organisation_id, external_id, sample_date, country, form,
                                                   fingerprint)
                        VALUES (CAST(:id AS UUID), CAST(:id AS UUID), :organisation, 'walk-sample', CURRENT_DATE, 'NL',
                                'tablet', :fingerprint)
                        """)
                .param("id", PATH_VALUES.get("sampleId").getFirst())
                .param("organisation", organisation.id())
                .param("fingerprint", "0".repeat(64))
                .update();
        jdbc.sql("""
                        INSERT INTO ingest_sample_photo (sample_id, content_type, content)
                        VALUES (CAST(:id AS UUID), 'image/png', :content)
                        """)
                .param("id", PATH_VALUES.get("sampleId").getFirst())
                .param("content", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
                .update();
        // and the capture histories of PATH_VALUES
        jdbc.sql("""
                        INSERT INTO estimate_dataset (id, name, lists, created_at, created_by)
                        VALUES (CAST(:id AS UUID), 'walk', 'A,B,C', CURRENT_TIMESTAMP, 'walk-author')
                        """).param("id", PATH_VALUES.get("datasetId").getFirst()).update();
        jdbc.sql("""
                        INSERT INTO estimate_cell (dataset_id, stratum, history, people)
                        VALUES (CAST(:id AS UUID), '', '100', 50), (CAST(:id AS UUID), '', '010', 40),
                               (CAST(:id AS UUID), '', '001', 30), (CAST(:id AS UUID), '', '110', 10),
                               (CAST(:id AS UUID), '', '101', 8), (CAST(:id AS UUID), '', '011', 6),
                               (CAST(:id AS UUID), '', '111', 2)
                        """).param("id", PATH_VALUES.get("datasetId").getFirst()).update();
        // and the subscription of PATH_VALUES
        jdbc.sql("""
                        INSERT INTO alert_subscription (id, channel, target, language, areas, min_severity, audiences,
                                                        created_by, created_at, active)
                        VALUES (CAST(:id AS UUID), 'EMAIL', 'walk@example.org', 'nl', '', 'UNKNOWN', 'PUBLIC',
                                'walk-author', CURRENT_TIMESTAMP, TRUE)
                        """).param("id", PATH_VALUES.get("subscriptionId").getFirst()).update();
    }

    private static String name(Role role) {
        return "walk-" + role.name().toLowerCase(Locale.ROOT);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersOnlyTheRolesItIsFor() {
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> walked = new LinkedHashSet<>();
        for (Mapping mapping : mappings()) {
            walked.add(mapping.key());
            Access access = ENDPOINTS.get(mapping.key());
            for (Call call : mapping.calls()) {
                tests.add(DynamicTest.dynamicTest(call.toString(), () -> {
                    assertThat(access)
                            .as(
                                    "classify this new endpoint: add '%s' to EndpointSecurityIntegrationTests.ENDPOINTS"
                                            + " as public or with the roles that may call it",
                                    mapping.key())
                            .isNotNull();
                    check(call, access);
                }));
            }
        }
        for (String key : ENDPOINTS.keySet()) {
            tests.add(DynamicTest.dynamicTest(
                    "table entry " + key,
                    () -> assertThat(walked)
                            .as("'%s' is in the table but no longer mapped: remove it", key)
                            .contains(key)));
        }
        return tests.stream();
    }

    @Test
    void theWalkSeesEveryKindOfHandlerMapping() {
        // endpoints outside request mappings (functional routes) would escape the walk
        assertThat(context.getBeansOfType(RouterFunction.class))
                .as("functional endpoints are not walked yet: extend this test before adding one")
                .isEmpty();
        assertThat(mappings())
                .as("the walk found the ingestion API")
                .anyMatch(m -> m.key().equals("POST /api/v1/{kind}/csv"));
    }

    private void check(Call call, Access access) throws Exception {
        if (access.isPublic()) {
            var response = perform(call, Caller.anonymous());
            assertThat(response.getStatus()).as("%s is public", call).isNotEqualTo(401);
            assertThat(String.valueOf(response.getRedirectedUrl()))
                    .as("%s is public", call)
                    .doesNotEndWith("/login");
            return;
        }
        Set<Role> allowed = access.roles().apply(call.variables());
        assertThat(allowed).as("roles for %s", call).isNotNull().isNotEmpty();
        if (call.api()) {
            assertUnauthorised(call, Caller.anonymous(), "without credentials");
            assertUnauthorised(call, Caller.bearer("sgl_" + "x".repeat(43)), "with an unknown token");
            assertUnauthorised(call, Caller.bearer("not-a-token"), "with a malformed token");
            assertUnauthorised(call, Caller.bearer(revokedToken), "with a revoked token");
            assertUnauthorised(
                    call, Caller.basic(name(Role.ADMIN), passwords.get(Role.ADMIN) + "x"), "with a wrong password");
            for (Role role : Role.values()) {
                check(call, allowed, role, Caller.bearer(tokens.get(role)));
                check(call, allowed, role, Caller.basic(name(role), passwords.get(role)));
            }
        } else {
            var anonymous = perform(call, Caller.anonymous());
            assertThat(anonymous.getStatus()).as("%s without login", call).isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl())
                    .as("%s without login", call)
                    .endsWith("/login");
            for (Role role : Role.values()) {
                check(call, allowed, role, Caller.session(sessions.get(role)));
                if (call.method() != HttpMethod.GET && allowed.contains(role)) {
                    var forged =
                            perform(call, Caller.session(sessions.get(role)).withoutCsrf());
                    assertThat(forged.getStatus())
                            .as("%s without a CSRF token", call)
                            .isEqualTo(403);
                }
            }
        }
    }

    private void check(Call call, Set<Role> allowed, Role role, Caller caller) throws Exception {
        var response = perform(call, caller);
        String as = "%s by %s (%s)".formatted(call, role, caller.kind());
        if (allowed.contains(role)) {
            assertThat(response.getStatus())
                    .as(as + ": allowed, so it must reach the endpoint")
                    .isNotIn(401, 403, 404, 405, 415);
            // a form answers with a redirect to its page (post, redirect, get); never to the login
            String redirect = response.getRedirectedUrl();
            assertThat(redirect == null || !redirect.endsWith("/login"))
                    .as(as + ": redirected to " + redirect)
                    .isTrue();
        } else {
            assertThat(response.getStatus()).as(as + ": not allowed").isEqualTo(403);
            if (call.api()) {
                assertThat(response.getContentType()).as(as).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                assertThat(response.getContentAsString()).as(as).doesNotContainPattern(LEAK);
            }
        }
    }

    private void assertUnauthorised(Call call, Caller caller, String how) throws Exception {
        var response = perform(call, caller);
        assertThat(response.getStatus()).as("%s %s", call, how).isEqualTo(401);
        assertThat(response.getContentType())
                .as("%s %s", call, how)
                .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE))
                .as("%s %s", call, how)
                .contains("Bearer");
        assertThat(response.getContentAsString()).as("%s %s", call, how).doesNotContainPattern(LEAK);
    }

    private MockHttpServletResponse perform(Call call, Caller caller) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (call.consumes() != null && call.consumes().isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
            builder = multipart(call.method(), URI.create(call.path()))
                    .file(new MockMultipartFile("file", "walk.csv", "text/csv", "not,a,known,layout\n".getBytes()));
        } else if (call.consumes() != null) {
            builder = request(call.method(), call.path())
                    .contentType(call.consumes())
                    .content("not,a,known,layout\n");
        } else if (call.method() == HttpMethod.POST
                || call.method() == HttpMethod.PUT
                || call.method() == HttpMethod.PATCH) {
            // deliberately unreadable: a caller without the role must be refused before the body is looked at
            builder = request(call.method(), call.path())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"unreadable\": ");
        } else {
            builder = request(call.method(), call.path());
        }
        switch (caller.kind()) {
            case "bearer" -> builder.header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.secret());
            case "basic" -> builder.with(httpBasic(caller.user(), caller.secret()));
            case "session" -> builder.session(caller.session());
            default -> {}
        }
        if (!call.api() && call.method() != HttpMethod.GET && caller.csrf()) {
            builder.with(csrf());
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    /** Every mapped endpoint: each pattern with each of its methods and each media type it consumes. */
    private List<Mapping> mappings() {
        List<Mapping> mappings = new ArrayList<>();
        for (var handlerMapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        mappings.add(new Mapping("*", pattern, ANY_METHOD, consumes));
                    } else {
                        for (var method : methods) {
                            mappings.add(new Mapping(
                                    method.name(), pattern, List.of(HttpMethod.valueOf(method.name())), consumes));
                        }
                    }
                }
            }
        }
        return mappings;
    }

    /** Who may call an endpoint: anyone, or the roles a function of the path variables gives. */
    private record Access(boolean isPublic, Function<Map<String, String>, Set<Role>> roles) {

        static final Access PUBLIC = new Access(true, variables -> EVERY_ROLE);

        static final Access ANY_ROLE = new Access(false, variables -> EVERY_ROLE);

        static final Access MONITORING = roles(Role.ANALYST, Role.COORDINATOR, Role.ADMIN);

        static final Access WARNING_WRITERS = roles(Role.ANALYST, Role.COORDINATOR);

        static Access roles(Role first, Role... more) {
            Set<Role> roles = EnumSet.of(first, more);
            return new Access(false, variables -> roles);
        }

        static Access senders(String kind) {
            return new Access(false, variables -> SENDERS.get(kind));
        }

        /** For {@code /api/v1/{kind}/…}: the senders of the kind in the path. */
        static Access sendersOfTheKind() {
            return new Access(false, variables -> SENDERS.get(variables.get("kind")));
        }
    }

    private record Mapping(String method, String pattern, List<HttpMethod> methods, Set<MediaType> consumes) {

        String key() {
            return method + " " + pattern;
        }

        List<Call> calls() {
            List<Map<String, String>> assignments = List.of(Map.of());
            Matcher matcher = VARIABLE.matcher(pattern);
            while (matcher.find()) {
                String variable = matcher.group(1) == null ? "**" : matcher.group(1);
                List<String> values = PATH_VALUES.get(variable);
                assertThat(values)
                        .as("give example values for {%s} of %s in PATH_VALUES", variable, pattern)
                        .isNotNull();
                List<Map<String, String>> next = new ArrayList<>();
                for (var assignment : assignments) {
                    for (String value : values) {
                        Map<String, String> extended = new HashMap<>(assignment);
                        extended.put(variable, value);
                        next.add(extended);
                    }
                }
                assignments = next;
            }
            List<Call> calls = new ArrayList<>();
            List<MediaType> mediaTypes = consumes.isEmpty() ? Collections.singletonList(null) : List.copyOf(consumes);
            for (var assignment : assignments) {
                String path = VARIABLE.matcher(pattern)
                        .replaceAll(
                                m -> Matcher.quoteReplacement(assignment.get(m.group(1) == null ? "**" : m.group(1))));
                for (HttpMethod method : methods) {
                    for (MediaType mediaType : mediaTypes) {
                        calls.add(new Call(method, path, mediaType, assignment));
                    }
                }
            }
            return calls;
        }
    }

    private record Call(HttpMethod method, String path, MediaType consumes, Map<String, String> variables) {

        boolean api() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path + (consumes == null ? "" : " (" + consumes + ")");
        }
    }

    private record Caller(String kind, String user, String secret, MockHttpSession session, boolean csrf) {

        static Caller anonymous() {
            return new Caller("anonymous", null, null, null, true);
        }

        static Caller bearer(String token) {
            return new Caller("bearer", null, token, null, true);
        }

        static Caller basic(String user, String password) {
            return new Caller("basic", user, password, null, true);
        }

        static Caller session(MockHttpSession session) {
            return new Caller("session", null, null, session, true);
        }

        Caller withoutCsrf() {
            return new Caller(kind, user, secret, session, false);
        }
    }

    // --- what the pages' CSRF protection and the stateless API guarantee

    @Test
    void pagePostsNeedTheCsrfToken() throws Exception {
        MockHttpSession session = login(Role.ADMIN);

        assertThat(mvc.perform(post("/logout").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("logout without the CSRF token is refused")
                .isEqualTo(403);
        assertThat(mvc.perform(get("/actuator").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("and the session is still logged in")
                .isEqualTo(200);
        assertThat(mvc.perform(post("/logout").session(session).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?logout");
        assertThat(mvc.perform(post("/login")
                                .param("username", name(Role.ADMIN))
                                .param("password", passwords.get(Role.ADMIN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a login form posted from elsewhere (no CSRF token) is refused")
                .isEqualTo(403);
    }

    private MockHttpSession login(Role role) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(name(role)).password(passwords.get(role)))
                .andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    @Test
    void theApiCreatesNoSessions() throws Exception {
        String lab = "Bearer " + tokens.get(Role.LAB);
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (name(Role.LAB) + ":" + passwords.get(Role.LAB)).getBytes(StandardCharsets.UTF_8));
        List<HttpResponse<String>> responses = List.of(
                http("GET", "/api/v1/samples/csv", null, null, null),
                http("GET", "/api/v1/samples/csv", lab, null, null),
                http("GET", "/api/v1/samples/csv", basic, null, null),
                http("GET", "/api/v1/samples/csv?lang=en", lab, null, null),
                http("POST", "/api/v1/samples/batch", lab, "application/json", "[]"),
                http("POST", "/api/v1/incidents/batch", lab, "application/json", "[]"),
                http("POST", "/api/v1/samples/batch", lab, "application/json", "{"),
                http("GET", "/api/v1/no-such-thing", lab, null, null),
                http("DELETE", "/api/v1/samples", lab, null, null),
                http("POST", "/api/v1/samples", lab, "application/xml", "<sample/>"),
                http("GET", "/api/v1/samples/csv", "Bearer sgl_wrong", null, null));
        for (var response : responses) {
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as("%s %s answered %d", response.request().method(), response.uri(), response.statusCode())
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
    }

    @Test
    void publicPagesGiveAnonymousVisitorsNoSession() throws Exception {
        for (String path : List.of("/", "/demo-status", "/actuator/health", "/css/no-such-file.css")) {
            var response = http("GET", path, null, null, null, "text/html");
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as("GET %s answered %d", path, response.statusCode())
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
    }

    @Test
    void apiErrorsAreProblemDocumentsWithoutInternals() throws Exception {
        String lab = "Bearer " + tokens.get(Role.LAB);
        record Expected(HttpResponse<String> response, int status) {}
        for (var expected : List.of(
                new Expected(http("GET", "/api/v1/no-such-thing", lab, null, null), 404),
                new Expected(http("POST", "/api/v1/incidents/batch", lab, "application/json", "[]"), 403),
                new Expected(http("DELETE", "/api/v1/samples", lab, null, null), 405),
                new Expected(http("POST", "/api/v1/samples", lab, "application/xml", "<sample/>"), 415),
                new Expected(http("GET", "/api/v1/samples/csv", null, null, null), 401),
                new Expected(http("GET", "/api/v1/pills/csv", lab, null, null), 404))) {
            var response = expected.response();
            String as = "%s %s".formatted(response.request().method(), response.uri());
            assertThat(response.statusCode()).as(as).isEqualTo(expected.status());
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(as)
                    .hasValueSatisfying(type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
            assertThat(response.body()).as(as).contains("\"status\":" + expected.status());
            assertThat(response.body()).as(as).doesNotContainPattern(LEAK);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?lang=nl"})
    void errorPagesAreInDutchByDefault(String query) throws Exception {
        var response = http("GET", "/css/no-such-file.css" + query, null, null, null, "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("<html lang=\"nl\"")
                .contains("Er ging iets mis")
                .contains("status 404")
                .contains("Naar de startpagina")
                .doesNotContainPattern(LEAK);
    }

    @Test
    void errorPagesAreInEnglishOnRequest() throws Exception {
        var response = http("GET", "/css/no-such-file.css?lang=en", null, null, null, "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("<html lang=\"en\"")
                .contains("Something went wrong")
                .contains("To the home page")
                .doesNotContainPattern(LEAK);
    }

    @Test
    void aPageARoleMayNotSeeShowsTheErrorPage() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var loginPage = browser.send(HttpRequest.newBuilder(url("/login")).GET().build(), BodyHandlers.ofString());
        Matcher csrfField = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrfField.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=" + name(Role.LAB) + "&password="
                + URLEncoder.encode(passwords.get(Role.LAB), StandardCharsets.UTF_8) + "&_csrf="
                + csrfField.group(1);
        var login = browser.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString(form))
                        .build(),
                BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        var forbidden = browser.send(
                HttpRequest.newBuilder(url("/actuator?lang=en"))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                BodyHandlers.ofString());
        var missing = browser.send(
                HttpRequest.newBuilder(url("/no-such-page"))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                BodyHandlers.ofString());

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body())
                .contains("Something went wrong")
                .contains("status 403")
                .contains("Log out (" + name(Role.LAB) + ")")
                .doesNotContainPattern(LEAK);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body())
                .as("the language chosen is remembered")
                .contains("Something went wrong")
                .contains("status 404")
                .doesNotContainPattern(LEAK);
    }

    private HttpResponse<String> http(String method, String path, String authorization, String contentType, String body)
            throws Exception {
        return http(method, path, authorization, contentType, body, "application/json");
    }

    private HttpResponse<String> http(
            String method, String path, String authorization, String contentType, String body, String accept)
            throws Exception {
        var request = HttpRequest.newBuilder(url(path))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
                .header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try (HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            return client.send(request.build(), BodyHandlers.ofString());
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
