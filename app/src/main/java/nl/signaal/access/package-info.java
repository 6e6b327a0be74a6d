/**
 * Who may do what: organisations (labs, ambulance services, monitoring centres), their accounts with roles, and the
 * API tokens with which organisations send data. Owns the {@code access_*} tables. Passwords and tokens are stored only
 * as hashes; a generated secret is shown once, when it is made. Publishes no events and consumes none.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package nl.signaal.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
