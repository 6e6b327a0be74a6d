/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.access.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Accounts for form login and HTTP Basic. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccessRepository repository;

    AccountUserDetailsService(AccessRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return repository.findAccount(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
