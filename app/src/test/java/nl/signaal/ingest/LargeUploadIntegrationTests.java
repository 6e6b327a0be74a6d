/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import nl.signaal.TestDatabases;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A 100 MB CSV file announced over real HTTP to a server with the default 50 MB limit: refused with 413 and a clear
 * message before any of it is sent, nothing stored, and the server answers the next upload as usual. (An upload of
 * unknown length, chunked, is refused once 50 MB have been read; curl shows the same 413 then.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LargeUploadIntegrationTests {

    private static final long SIZE = 100L * 1024 * 1024;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    AccessManagement access;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHundredMegabyteFileIsRefusedAndTheServerStaysUp() throws Exception {
        var organisation =
                access.ensureOrganisation("big-" + UUID.randomUUID().toString().substring(0, 8), "Big lab");
        String token = access.issueToken(organisation, "test", Set.of(Role.LAB));

        // as curl sends a file: its length first, and the body only after the server's "100 Continue"
        String answer = announceUpload(token, SIZE);

        assertThat(answer)
                .startsWith("HTTP/1.1 413")
                .contains("larger than 50 MB")
                .doesNotContain("Exception");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ingest_sample WHERE organisation_id = :o")
                        .param("o", organisation.id())
                        .query(Long.class)
                        .single())
                .isZero();

        var small = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/samples/csv"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "external_id,sample_date,region_code,form,substance,amount,unit,salt_form\n"
                                                + "S1,2025-03-14,GG3406,tablet,MDMA,150,mg,hydrochloride\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
    }

    /**
     * Sends the request line and headers of an upload of {@code length} bytes with {@code Expect: 100-continue}, and
     * returns what the server answers before any of the body is sent.
     */
    private String announceUpload(String token, long length) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/samples/csv HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: text/csv\r\nContent-Length: " + length
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
