/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NoufailyScenarioUnitTests {

    @Test
    void fortyTwoScenariosInTheOrderOfTheRScript() {
        assertThat(NoufailyScenario.all()).hasSize(42);
        // r_noufaily_sim.R orders by set, trend, m: scenario 1 = set 1 without trend and seasonality
        assertThat(NoufailyScenario.number(1))
                .extracting(NoufailyScenario::parameterSet, NoufailyScenario::trend, NoufailyScenario::harmonics)
                .containsExactly(1, false, 0);
        assertThat(NoufailyScenario.number(6))
                .extracting(NoufailyScenario::parameterSet, NoufailyScenario::trend, NoufailyScenario::harmonics)
                .containsExactly(1, true, 2);
        assertThat(NoufailyScenario.number(42))
                .extracting(NoufailyScenario::parameterSet, NoufailyScenario::theta, NoufailyScenario::phi)
                .containsExactly(7, 5.0, 1.2);
        for (int n = 1; n <= 42; n++) {
            assertThat(NoufailyScenario.number(n).number()).isEqualTo(n);
        }
    }

    @Test
    void meanFollowsTheFormulaOfThePaper() {
        // set 1 (theta 0.1, beta 0.0025, gamma 0.6/0.6), trend, two harmonics, week 100
        NoufailyScenario s = NoufailyScenario.number(6);
        double a = 2 * Math.PI * 100 / 52;
        double expected = Math.exp(0.1
                + 0.0025 * 100
                + 0.6 * Math.cos(a)
                + 0.6 * Math.sin(a)
                + 0.6 * Math.cos(2 * a)
                + 0.6 * Math.sin(2 * a));
        assertThat(s.mean(100)).isCloseTo(expected, within(1e-12));
        assertThat(s.variance(100)).isCloseTo(1.5 * expected, within(1e-12));
        // without trend and seasonality the mean is exp(theta) at every week
        assertThat(NoufailyScenario.number(1).mean(7)).isCloseTo(Math.exp(0.1), within(1e-15));
        assertThat(NoufailyScenario.number(1).mean(600)).isCloseTo(Math.exp(0.1), within(1e-15));
    }

    @Test
    void numbersOutsideOneToFortyTwoAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> NoufailyScenario.number(0));
        assertThatIllegalArgumentException().isThrownBy(() -> NoufailyScenario.number(43));
    }
}
