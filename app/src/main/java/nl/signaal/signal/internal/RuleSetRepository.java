/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RuleSetRepository {

    private final JdbcClient jdbc;

    RuleSetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest version in effect at {@code at}. */
    Optional<StoredRuleSet> inEffect(Instant at) {
        return jdbc.sql("""
                        SELECT version, effective_from, content, author, note, created_at FROM signal_rule_set
                        WHERE effective_from <= :at ORDER BY version DESC FETCH FIRST 1 ROWS ONLY
                        """)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .query(RuleSetRepository::stored)
                .optional();
    }

    List<StoredRuleSet> all() {
        return jdbc.sql("""
                        SELECT version, effective_from, content, author, note, created_at FROM signal_rule_set
                        ORDER BY version DESC
                        """).query(RuleSetRepository::stored).list();
    }

    int newestVersion() {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM signal_rule_set")
                .query(Integer.class)
                .single();
    }

    void insert(int version, Instant effectiveFrom, String content, String author, @Nullable String note, Instant now) {
        jdbc.sql("""
                        INSERT INTO signal_rule_set (version, effective_from, content, author, note, created_at)
                        VALUES (:version, :from, :content, :author, :note, :now)
                        """)
                .param("version", version)
                .param("from", effectiveFrom.atOffset(ZoneOffset.UTC))
                .param("content", content)
                .param("author", author)
                .param("note", note)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    private static StoredRuleSet stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredRuleSet(
                rs.getInt("version"),
                rs.getObject("effective_from", java.time.OffsetDateTime.class).toInstant(),
                RuleSet.read(rs.getString("content")),
                rs.getString("author"),
                rs.getString("note"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
    }
}
