/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import nl.signaal.stats.detection.Detection;
import nl.signaal.stats.detection.FarringtonFlexible;
import nl.signaal.stats.detection.FarringtonOptions;
import nl.signaal.stats.detection.Series;
import nl.signaal.surveillance.internal.AdaptiveFarrington;
import org.junit.jupiter.api.Test;

/** The years back are lowered to the history there is, and the numbers are then those of the stats library. */
class SurveillanceAdaptiveFarringtonUnitTests {

    private final FarringtonOptions options = FarringtonOptions.noufaily();
    private final AdaptiveFarrington farrington = new AdaptiveFarrington(options);

    @Test
    void yearsBackAreTheMostTheHistoryAllowsUpToTheConfigured() {
        int w = options.w();
        assertThat(farrington.yearsBack(52 + w))
                .as("one week short of a year plus w")
                .isZero();
        assertThat(farrington.yearsBack(52 + w + 1)).isEqualTo(1);
        assertThat(farrington.yearsBack(2 * 52 + w)).isEqualTo(1);
        assertThat(farrington.yearsBack(2 * 52 + w + 1)).isEqualTo(2);
        assertThat(farrington.yearsBack(5 * 52 + w + 1)).isEqualTo(5);
        assertThat(farrington.yearsBack(20 * 52))
                .as("never more than configured")
                .isEqualTo(5);
        assertThat(farrington.weeksNeeded()).isEqualTo(5 * 52 + w + 1);
    }

    @Test
    void tooShortAHistoryIsNotEvaluated() {
        assertThat(farrington.evaluate(SurveillanceFixtures.poisson(52 + options.w(), 5, 1)))
                .isEmpty();
    }

    @Test
    void givesTheNumbersOfFarringtonFlexibleWithTheLoweredB() {
        // two and a half years of history: b = 2
        long[] counts = SurveillanceFixtures.poisson(2 * 52 + 30, 6, 7);
        counts[counts.length - 1] = 25;

        var evaluation = farrington.evaluate(counts).orElseThrow();

        int n = 2 * 52 + options.w() + 1;
        double[] last = Arrays.stream(counts, counts.length - n, counts.length)
                .asDoubleStream()
                .toArray();
        Detection direct = new FarringtonFlexible(options.withB(2))
                .detect(Series.weekly(last), n, n)
                .getFirst();
        assertThat(evaluation.b()).isEqualTo(2);
        assertThat(evaluation.detection()).isEqualTo(direct);
        assertThat(direct.upperbound()).as("a threshold was computed").isFinite();
        assertThat(direct.alarm()).isTrue();
    }

    @Test
    void aLongHistoryUsesTheConfiguredB() {
        long[] counts = SurveillanceFixtures.poisson(farrington.weeksNeeded(), 6, 3);

        var evaluation = farrington.evaluate(counts).orElseThrow();

        double[] all = Arrays.stream(counts).asDoubleStream().toArray();
        Detection direct = new FarringtonFlexible(options)
                .detect(Series.weekly(all), counts.length, counts.length)
                .getFirst();
        assertThat(evaluation.b()).isEqualTo(5);
        assertThat(evaluation.detection()).isEqualTo(direct);
    }
}
