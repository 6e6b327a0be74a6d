/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.substance.GroupListings;
import nl.signaal.substance.Substance;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubstanceRepository {

    private final JdbcClient jdbc;

    SubstanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every substance with its groups and names. */
    List<Substance> findAll() {
        Map<String, Set<String>> groups = new HashMap<>();
        jdbc.sql("SELECT substance_id, group_id FROM substance_group_member ORDER BY substance_id, group_id")
                .query(rs -> {
                    groups.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>())
                            .add(rs.getString(2));
                });
        Map<String, List<String>> names = new HashMap<>();
        jdbc.sql("SELECT substance_id, name FROM substance_name ORDER BY substance_id, name")
                .query(rs -> {
                    names.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return jdbc.sql("""
                        SELECT id, name, smiles, inchikey, list, listed_from, exempt, potency, notes, origin
                        FROM substance_substance ORDER BY id
                        """).query((rs, n) -> substance(rs, groups, names)).list();
    }

    private static Substance substance(ResultSet rs, Map<String, Set<String>> groups, Map<String, List<String>> names)
            throws SQLException {
        String id = rs.getString("id");
        String name = rs.getString("name");
        return new Substance(
                id,
                name,
                rs.getString("smiles"),
                rs.getString("inchikey"),
                groups.getOrDefault(id, Set.of()),
                names.getOrDefault(id, List.of()).stream()
                        .filter(s -> !s.equals(name))
                        .toList(),
                rs.getString("list"),
                rs.getObject("listed_from", LocalDate.class),
                rs.getBoolean("exempt"),
                rs.getString("potency"),
                rs.getString("notes"),
                "catalogue".equals(rs.getString("origin")));
    }

    /** Group id to its listing: list and date; a configured date is filled in by the caller. */
    GroupListings findGroupListings() {
        return new GroupListings(jdbc.sql(
                        "SELECT group_id, list, listed_from, configured, legal_basis FROM substance_group_listing")
                .query((rs, n) -> new GroupListings.Listing(
                        rs.getString("group_id"),
                        rs.getString("list"),
                        rs.getObject("listed_from", LocalDate.class),
                        rs.getBoolean("configured"),
                        rs.getString("legal_basis")))
                .list());
    }

    /** Stores a structure no catalogue names, under its InChIKey, with the name it was first reported under. */
    void insertStructure(String inchiKey, String name, String smiles, Set<String> groups) {
        jdbc.sql("""
                        INSERT INTO substance_substance (id, name, smiles, inchikey, exempt, origin)
                        VALUES (:id, :name, :smiles, :id, FALSE, 'structure')
                        """)
                .param("id", inchiKey)
                .param("name", name)
                .param("smiles", smiles)
                .update();
        for (String group : groups) {
            jdbc.sql("INSERT INTO substance_group_member (substance_id, group_id, origin) VALUES (:s, :g, 'structure')")
                    .param("s", inchiKey)
                    .param("g", group)
                    .update();
        }
    }

    void insertName(String name, String substanceId, String origin, Instant now, @Nullable String by) {
        jdbc.sql("""
                        INSERT INTO substance_name (name, substance_id, origin, created_at, created_by)
                        VALUES (:name, :substanceId, :origin, :now, :by)
                        """)
                .param("name", name)
                .param("substanceId", substanceId)
                .param("origin", origin)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .update();
    }

    boolean nameExists(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM substance_name WHERE name = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Counts a name that could not be recognised, adding it to the curation queue the first time. */
    void noteUnresolved(String name, int occurrences, List<String> suggestions, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE substance_unresolved
                        SET occurrences = occurrences + :n, last_seen = :now, suggestions = :suggestions
                        WHERE name = :name
                        """)
                .param("name", name)
                .param("n", occurrences)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("suggestions", String.join("|", suggestions))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO substance_unresolved (name, occurrences, first_seen, last_seen, suggestions)
                            VALUES (:name, :n, :now, :now, :suggestions)
                            """)
                    .param("name", name)
                    .param("n", occurrences)
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .param("suggestions", String.join("|", suggestions))
                    .update();
        }
    }

    List<UnresolvedName> findUnresolved() {
        return jdbc.sql("""
                        SELECT name, occurrences, first_seen, last_seen, suggestions FROM substance_unresolved
                        ORDER BY occurrences DESC, name
                        """)
                .query((rs, n) -> new UnresolvedName(
                        rs.getString("name"),
                        rs.getInt("occurrences"),
                        rs.getObject("first_seen", java.time.OffsetDateTime.class)
                                .toInstant(),
                        rs.getObject("last_seen", java.time.OffsetDateTime.class)
                                .toInstant(),
                        split(rs.getString("suggestions"))))
                .list();
    }

    void removeUnresolved(String name) {
        jdbc.sql("DELETE FROM substance_unresolved WHERE name = :name")
                .param("name", name)
                .update();
    }

    /**
     * Records a first detection unless one is known: returns whether this was the first. An earlier record that
     * arrives later moves the first date back without a second detection.
     */
    boolean recordFirst(
            String scope, String subject, String region, LocalDate date, String kind, UUID recordId, Instant now) {
        int earlier = jdbc.sql("""
                        UPDATE substance_first_detection
                        SET first_date = :date, record_kind = :kind, record_id = :record
                        WHERE scope = :scope AND subject = :subject AND region_code = :region AND first_date > :date
                        """)
                .param("scope", scope)
                .param("subject", subject)
                .param("region", region)
                .param("date", date)
                .param("kind", kind)
                .param("record", recordId)
                .update();
        if (earlier > 0 || isKnown(scope, subject, region)) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO substance_first_detection
                            (scope, subject, region_code, first_date, record_kind, record_id, detected_at)
                        VALUES (:scope, :subject, :region, :date, :kind, :record, :now)
                        """)
                .param("scope", scope)
                .param("subject", subject)
                .param("region", region)
                .param("date", date)
                .param("kind", kind)
                .param("record", recordId)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
        return true;
    }

    private boolean isKnown(String scope, String subject, String region) {
        return jdbc.sql("""
                                SELECT COUNT(*) FROM substance_first_detection
                                WHERE scope = :scope AND subject = :subject AND region_code = :region
                                """)
                        .param("scope", scope)
                        .param("subject", subject)
                        .param("region", region)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static List<String> split(@Nullable String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split("\\|"));
    }
}
