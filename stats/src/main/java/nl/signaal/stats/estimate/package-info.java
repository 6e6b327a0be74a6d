/**
 * Population size estimation for hidden populations: log-linear capture–recapture over 2 to 6 linked lists (every
 * hierarchical model up to two-way interactions, fitted as Poisson GLMs as R's {@code glm} fits them, with profile
 * likelihood intervals), the Chapman estimator for two lists, AIC-weighted model averaging, stratified estimates and the
 * multiplier method. Pure Java; the formulas and their sources are in docs/estimates.md.
 */
@NamedInterface("estimate")
@NullMarked
package nl.signaal.stats.estimate;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
