/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.RecordFindings;
import nl.signaal.ingest.SampleMatch;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the records of a stored batch back with what was found in them, one row per record and substance. */
@Repository
public class FindingsRepository {

    private static final String SQL = """
            SELECT 'SAMPLE' AS kind, s.id, s.external_id, s.sample_date AS record_date, s.country, s.region_code,
                   s.sold_as, s.form, s.tablet_logo, s.tablet_colour, CAST(NULL AS SMALLINT) AS severity,
                   r.position, r.substance, r.smiles, r.amount, r.unit, r.salt_form, TRUE AS confirmed
            FROM ingest_sample s LEFT JOIN ingest_lab_result r ON r.sample_id = s.id
            WHERE s.results_batch_id = :batch
            UNION ALL
            SELECT 'SEIZURE', z.id, z.external_id, z.seizure_date, z.country, z.region_code, NULL, z.form,
                   z.tablet_logo, z.tablet_colour, NULL, x.position, x.substance, x.smiles, x.amount, x.unit,
                   x.salt_form, TRUE
            FROM ingest_seizure z LEFT JOIN ingest_seizure_substance x ON x.seizure_id = z.id
            WHERE z.batch_id = :batch
            UNION ALL
            SELECT 'TOXICOLOGY_CASE', t.id, t.external_id, t.death_date, t.country, t.region_code, NULL, NULL,
                   NULL, NULL, NULL, f.position, f.substance, NULL, NULL, NULL, NULL, TRUE
            FROM ingest_toxicology_case t LEFT JOIN ingest_toxicology_finding f ON f.case_id = t.id
            WHERE t.batch_id = :batch
            UNION ALL
            SELECT 'INCIDENT', i.id, i.external_id, i.incident_date, i.country, i.region_code, NULL, NULL, NULL,
                   NULL, i.severity, x.position, x.substance, NULL, NULL, NULL, NULL, x.status = 'confirmed'
            FROM ingest_incident i LEFT JOIN ingest_incident_substance x ON x.incident_id = i.id
            WHERE i.batch_id = :batch
            ORDER BY record_date, id, position
            """;

    private final JdbcClient jdbc;

    FindingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Samples taken between two dates (inclusive) that match on every field given. */
    public long countSamples(SampleMatch match, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM ingest_sample s
                        WHERE s.sample_date BETWEEN :from AND :to
                          AND (CAST(:logo AS VARCHAR(100)) IS NULL OR LOWER(s.tablet_logo) = LOWER(:logo))
                          AND (CAST(:colour AS VARCHAR(60)) IS NULL OR LOWER(s.tablet_colour) = LOWER(:colour))
                          AND (CAST(:substance AS VARCHAR(200)) IS NULL OR EXISTS (
                                SELECT 1 FROM ingest_lab_result r
                                WHERE r.sample_id = s.id AND LOWER(r.substance) = LOWER(:substance)))
                        """)
                .param("from", from)
                .param("to", to)
                .param("logo", match.logo())
                .param("colour", match.colour())
                .param("substance", match.substance())
                .query(Long.class)
                .single();
    }

    /** The records of a batch (for samples: whose results the batch brought), in date order. */
    public List<RecordFindings> findings(UUID batchId) {
        Map<UUID, Builder> records = new LinkedHashMap<>();
        jdbc.sql(SQL).param("batch", batchId).query((ResultSet rs) -> {
            UUID id = rs.getObject("id", UUID.class);
            Builder record = records.computeIfAbsent(id, k -> new Builder(rs));
            String substance = rs.getString("substance");
            if (substance != null) {
                record.findings.add(new RecordFindings.Finding(
                        substance,
                        rs.getString("smiles"),
                        rs.getBigDecimal("amount"),
                        rs.getString("unit"),
                        rs.getString("salt_form"),
                        rs.getBoolean("confirmed")));
            }
        });
        return records.values().stream().map(Builder::build).toList();
    }

    /** Those of these samples that have a photo. */
    public Set<UUID> samplesWithPhoto(Collection<UUID> sampleIds) {
        if (sampleIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT sample_id FROM ingest_sample_photo WHERE sample_id IN (:ids)")
                .param("ids", sampleIds)
                .query(UUID.class)
                .list());
    }

    /** The sender's id of a stored record. */
    public Optional<String> externalId(ObservationKind kind, UUID recordId) {
        String table = switch (kind) {
            case SAMPLE, LAB_RESULTS -> "ingest_sample";
            case INCIDENT -> "ingest_incident";
            case SEIZURE -> "ingest_seizure";
            case TOXICOLOGY_CASE -> "ingest_toxicology_case";
            case WASTEWATER -> "ingest_wastewater";
            case INDICATOR -> "ingest_indicator";
        };
        return jdbc.sql("SELECT external_id FROM " + table + " WHERE id = :id")
                .param("id", recordId)
                .query(String.class)
                .optional();
    }

    /** The columns of a record, read from its first row; its findings are collected row by row. */
    private static final class Builder {

        private final ObservationKind kind;
        private final UUID id;
        private final String externalId;
        private final LocalDate date;
        private final String country;
        private final @Nullable String region;
        private final @Nullable String soldAs;
        private final @Nullable String form;
        private final @Nullable String logo;
        private final @Nullable String colour;
        private final @Nullable Integer severity;
        private final List<RecordFindings.Finding> findings = new ArrayList<>();

        private Builder(ResultSet rs) {
            try {
                kind = ObservationKind.valueOf(rs.getString("kind"));
                id = rs.getObject("id", UUID.class);
                externalId = rs.getString("external_id");
                date = rs.getObject("record_date", LocalDate.class);
                country = rs.getString("country");
                region = rs.getString("region_code");
                soldAs = rs.getString("sold_as");
                form = rs.getString("form");
                logo = rs.getString("tablet_logo");
                colour = rs.getString("tablet_colour");
                int s = rs.getInt("severity");
                severity = rs.wasNull() ? null : s;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read a stored record", e);
            }
        }

        private RecordFindings build() {
            return new RecordFindings(
                    kind, id, externalId, date, country, region, soldAs, form, logo, colour, severity, findings);
        }
    }
}
