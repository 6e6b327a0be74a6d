/**
 * The scenario evaluation behind {@code ./signaal evaluate}: the ground truth of a scenario's events with the dates of
 * their records, the order in which records would have arrived, and the matching of signals to events. Pure Java, so
 * that the arithmetic is unit-tested without the application; {@link nl.signaal.bench.ScenarioEvaluation} drives it.
 */
@NullMarked
package nl.signaal.bench.evaluation;

import org.jspecify.annotations.NullMarked;
