/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.signaal.access.internal.AccessRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates organisations, accounts and API tokens. Secrets are generated here, returned once to the caller and stored
 * only as hashes (passwords with the configured {@link PasswordEncoder}, tokens as SHA-256, which suffices for 256
 * random bits).
 */
@Service
public class AccessManagement {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final String TOKEN_PREFIX = "sgl_";

    private final AccessRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccessManagement(AccessRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The organisation with this code, created when it does not exist yet. */
    @Transactional
    public Organisation ensureOrganisation(String code, String name) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "organisation code '" + code + "' must be 2-63 lower-case letters, digits or hyphens");
        }
        return repository.findOrganisation(code).orElseGet(() -> {
            Organisation created = new Organisation(UUID.randomUUID(), code, name);
            repository.insertOrganisation(created, clock.instant());
            return created;
        });
    }

    public Optional<Organisation> findOrganisation(String code) {
        return repository.findOrganisation(code);
    }

    public boolean accountExists(String username) {
        return repository.findAccount(username).isPresent();
    }

    /** Creates an account with a generated password and returns that password; it is not stored. */
    @Transactional
    public String createAccount(String username, Organisation organisation, Set<Role> roles) {
        String password = secret(18);
        repository.insertAccount(
                UUID.randomUUID(),
                username,
                passwordEncoder.encode(password),
                organisation.id(),
                roles,
                clock.instant());
        return password;
    }

    /** Issues an API token for an organisation and returns it; only its hash is stored. */
    @Transactional
    public String issueToken(Organisation organisation, String name, Set<Role> roles) {
        String token = TOKEN_PREFIX + secret(32);
        repository.insertToken(UUID.randomUUID(), organisation.id(), name, hash(token), roles, clock.instant());
        return token;
    }

    /** The caller a presented API token stands for, if the token is known and not revoked. */
    public Optional<SignaalUser> authenticateToken(String token) {
        if (!token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return repository.findByTokenHash(hash(token));
    }

    private String secret(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    static String hash(String token) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
