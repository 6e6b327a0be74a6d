/* Signaal: national drug monitoring, early warning and risk communication. */
/**
 * Simulated weekly count series for evaluating detection methods: the 42 scenarios of Noufaily et al. (2013), Stat Med
 * 32(7):1206-1222, negative-binomial baselines with trend and seasonality and outbreaks added in the past and the
 * current period. Every series is reproducible from its seed. Used by the evaluation harnesses in {@code bench/} and
 * by tests; no production code path depends on it.
 */
@NullMarked
package nl.signaal.stats.simulation;

import org.jspecify.annotations.NullMarked;
