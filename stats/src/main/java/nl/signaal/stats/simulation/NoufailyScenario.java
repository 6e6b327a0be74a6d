/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the 42 simulation scenarios of Noufaily et al. (2013): a baseline of negative-binomial counts with mean
 * {@code mu_t = exp(theta + beta*t + sum_{j=1..m} [gamma1 cos(2 pi j t / 52) + gamma2 sin(2 pi j t / 52)])} and
 * variance {@code phi * mu_t}, t = 1..624.
 *
 * <p>Seven parameter sets, each with trend off ({@code beta} = 0) or on and with m = 0, 1 or 2 harmonics; for m = 2 the
 * second harmonic reuses gamma1 and gamma2, as in the paper's formula. Scenarios are numbered 1..42 in the order of
 * {@code r_noufaily_sim.R} (set, then trend, then m), so scenario numbers match its {@code sim_noufaily_*.csv} output.
 * The parameter values are those of the public replication scripts quoted in ALGORITHMS.md §3.1.
 *
 * @param number 1..42
 * @param parameterSet 1..7, the row of the parameter table
 * @param trend whether {@code beta} enters the mean
 * @param harmonics m, 0 (no seasonality), 1 or 2
 * @param phi the dispersion: variance over mean, at least 1 (1 = Poisson)
 */
public record NoufailyScenario(
        int number,
        int parameterSet,
        boolean trend,
        int harmonics,
        double theta,
        double beta,
        double gamma1,
        double gamma2,
        double phi) {

    private static final double[][] PARAMETER_SETS = {
        // theta, beta, gamma1, gamma2, phi
        {0.1, 0.0025, 0.6, 0.6, 1.5},
        {-2, 0.005, 0.1, 0.3, 2},
        {1.5, 0.003, 0.2, -0.4, 1},
        {0.5, 0.002, 0.5, 0.5, 5},
        {2.5, 0.001, 1, 0.1, 3},
        {3.75, 0.001, 0.1, -0.1, 1.1},
        {5, 0.0001, 0.05, 0.01, 1.2},
    };

    private static final List<NoufailyScenario> ALL = enumerate();

    public NoufailyScenario {
        if (harmonics < 0 || harmonics > 2) {
            throw new IllegalArgumentException("harmonics must be 0, 1 or 2, not " + harmonics);
        }
        if (!(phi >= 1)) {
            throw new IllegalArgumentException("phi must be at least 1, not " + phi);
        }
    }

    /** The 42 scenarios, numbered 1..42. */
    public static List<NoufailyScenario> all() {
        return ALL;
    }

    /** Scenario {@code number}, 1..42. */
    public static NoufailyScenario number(int number) {
        if (number < 1 || number > ALL.size()) {
            throw new IllegalArgumentException("scenarios are numbered 1.." + ALL.size() + ", not " + number);
        }
        return ALL.get(number - 1);
    }

    private static List<NoufailyScenario> enumerate() {
        List<NoufailyScenario> scenarios = new ArrayList<>();
        for (int set = 1; set <= PARAMETER_SETS.length; set++) {
            double[] p = PARAMETER_SETS[set - 1];
            for (int trend = 0; trend <= 1; trend++) {
                for (int m = 0; m <= 2; m++) {
                    scenarios.add(new NoufailyScenario(
                            scenarios.size() + 1, set, trend == 1, m, p[0], p[1], p[2], p[3], p[4]));
                }
            }
        }
        return List.copyOf(scenarios);
    }

    /** The baseline mean {@code mu_t} at week {@code t} (1-based). */
    public double mean(int t) {
        double season = 0;
        for (int j = 1; j <= harmonics; j++) {
            double angle = 2 * Math.PI * j * t / 52;
            season += gamma1 * Math.cos(angle) + gamma2 * Math.sin(angle);
        }
        return Math.exp(theta + (trend ? beta * t : 0) + season);
    }

    /** The baseline variance {@code phi * mu_t} at week {@code t}. */
    public double variance(int t) {
        return phi * mean(t);
    }

    /** The baseline standard deviation at week {@code t}, the unit of outbreak sizes. */
    public double standardDeviation(int t) {
        return Math.sqrt(variance(t));
    }

    /** For tables: "set 3, trend, m=2". */
    public String label() {
        return "set " + parameterSet + (trend ? ", trend" : ", no trend") + ", m=" + harmonics;
    }
}
