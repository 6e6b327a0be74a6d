/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.signal.Evidence;
import nl.signaal.signal.HistoryEntry;
import nl.signaal.signal.Signal;
import nl.signaal.signal.SignalKind;
import nl.signaal.signal.SignalQuery;
import nl.signaal.signal.SignalState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SignalRepository {

    private static final String SIGNAL_COLUMNS = """
            id, kind, subject_scope, subject, subject_name, region, product, priority, score, state, assignee,
            rule_version, first_evidence_on, last_evidence_on, evidence_count, detected_at, updated_at
            """;

    private final JdbcClient jdbc;

    SignalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The signals evidence about this subject may join: of its region or national, of the same product, with evidence
     * on or after {@code since}; newest evidence first.
     */
    List<Signal> candidates(String scope, String subject, String region, @Nullable String product, LocalDate since) {
        return jdbc.sql("SELECT " + SIGNAL_COLUMNS + """
                        FROM signal_signal
                        WHERE subject = :subject AND subject_scope = :scope AND (region = :region OR region = 'NL')
                          AND (product = :product OR (product IS NULL AND CAST(:product AS VARCHAR(200)) IS NULL))
                          AND last_evidence_on >= :since
                        ORDER BY last_evidence_on DESC, detected_at DESC
                        """)
                .param("subject", subject)
                .param("scope", scope)
                .param("region", region)
                .param("product", product)
                .param("since", since)
                .query(SignalRepository::signal)
                .list();
    }

    boolean hasEvidence(String dedupKey) {
        return jdbc.sql("SELECT COUNT(*) FROM signal_evidence WHERE dedup_key = :key")
                        .param("key", dedupKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insertSignal(Signal s) {
        jdbc.sql("INSERT INTO signal_signal (" + SIGNAL_COLUMNS + """
                        ) VALUES (:id, :kind, :scope, :subject, :name, :region, :product, :priority, :score, :state,
                                  :assignee, :ruleVersion, :first, :last, :count, :detectedAt, :updatedAt)
                        """)
                .param("id", s.id())
                .param("kind", s.kind().name())
                .param("scope", s.subjectScope())
                .param("subject", s.subject())
                .param("name", s.subjectName())
                .param("region", s.region())
                .param("product", s.product())
                .param("priority", s.priority())
                .param("score", s.score())
                .param("state", s.state().name())
                .param("assignee", s.assignee())
                .param("ruleVersion", s.ruleVersion())
                .param("first", s.firstEvidenceOn())
                .param("last", s.lastEvidenceOn())
                .param("count", s.evidenceCount())
                .param("detectedAt", utc(s.detectedAt()))
                .param("updatedAt", utc(s.updatedAt()))
                .update();
    }

    /** Stores what evidence changed: kind and priority, score, dates, count. */
    void updateForEvidence(Signal s) {
        jdbc.sql("""
                        UPDATE signal_signal SET kind = :kind, priority = :priority, score = :score,
                               first_evidence_on = :first, last_evidence_on = :last, evidence_count = :count,
                               updated_at = :updatedAt
                        WHERE id = :id
                        """)
                .param("id", s.id())
                .param("kind", s.kind().name())
                .param("priority", s.priority())
                .param("score", s.score())
                .param("first", s.firstEvidenceOn())
                .param("last", s.lastEvidenceOn())
                .param("count", s.evidenceCount())
                .param("updatedAt", utc(s.updatedAt()))
                .update();
    }

    void updateState(UUID id, SignalState state, Instant now) {
        jdbc.sql("UPDATE signal_signal SET state = :state, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("state", state.name())
                .param("now", utc(now))
                .update();
    }

    void updateAssignee(UUID id, @Nullable String assignee, Instant now) {
        jdbc.sql("UPDATE signal_signal SET assignee = :assignee, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("assignee", assignee)
                .param("now", utc(now))
                .update();
    }

    void insertEvidence(UUID signalId, UUID id, EvidenceDraft e, Instant now) {
        jdbc.sql("""
                        INSERT INTO signal_evidence (id, signal_id, kind, source, record_id, external_id, series_key,
                                                     evidence_on, region, strength, summary, rule_version, added_at,
                                                     dedup_key)
                        VALUES (:id, :signal, :kind, :source, :record, :external, :series, :on, :region, :strength,
                                :summary, :ruleVersion, :now, :dedup)
                        """)
                .param("id", id)
                .param("signal", signalId)
                .param("kind", e.kind().name())
                .param("source", e.source() == null ? null : e.source().name())
                .param("record", e.recordId())
                .param("external", e.externalId())
                .param("series", e.seriesKey())
                .param("on", e.date())
                .param("region", e.region())
                .param("strength", e.strength())
                .param("summary", e.summary())
                .param("ruleVersion", e.ruleVersion())
                .param("now", utc(now))
                .param("dedup", e.dedupKey())
                .update();
    }

    /** Appends to a signal's history; nothing in Signaal updates or deletes it. */
    void appendHistory(
            UUID signalId,
            Instant at,
            String actor,
            String action,
            @Nullable SignalState from,
            @Nullable SignalState to,
            @Nullable String text) {
        jdbc.sql("""
                        INSERT INTO signal_history (signal_id, at, actor, action, from_state, to_state, text)
                        VALUES (:signal, :at, :actor, :action, :from, :to, :text)
                        """)
                .param("signal", signalId)
                .param("at", utc(at))
                .param("actor", actor)
                .param("action", action)
                .param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name())
                .param("text", text)
                .update();
    }

    Optional<Signal> find(UUID id) {
        return jdbc.sql("SELECT " + SIGNAL_COLUMNS + " FROM signal_signal WHERE id = :id")
                .param("id", id)
                .query(SignalRepository::signal)
                .optional();
    }

    /** Locks the signal's row until the transaction ends, so that two changes of state cannot cross. */
    Optional<Signal> findForUpdate(UUID id) {
        return jdbc.sql("SELECT " + SIGNAL_COLUMNS + " FROM signal_signal WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(SignalRepository::signal)
                .optional();
    }

    List<Signal> list(SignalQuery query) {
        return jdbc.sql("SELECT " + SIGNAL_COLUMNS + """
                        FROM signal_signal
                        WHERE state IN (:states)
                          AND (CAST(:kind AS VARCHAR(32)) IS NULL OR kind = :kind)
                          AND (CAST(:region AS VARCHAR(8)) IS NULL OR region = :region)
                          AND (CAST(:subject AS VARCHAR(200)) IS NULL OR subject = :subject)
                        ORDER BY priority, score DESC, last_evidence_on DESC, id
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("states", query.states().stream().map(Enum::name).toList())
                .param("kind", query.kind() == null ? null : query.kind().name())
                .param("region", query.region())
                .param("subject", query.subject())
                .param("limit", query.limit())
                .query(SignalRepository::signal)
                .list();
    }

    List<Evidence> evidence(UUID signalId) {
        return jdbc.sql("""
                        SELECT id, kind, source, record_id, external_id, evidence_on, region, strength, summary,
                               rule_version, added_at
                        FROM signal_evidence WHERE signal_id = :signal
                        ORDER BY evidence_on DESC, added_at DESC, id
                        """)
                .param("signal", signalId)
                .query((rs, row) -> new Evidence(
                        rs.getObject("id", UUID.class),
                        SignalKind.valueOf(rs.getString("kind")),
                        rs.getString("source") == null ? null : ObservationKind.valueOf(rs.getString("source")),
                        rs.getObject("record_id", UUID.class),
                        rs.getString("external_id"),
                        rs.getObject("evidence_on", LocalDate.class),
                        rs.getString("region"),
                        rs.getDouble("strength"),
                        rs.getString("summary"),
                        rs.getInt("rule_version"),
                        instant(rs, "added_at")))
                .list();
    }

    /** The series keys of a signal's statistical evidence, newest first. */
    List<String> seriesKeys(UUID signalId) {
        return jdbc.sql("""
                        SELECT series_key FROM signal_evidence WHERE signal_id = :signal AND series_key IS NOT NULL
                        ORDER BY evidence_on DESC
                        """).param("signal", signalId).query(String.class).list();
    }

    List<HistoryEntry> history(UUID signalId) {
        return jdbc.sql("""
                        SELECT at, actor, action, from_state, to_state, text FROM signal_history
                        WHERE signal_id = :signal ORDER BY seq
                        """)
                .param("signal", signalId)
                .query((rs, row) -> new HistoryEntry(
                        instant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        state(rs.getString("from_state")),
                        state(rs.getString("to_state")),
                        rs.getString("text")))
                .list();
    }

    /** Remembers a record a counting rule has seen; {@code false} if it was seen before. */
    boolean count(CountedRecord record) {
        int exists = jdbc.sql("""
                        SELECT COUNT(*) FROM signal_counted_record
                        WHERE rule = :rule AND record_id = :record AND subject = :subject
                        """)
                .param("rule", record.rule())
                .param("record", record.recordId())
                .param("subject", record.subject())
                .query(Integer.class)
                .single();
        if (exists > 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO signal_counted_record (rule, record_id, subject, grouping, record_on, source,
                                                           external_id, region)
                        VALUES (:rule, :record, :subject, :grouping, :on, :source, :external, :region)
                        """)
                .param("rule", record.rule())
                .param("record", record.recordId())
                .param("subject", record.subject())
                .param("grouping", record.grouping())
                .param("on", record.date())
                .param("source", record.source().name())
                .param("external", record.externalId())
                .param("region", record.region())
                .update();
        return true;
    }

    /** The records a counting rule has seen for a subject and grouping between two dates, inclusive. */
    List<CountedRecord> counted(String rule, String subject, String grouping, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT rule, record_id, subject, grouping, record_on, source, external_id, region
                        FROM signal_counted_record
                        WHERE rule = :rule AND subject = :subject AND grouping = :grouping
                          AND record_on BETWEEN :from AND :to
                        ORDER BY record_on, external_id
                        """)
                .param("rule", rule)
                .param("subject", subject)
                .param("grouping", grouping)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new CountedRecord(
                        rs.getString("rule"),
                        rs.getObject("record_id", UUID.class),
                        rs.getString("subject"),
                        rs.getString("grouping"),
                        rs.getObject("record_on", LocalDate.class),
                        ObservationKind.valueOf(rs.getString("source")),
                        rs.getString("external_id"),
                        rs.getString("region")))
                .list();
    }

    private static Signal signal(ResultSet rs, int row) throws SQLException {
        return new Signal(
                rs.getObject("id", UUID.class),
                SignalKind.valueOf(rs.getString("kind")),
                rs.getString("subject_scope"),
                rs.getString("subject"),
                rs.getString("subject_name"),
                rs.getString("region"),
                rs.getString("product"),
                rs.getInt("priority"),
                rs.getDouble("score"),
                SignalState.valueOf(rs.getString("state")),
                rs.getString("assignee"),
                rs.getInt("rule_version"),
                rs.getObject("first_evidence_on", LocalDate.class),
                rs.getObject("last_evidence_on", LocalDate.class),
                rs.getInt("evidence_count"),
                instant(rs, "detected_at"),
                instant(rs, "updated_at"));
    }

    private static @Nullable SignalState state(@Nullable String name) {
        return name == null ? null : SignalState.valueOf(name);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * A record a rule that counts over several records has seen.
     *
     * @param rule {@code incident-cluster} or {@code high-dose}
     * @param subject the substance id
     * @param grouping what records are counted together in: the GGD region, or the product
     */
    record CountedRecord(
            String rule,
            UUID recordId,
            String subject,
            String grouping,
            LocalDate date,
            ObservationKind source,
            String externalId,
            String region) {}
}
