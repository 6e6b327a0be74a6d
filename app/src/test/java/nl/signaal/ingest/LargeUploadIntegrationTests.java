/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
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
 * A 100 MB CSV file sent over real HTTP to a server with the default 50 MB limit: refused with 413 and a clear
 * message, nothing stored, and the server answers the next upload as usual.
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
        HttpClient client = HttpClient.newHttpClient();

        var tooLarge = client.send(
                upload(token, HttpRequest.BodyPublishers.ofInputStream(GeneratedCsv::new)),
                HttpResponse.BodyHandlers.ofString());

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("larger than 50 MB").doesNotContain("Exception");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ingest_sample WHERE organisation_id = :o")
                        .param("o", organisation.id())
                        .query(Long.class)
                        .single())
                .isZero();

        var small = client.send(
                upload(
                        token,
                        HttpRequest.BodyPublishers.ofString(
                                GeneratedCsv.HEADER + "S1,2025-03-14,GG3406,tablet,MDMA,150,mg,hydrochloride\n")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
    }

    private HttpRequest upload(String token, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/samples/csv"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .POST(body)
                .build();
    }

    /** 100 MB of valid sample rows, made as they are read. */
    private static final class GeneratedCsv extends InputStream {

        static final String HEADER = "external_id,sample_date,region_code,form,substance,amount,unit,salt_form\n";

        private byte[] line = HEADER.getBytes(StandardCharsets.UTF_8);
        private int position;
        private long sent;
        private int row;

        @Override
        public int read() {
            if (sent >= SIZE) {
                return -1;
            }
            if (position == line.length) {
                line = "X%09d,2025-03-14,GG3406,tablet,MDMA,150,mg,hydrochloride\n"
                        .formatted(++row)
                        .getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            sent++;
            return line[position++];
        }
    }
}
