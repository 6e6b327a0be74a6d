/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import static nl.signaal.alert.internal.Times.instant;
import static nl.signaal.alert.internal.Times.instantOrNull;
import static nl.signaal.alert.internal.Times.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.alert.AuditEntry;
import nl.signaal.alert.CapMessage;
import nl.signaal.alert.PublishedWarning;
import nl.signaal.alert.Warning;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningState;
import nl.signaal.alert.WarningVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class AlertRepository {

    private static final String WARNING_COLUMNS = """
            id, state, version, published_version, signal_id, created_by, created_at, first_published_at, updated_at
            """;

    /** The stored form of a version's content; plain names, whatever the API's naming. */
    private static final JsonMapper JSON = JsonMapper.shared();

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertWarning(Warning w, Instant validUntil) {
        jdbc.sql("INSERT INTO alert_warning (" + WARNING_COLUMNS + """
                        , valid_until) VALUES (:id, :state, :version, :published, :signal, :createdBy, :createdAt,
                                               :firstPublished, :updatedAt, :validUntil)
                        """)
                .param("id", w.id())
                .param("state", w.state().name())
                .param("version", w.version())
                .param("published", w.publishedVersion())
                .param("signal", w.signalId())
                .param("createdBy", w.createdBy())
                .param("createdAt", utc(w.createdAt()))
                .param("firstPublished", utc(w.firstPublishedAt()))
                .param("updatedAt", utc(w.updatedAt()))
                .param("validUntil", utc(validUntil))
                .update();
    }

    void updateWarning(Warning w, Instant validUntil) {
        jdbc.sql("""
                        UPDATE alert_warning SET state = :state, version = :version, published_version = :published,
                               first_published_at = :firstPublished, updated_at = :updatedAt, valid_until = :validUntil
                        WHERE id = :id
                        """)
                .param("id", w.id())
                .param("state", w.state().name())
                .param("version", w.version())
                .param("published", w.publishedVersion())
                .param("firstPublished", utc(w.firstPublishedAt()))
                .param("updatedAt", utc(w.updatedAt()))
                .param("validUntil", utc(validUntil))
                .update();
    }

    Optional<Warning> find(UUID id) {
        return jdbc.sql("SELECT " + WARNING_COLUMNS + " FROM alert_warning WHERE id = :id")
                .param("id", id)
                .query(AlertRepository::warning)
                .optional();
    }

    /** Locks the warning's row, so two coordinators cannot approve or cancel it at once. */
    Optional<Warning> findForUpdate(UUID id) {
        return jdbc.sql("SELECT " + WARNING_COLUMNS + " FROM alert_warning WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(AlertRepository::warning)
                .optional();
    }

    boolean existsForSignal(UUID signalId) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_warning WHERE signal_id = :signal")
                        .param("signal", signalId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Warnings in these states, most recently changed first. */
    List<Warning> list(Collection<WarningState> states, int limit) {
        return jdbc.sql("SELECT " + WARNING_COLUMNS + """
                        FROM alert_warning WHERE state IN (:states) ORDER BY updated_at DESC, id
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("states", states.stream().map(Enum::name).toList())
                .param("limit", limit)
                .query(AlertRepository::warning)
                .list();
    }

    /**
     * What the public sees: the warnings published and still valid, and those cancelled since {@code cancelledSince}
     * (a cancellation must reach the readers of a feed too), newest publication first.
     */
    List<PublishedWarning> published(Instant now, Instant cancelledSince) {
        return jdbc.sql(PUBLISHED + """
                        WHERE (w.state = 'PUBLISHED' AND w.valid_until > :now)
                           OR (w.state = 'CANCELLED' AND w.updated_at >= :since)
                        ORDER BY v.published_at DESC, w.id
                        """)
                .param("now", utc(now))
                .param("since", utc(cancelledSince))
                .query(AlertRepository::published)
                .list();
    }

    /** One warning as the public sees it, whatever its state now; empty if it was never published. */
    Optional<PublishedWarning> published(UUID id) {
        return jdbc.sql(PUBLISHED + " WHERE w.id = :id")
                .param("id", id)
                .query(AlertRepository::published)
                .optional();
    }

    private static final String PUBLISHED = """
            SELECT w.id, w.state, v.version, v.content, w.first_published_at, v.published_at, m.identifier, m.sent
            FROM alert_warning w
            JOIN alert_version v ON v.warning_id = w.id AND v.version = w.published_version
            JOIN alert_message m ON m.warning_id = w.id
                 AND m.seq = (SELECT MAX(x.seq) FROM alert_message x WHERE x.warning_id = w.id)
            """;

    private static PublishedWarning published(ResultSet rs, int row) throws SQLException {
        return new PublishedWarning(
                rs.getObject("id", UUID.class),
                WarningState.valueOf(rs.getString("state")),
                rs.getInt("version"),
                JSON.readValue(rs.getString("content"), WarningContent.class),
                instant(rs, "first_published_at"),
                instant(rs, "published_at"),
                rs.getString("identifier"),
                instant(rs, "sent"));
    }

    /** Published warnings whose valid-until has passed. */
    List<UUID> expiredBy(Instant now) {
        return jdbc.sql("SELECT id FROM alert_warning WHERE state = 'PUBLISHED' AND valid_until <= :now")
                .param("now", utc(now))
                .query(UUID.class)
                .list();
    }

    void insertVersion(UUID warningId, WarningVersion v) {
        jdbc.sql("""
                        INSERT INTO alert_version (warning_id, version, content, author, created_at, approved_by,
                                                   published_at)
                        VALUES (:id, :version, :content, :author, :createdAt, :approvedBy, :publishedAt)
                        """)
                .param("id", warningId)
                .param("version", v.version())
                .param("content", JSON.writeValueAsString(v.content()))
                .param("author", v.author())
                .param("createdAt", utc(v.createdAt()))
                .param("approvedBy", v.approvedBy())
                .param("publishedAt", utc(v.publishedAt()))
                .update();
    }

    /** Replaces the content of a version that is not yet published. */
    void updateDraft(UUID warningId, int version, WarningContent content) {
        jdbc.sql("""
                        UPDATE alert_version SET content = :content
                        WHERE warning_id = :id AND version = :version AND published_at IS NULL
                        """)
                .param("id", warningId)
                .param("version", version)
                .param("content", JSON.writeValueAsString(content))
                .update();
    }

    void markPublished(UUID warningId, int version, String approvedBy, Instant at) {
        jdbc.sql("""
                        UPDATE alert_version SET approved_by = :approvedBy, published_at = :at
                        WHERE warning_id = :id AND version = :version
                        """)
                .param("id", warningId)
                .param("version", version)
                .param("approvedBy", approvedBy)
                .param("at", utc(at))
                .update();
    }

    List<WarningVersion> versions(UUID warningId) {
        return jdbc.sql("""
                        SELECT version, content, author, created_at, approved_by, published_at
                        FROM alert_version WHERE warning_id = :id ORDER BY version
                        """)
                .param("id", warningId)
                .query((rs, n) -> new WarningVersion(
                        rs.getInt("version"),
                        JSON.readValue(rs.getString("content"), WarningContent.class),
                        rs.getString("author"),
                        instant(rs, "created_at"),
                        rs.getString("approved_by"),
                        instantOrNull(rs, "published_at")))
                .list();
    }

    void insertMessage(CapMessage m) {
        jdbc.sql("""
                        INSERT INTO alert_message (identifier, warning_id, version, msg_type, sent, sent_text, xml)
                        VALUES (:identifier, :warningId, :version, :type, :sent, :sentText, :xml)
                        """)
                .param("identifier", m.identifier())
                .param("warningId", m.warningId())
                .param("version", m.version())
                .param("type", m.messageType())
                .param("sent", m.sent())
                .param("sentText", CapDocuments.dateTime(m.sent()))
                .param("xml", m.xml())
                .update();
    }

    /** A warning's CAP messages in the order they were issued. */
    List<CapMessage> messages(UUID warningId) {
        return jdbc.sql("""
                        SELECT identifier, warning_id, version, msg_type, sent_text, xml
                        FROM alert_message WHERE warning_id = :id ORDER BY seq
                        """)
                .param("id", warningId)
                .query(AlertRepository::message)
                .list();
    }

    Optional<CapMessage> message(String identifier) {
        return jdbc.sql("""
                        SELECT identifier, warning_id, version, msg_type, sent_text, xml
                        FROM alert_message WHERE identifier = :identifier
                        """)
                .param("identifier", identifier)
                .query(AlertRepository::message)
                .optional();
    }

    boolean hasPhoto(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_photo WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insertPhoto(String id, String contentType, byte[] bytes, String actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO alert_photo (id, content_type, bytes, uploaded_by, uploaded_at)
                        VALUES (:id, :type, :bytes, :actor, :at)
                        """)
                .param("id", id)
                .param("type", contentType)
                .param("bytes", bytes)
                .param("actor", actor)
                .param("at", utc(at))
                .update();
    }

    Optional<Photo> photo(String id) {
        return jdbc.sql("SELECT content_type, bytes FROM alert_photo WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Photo(id, rs.getString("content_type"), rs.getBytes("bytes")))
                .optional();
    }

    void appendHistory(UUID warningId, AuditEntry e) {
        jdbc.sql("""
                        INSERT INTO alert_history (warning_id, at, actor, action, version, note)
                        VALUES (:id, :at, :actor, :action, :version, :note)
                        """)
                .param("id", warningId)
                .param("at", utc(e.at()))
                .param("actor", e.actor())
                .param("action", e.action())
                .param("version", e.version())
                .param("note", e.note())
                .update();
    }

    List<AuditEntry> history(UUID warningId) {
        return jdbc.sql("""
                        SELECT at, actor, action, version, note FROM alert_history
                        WHERE warning_id = :id ORDER BY seq
                        """)
                .param("id", warningId)
                .query((rs, n) -> new AuditEntry(
                        instant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getInt("version"),
                        rs.getString("note")))
                .list();
    }

    /** Everyone who drafted or edited a version: none of them may approve it. */
    List<String> writers(UUID warningId, int version) {
        return jdbc.sql("""
                        SELECT DISTINCT actor FROM alert_history
                        WHERE warning_id = :id AND version = :version AND action IN ('drafted', 'edited', 'revised')
                        """)
                .param("id", warningId)
                .param("version", version)
                .query(String.class)
                .list();
    }

    /** An uploaded photo of a product. */
    record Photo(String id, String contentType, byte[] bytes) {}

    private static Warning warning(ResultSet rs, int row) throws SQLException {
        return new Warning(
                rs.getObject("id", UUID.class),
                WarningState.valueOf(rs.getString("state")),
                rs.getInt("version"),
                rs.getObject("published_version", Integer.class),
                rs.getObject("signal_id", UUID.class),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instantOrNull(rs, "first_published_at"),
                instant(rs, "updated_at"));
    }

    private static CapMessage message(ResultSet rs, int row) throws SQLException {
        return new CapMessage(
                rs.getString("identifier"),
                rs.getObject("warning_id", UUID.class),
                rs.getInt("version"),
                rs.getString("msg_type"),
                OffsetDateTime.parse(rs.getString("sent_text")),
                rs.getString("xml"));
    }
}
