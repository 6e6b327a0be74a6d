/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the lab's pages read of stored samples: the ones still waiting for results, and a sample's photo. */
@Repository
class SampleRepository {

    private final JdbcClient jdbc;

    SampleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's most recent samples without results, newest first. */
    List<AwaitingResults> awaitingResults(UUID organisationId, int limit) {
        return jdbc.sql("""
                        SELECT external_id, sample_date, sold_as, form FROM ingest_sample
                        WHERE organisation_id = :organisation AND results_fingerprint IS NULL
                        ORDER BY sample_date DESC, id DESC
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("organisation", organisationId)
                .param("limit", limit)
                .query((rs, n) -> new AwaitingResults(
                        rs.getString("external_id"),
                        rs.getObject("sample_date", LocalDate.class),
                        rs.getString("sold_as"),
                        rs.getString("form")))
                .list();
    }

    /** A sample's photo with the organisation that sent it. */
    Optional<Photo> photo(UUID sampleId) {
        return jdbc.sql("""
                        SELECT s.organisation_id, p.content_type, p.content
                        FROM ingest_sample_photo p JOIN ingest_sample s ON s.id = p.sample_id
                        WHERE p.sample_id = :id
                        """)
                .param("id", sampleId)
                .query((rs, n) -> new Photo(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }

    /** The sample of an organisation stored under its own id, if it has a photo. */
    Optional<UUID> withPhoto(UUID organisationId, String externalId) {
        return jdbc.sql("""
                        SELECT s.id FROM ingest_sample s JOIN ingest_sample_photo p ON p.sample_id = s.id
                        WHERE s.organisation_id = :organisation AND s.external_id = :externalId
                        """)
                .param("organisation", organisationId)
                .param("externalId", externalId)
                .query(UUID.class)
                .optional();
    }

    record Photo(UUID organisationId, String contentType, byte[] content) {}
}
