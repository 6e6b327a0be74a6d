/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.access.Organisation;
import nl.signaal.access.Role;
import nl.signaal.access.SignaalUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccessRepository {

    private final JdbcClient jdbc;

    AccessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> findOrganisation(String code) {
        return jdbc.sql("SELECT id, code, name FROM access_organisation WHERE code = :code")
                .param("code", code)
                .query((rs, n) ->
                        new Organisation(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name")))
                .optional();
    }

    public void insertOrganisation(Organisation organisation, Instant now) {
        jdbc.sql("""
                        INSERT INTO access_organisation (id, code, name, created_at)
                        VALUES (:id, :code, :name, :now)
                        """)
                .param("id", organisation.id())
                .param("code", organisation.code())
                .param("name", organisation.name())
                .param("now", utc(now))
                .update();
    }

    public long countAccounts() {
        return jdbc.sql("SELECT COUNT(*) FROM access_account").query(Long.class).single();
    }

    public void insertAccount(
            UUID id, String username, String passwordHash, UUID organisationId, Set<Role> roles, Instant now) {
        jdbc.sql("""
                        INSERT INTO access_account (id, username, password_hash, organisation_id, roles, enabled, created_at)
                        VALUES (:id, :username, :passwordHash, :organisationId, :roles, TRUE, :now)
                        """)
                .param("id", id)
                .param("username", username)
                .param("passwordHash", passwordHash)
                .param("organisationId", organisationId)
                .param("roles", format(roles))
                .param("now", utc(now))
                .update();
    }

    public Optional<SignaalUser> findAccount(String username) {
        return jdbc.sql("""
                        SELECT a.username, a.password_hash, a.roles, o.id AS organisation_id, o.code AS organisation_code
                        FROM access_account a JOIN access_organisation o ON o.id = a.organisation_id
                        WHERE a.username = :username AND a.enabled
                        """)
                .param("username", username)
                .query((rs, n) -> user(rs, rs.getString("username"), rs.getString("password_hash")))
                .optional();
    }

    public void insertToken(UUID id, UUID organisationId, String name, String tokenHash, Set<Role> roles, Instant now) {
        jdbc.sql("""
                        INSERT INTO access_api_token (id, organisation_id, name, token_hash, roles, created_at)
                        VALUES (:id, :organisationId, :name, :tokenHash, :roles, :now)
                        """)
                .param("id", id)
                .param("organisationId", organisationId)
                .param("name", name)
                .param("tokenHash", tokenHash)
                .param("roles", format(roles))
                .param("now", utc(now))
                .update();
    }

    public Optional<SignaalUser> findByTokenHash(String tokenHash) {
        return jdbc.sql("""
                        SELECT t.name, t.roles, o.id AS organisation_id, o.code AS organisation_code
                        FROM access_api_token t JOIN access_organisation o ON o.id = t.organisation_id
                        WHERE t.token_hash = :tokenHash AND t.revoked_at IS NULL
                        """)
                .param("tokenHash", tokenHash)
                .query((rs, n) -> user(rs, "token:" + rs.getString("name"), null))
                .optional();
    }

    private static SignaalUser user(ResultSet rs, String name, String passwordHash) throws SQLException {
        return new SignaalUser(
                name,
                passwordHash,
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_code"),
                parse(rs.getString("roles")));
    }

    private static String format(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Role> parse(String roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(","))
                .filter(s -> !s.isBlank())
                .map(Role::valueOf)
                .forEach(parsed::add);
        return parsed;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
