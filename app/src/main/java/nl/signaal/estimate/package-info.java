/**
 * Population size estimates for hidden populations (high-risk opioid and crack use, OPAAK): capture histories of
 * linked lists, uploaded without identities (the lists are linked by a keyed hash made at the source, see
 * docs/pseudonymisation.md), estimated with log-linear capture–recapture and the multiplier method of {@code stats}.
 * Owns the {@code estimate_*} tables, which hold counts per capture history and nothing about a person.
 */
@ApplicationModule(allowedDependencies = {"shared", "stats :: estimate"})
@NullMarked
package nl.signaal.estimate;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
