/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.ReportedSubstance;
import nl.signaal.ingest.StoredRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IngestRepository {

    private final JdbcClient jdbc;

    IngestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertBatch(
            UUID id, UUID organisationId, ObservationKind kind, String source, @Nullable String profile, Instant now) {
        jdbc.sql("""
                        INSERT INTO ingest_batch (id, organisation_id, kind, source, profile, received_at,
                                                  records_received, records_stored, records_unchanged)
                        VALUES (:id, :organisationId, :kind, :source, :profile, :now, 0, 0, 0)
                        """)
                .param("id", id)
                .param("organisationId", organisationId)
                .param("kind", kind.name())
                .param("source", source)
                .param("profile", profile)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    void completeBatch(UUID id, int received, int stored, int unchanged) {
        jdbc.sql("""
                        UPDATE ingest_batch
                        SET records_received = :received, records_stored = :stored, records_unchanged = :unchanged
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("received", received)
                .param("stored", stored)
                .param("unchanged", unchanged)
                .update();
    }

    /** Whether the organisation has stored any record that a batch of this kind must be checked against. */
    boolean hasAny(ObservationKind kind, UUID organisationId) {
        String sql = switch (kind) {
            case SAMPLE, LAB_RESULTS ->
                "SELECT COUNT(*) FROM (SELECT 1 FROM ingest_sample WHERE organisation_id = :o FETCH FIRST 1 ROWS ONLY) found";
            case INCIDENT ->
                "SELECT COUNT(*) FROM (SELECT 1 FROM ingest_incident WHERE organisation_id = :o FETCH FIRST 1 ROWS ONLY) found";
            case SEIZURE ->
                "SELECT COUNT(*) FROM (SELECT 1 FROM ingest_seizure WHERE organisation_id = :o FETCH FIRST 1 ROWS ONLY) found";
            case TOXICOLOGY_CASE ->
                "SELECT COUNT(*) FROM (SELECT 1 FROM ingest_toxicology_case WHERE organisation_id = :o FETCH FIRST 1 ROWS ONLY) found";
            case WASTEWATER ->
                "SELECT COUNT(*) FROM (SELECT 1 FROM ingest_wastewater WHERE organisation_id = :o FETCH FIRST 1 ROWS ONLY) found";
            case INDICATOR ->
                "SELECT COUNT(*) FROM (SELECT 1 FROM ingest_indicator WHERE organisation_id = :o FETCH FIRST 1 ROWS ONLY) found";
        };
        return jdbc.sql(sql).param("o", organisationId).query(Long.class).single() > 0;
    }

    /** What is stored under these external ids of the organisation: the record's id and its fingerprint. */
    Map<String, ObservationType.Existing> findExisting(
            ObservationKind kind, UUID organisationId, Collection<String> externalIds) {
        Map<String, ObservationType.Existing> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        jdbc.sql(lookupSql(kind))
                .param("organisationId", organisationId)
                .param("externalIds", externalIds)
                .query(rs -> {
                    found.put(
                            rs.getString("external_id"),
                            new ObservationType.Existing(rs.getObject("id", UUID.class), rs.getString("fingerprint")));
                });
        return found;
    }

    private static String lookupSql(ObservationKind kind) {
        return switch (kind) {
            case SAMPLE -> """
                    SELECT external_id, id, fingerprint FROM ingest_sample
                    WHERE organisation_id = :organisationId AND external_id IN (:externalIds)
                    """;
            // results sent later attach to their sample: what matters is whether it has results already
            case LAB_RESULTS -> """
                    SELECT external_id, id, results_fingerprint AS fingerprint FROM ingest_sample
                    WHERE organisation_id = :organisationId AND external_id IN (:externalIds)
                    """;
            case INCIDENT -> """
                    SELECT external_id, id, fingerprint FROM ingest_incident
                    WHERE organisation_id = :organisationId AND external_id IN (:externalIds)
                    """;
            case SEIZURE -> """
                    SELECT external_id, id, fingerprint FROM ingest_seizure
                    WHERE organisation_id = :organisationId AND external_id IN (:externalIds)
                    """;
            case TOXICOLOGY_CASE -> """
                    SELECT external_id, id, fingerprint FROM ingest_toxicology_case
                    WHERE organisation_id = :organisationId AND external_id IN (:externalIds)
                    """;
            case WASTEWATER -> """
                    SELECT external_id, id, fingerprint FROM ingest_wastewater
                    WHERE organisation_id = :organisationId AND external_id IN (:externalIds)
                    """;
            case INDICATOR -> """
                    SELECT external_id, id, fingerprint FROM ingest_indicator
                    WHERE organisation_id = :organisationId AND external_id IN (:externalIds)
                    """;
        };
    }

    /**
     * The substances of a batch's records. A sample's results may come in a later batch than the sample; the results'
     * batch is the one that counts here.
     */
    List<ReportedSubstance> reportedSubstances(UUID batchId) {
        return jdbc.sql("""
                        SELECT 'SAMPLE' AS kind, s.id, s.sample_date AS record_date, s.country, s.region_code, r.substance,
                               r.smiles, TRUE AS confirmed
                        FROM ingest_sample s JOIN ingest_lab_result r ON r.sample_id = s.id
                        WHERE s.results_batch_id = :batch
                        UNION ALL
                        SELECT 'SEIZURE', z.id, z.seizure_date, z.country, z.region_code, x.substance, x.smiles, TRUE
                        FROM ingest_seizure z JOIN ingest_seizure_substance x ON x.seizure_id = z.id
                        WHERE z.batch_id = :batch
                        UNION ALL
                        SELECT 'TOXICOLOGY_CASE', t.id, t.death_date, t.country, t.region_code, f.substance, NULL, TRUE
                        FROM ingest_toxicology_case t JOIN ingest_toxicology_finding f ON f.case_id = t.id
                        WHERE t.batch_id = :batch
                        UNION ALL
                        SELECT 'INCIDENT', i.id, i.incident_date, i.country, i.region_code, x.substance, NULL,
                               x.status = 'confirmed'
                        FROM ingest_incident i JOIN ingest_incident_substance x ON x.incident_id = i.id
                        WHERE i.batch_id = :batch
                        """)
                .param("batch", batchId)
                .query(IngestRepository::reportedSubstance)
                .list();
    }

    /** Every mention of these names, exactly as reported, in the records of every kind. */
    List<ReportedSubstance> reportedSubstancesNamed(Collection<String> names) {
        return jdbc.sql("""
                        SELECT 'SAMPLE' AS kind, s.id, s.sample_date AS record_date, s.country, s.region_code, r.substance,
                               r.smiles, TRUE AS confirmed
                        FROM ingest_sample s JOIN ingest_lab_result r ON r.sample_id = s.id
                        WHERE r.substance IN (:names)
                        UNION ALL
                        SELECT 'SEIZURE', z.id, z.seizure_date, z.country, z.region_code, x.substance, x.smiles, TRUE
                        FROM ingest_seizure z JOIN ingest_seizure_substance x ON x.seizure_id = z.id
                        WHERE x.substance IN (:names)
                        UNION ALL
                        SELECT 'TOXICOLOGY_CASE', t.id, t.death_date, t.country, t.region_code, f.substance, NULL, TRUE
                        FROM ingest_toxicology_case t JOIN ingest_toxicology_finding f ON f.case_id = t.id
                        WHERE f.substance IN (:names)
                        UNION ALL
                        SELECT 'INCIDENT', i.id, i.incident_date, i.country, i.region_code, x.substance, NULL,
                               x.status = 'confirmed'
                        FROM ingest_incident i JOIN ingest_incident_substance x ON x.incident_id = i.id
                        WHERE x.substance IN (:names)
                        """)
                .param("names", names)
                .query(IngestRepository::reportedSubstance)
                .list();
    }

    private static ReportedSubstance reportedSubstance(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ReportedSubstance(
                ObservationKind.valueOf(rs.getString("kind")),
                rs.getObject("id", UUID.class),
                rs.getObject("record_date", java.time.LocalDate.class),
                rs.getString("country"),
                rs.getString("region_code"),
                rs.getString("substance"),
                rs.getString("smiles"),
                rs.getBoolean("confirmed"));
    }

    /** Records stored per kind (for lab results: the lab result rows). */
    Map<ObservationKind, Long> counts() {
        Map<ObservationKind, Long> counts = new EnumMap<>(ObservationKind.class);
        jdbc.sql("""
                        SELECT 'SAMPLE' AS kind, COUNT(*) AS n FROM ingest_sample
                        UNION ALL SELECT 'LAB_RESULTS', COUNT(*) FROM ingest_lab_result
                        UNION ALL SELECT 'INCIDENT', COUNT(*) FROM ingest_incident
                        UNION ALL SELECT 'SEIZURE', COUNT(*) FROM ingest_seizure
                        UNION ALL SELECT 'TOXICOLOGY_CASE', COUNT(*) FROM ingest_toxicology_case
                        UNION ALL SELECT 'WASTEWATER', COUNT(*) FROM ingest_wastewater
                        UNION ALL SELECT 'INDICATOR', COUNT(*) FROM ingest_indicator
                        """).query(rs -> {
            counts.put(ObservationKind.valueOf(rs.getString("kind")), rs.getLong("n"));
        });
        return counts;
    }

    /** The records of a batch; for samples the batch that brought their results, as for the substances. */
    List<StoredRecord> storedRecords(UUID batchId) {
        return jdbc.sql("""
                        SELECT 'SAMPLE' AS kind, id, sample_date AS record_date, country, region_code
                        FROM ingest_sample WHERE results_batch_id = :batch
                        UNION ALL
                        SELECT 'SEIZURE', id, seizure_date, country, region_code FROM ingest_seizure WHERE batch_id = :batch
                        UNION ALL
                        SELECT 'TOXICOLOGY_CASE', id, death_date, country, region_code
                        FROM ingest_toxicology_case WHERE batch_id = :batch
                        UNION ALL
                        SELECT 'INCIDENT', id, incident_date, country, region_code FROM ingest_incident WHERE batch_id = :batch
                        """)
                .param("batch", batchId)
                .query((rs, row) -> new StoredRecord(
                        ObservationKind.valueOf(rs.getString("kind")),
                        rs.getObject("id", UUID.class),
                        rs.getObject("record_date", java.time.LocalDate.class),
                        rs.getString("country"),
                        rs.getString("region_code")))
                .list();
    }
}
