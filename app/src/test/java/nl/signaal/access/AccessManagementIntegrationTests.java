/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import nl.signaal.TestDatabases;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Organisations, accounts and API tokens, on the embedded database and on PostgreSQL. */
class AccessManagementIntegrationTests {

    @Nested
    @SpringBootTest
    @ActiveProfiles("test")
    class OnH2 extends Contract {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.h2(registry);
        }
    }

    @Nested
    @SpringBootTest
    @ActiveProfiles("test")
    class OnPostgres extends Contract {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.postgres(registry);
        }
    }

    abstract static class Contract {

        @Autowired
        AccessManagement access;

        @Autowired
        UserDetailsService accounts;

        @Autowired
        PasswordEncoder passwords;

        @Autowired
        JdbcClient jdbc;

        String unique(String prefix) {
            return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        }

        @Test
        void anOrganisationIsCreatedOnceAndFoundByItsCode() {
            String code = unique("lab");
            var first = access.ensureOrganisation(code, "A lab");
            var again = access.ensureOrganisation(code, "Another name");

            assertThat(again).isEqualTo(first);
            assertThat(access.findOrganisation(code)).contains(first);
            assertThatThrownBy(() -> access.ensureOrganisation("Not A Code!", "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lower-case");
        }

        @Test
        void anAccountsPasswordIsGeneratedShownOnceAndStoredOnlyAsAHash() {
            var organisation = access.ensureOrganisation(unique("org"), "Org");
            String username = unique("analyst");

            String password = access.createAccount(username, organisation, Set.of(Role.ANALYST));

            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            String stored = jdbc.sql("SELECT password_hash FROM access_account WHERE username = :u")
                    .param("u", username)
                    .query(String.class)
                    .single();
            assertThat(stored).doesNotContain(password);
            assertThat(passwords.matches(password, stored)).isTrue();
            var user = (SignaalUser) accounts.loadUserByUsername(username);
            assertThat(user.roles()).containsExactly(Role.ANALYST);
            assertThat(user.organisationId()).isEqualTo(organisation.id());
            assertThat(access.accountExists(username)).isTrue();
            assertThat(access.createAccount(unique("other"), organisation, Set.of(Role.LAB)))
                    .isNotEqualTo(password);
        }

        @Test
        void anApiTokenStandsForItsOrganisationUntilRevokedAndIsStoredOnlyAsAHash() {
            var organisation = access.ensureOrganisation(unique("lab"), "Lab");
            String token = access.issueToken(organisation, "upload", Set.of(Role.LAB));

            var caller = access.authenticateToken(token).orElseThrow();
            assertThat(caller.organisationId()).isEqualTo(organisation.id());
            assertThat(caller.roles()).containsExactly(Role.LAB);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM access_api_token WHERE token_hash = :t")
                            .param("t", token)
                            .query(Long.class)
                            .single())
                    .as("the token itself is not stored")
                    .isZero();
            assertThat(access.authenticateToken(token + "x")).isEmpty();
            assertThat(access.authenticateToken("not-a-token")).isEmpty();

            jdbc.sql("UPDATE access_api_token SET revoked_at = CURRENT_TIMESTAMP WHERE organisation_id = :o")
                    .param("o", organisation.id())
                    .update();
            assertThat(access.authenticateToken(token)).isEmpty();
        }
    }
}
