/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated caller, whether a person who logged in or an organisation's API token: its name, the organisation
 * it acts for, and its roles. Controllers receive it with {@code @AuthenticationPrincipal}.
 */
public final class SignaalUser implements UserDetails, CredentialsContainer {

    private final String name;
    private @Nullable String passwordHash;
    private final UUID organisationId;
    private final String organisationCode;
    private final Set<Role> roles;

    public SignaalUser(
            String name, @Nullable String passwordHash, UUID organisationId, String organisationCode, Set<Role> roles) {
        this.name = name;
        this.passwordHash = passwordHash;
        this.organisationId = organisationId;
        this.organisationCode = organisationCode;
        this.roles = Set.copyOf(roles);
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream().map(Role::authority).toList();
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return name;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return name + " (" + organisationCode + ", " + roles + ")";
    }
}
