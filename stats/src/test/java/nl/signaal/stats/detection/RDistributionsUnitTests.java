/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The distribution functions against R's definitions: a discrete quantile is the smallest count whose distribution
 * function reaches {@code p}; the negative binomial with mean {@code mu} and variance {@code phi * mu} has
 * {@code size = mu / (phi - 1)}, {@code prob = 1 / phi} and {@code P(0) = prob^size}, {@code P(x + 1) = P(x) (x + size)
 * / (x + 1) (1 - prob)}. Values from R are marked as such.
 */
class RDistributionsUnitTests {

    /** The NB distribution function by summing the probability function (R's definition, any real size). */
    private static double nbCdf(double x, double size, double prob) {
        double term = Math.pow(prob, size);
        double sum = term;
        for (int k = 0; k < x; k++) {
            term *= (k + size) / (k + 1) * (1 - prob);
            sum += term;
        }
        return sum;
    }

    private static double poissonCdf(double x, double lambda) {
        double term = Math.exp(-lambda);
        double sum = term;
        for (int k = 1; k <= x; k++) {
            term *= lambda / k;
            sum += term;
        }
        return sum;
    }

    /** The smallest count whose NB distribution function (summed once, term by term) reaches {@code p}. */
    private static double nbQuantile(double p, double size, double prob) {
        double term = Math.pow(prob, size);
        double sum = term;
        int x = 0;
        while (sum < p) {
            term *= (x + size) / (x + 1) * (1 - prob);
            sum += term;
            x++;
        }
        return x;
    }

    private static double poissonQuantile(double p, double lambda) {
        double term = Math.exp(-lambda);
        double sum = term;
        int x = 0;
        while (sum < p) {
            x++;
            term *= lambda / x;
            sum += term;
        }
        return x;
    }

    @Test
    void normalQuantileAsR() {
        // R: qnorm(0.995), qnorm(0.95), qnorm(0.975) printed with 17 digits
        assertThat(RDistributions.qnorm(0.995)).isCloseTo(2.5758293035489004, within(1e-15));
        assertThat(RDistributions.qnorm(0.95)).isCloseTo(1.6448536269514722, within(1e-15));
        assertThat(RDistributions.qnorm(0.975)).isCloseTo(1.959963984540054, within(1e-15));
        // R: pnorm(3, lower.tail = FALSE)
        assertThat(RDistributions.pnormUpper(3, 0, 1)).isCloseTo(0.001349898031630095, within(1e-17));
    }

    @Test
    void twoSidedTAsR() {
        // R: qt(0.975, 10) = 2.228138851986274, qt(0.995, 230) = 2.597505...; 2 * pt(-t, df) = 1 - level
        assertThat(RDistributions.twoSidedT(2.228138851986274, 10)).isCloseTo(0.05, within(1e-14));
        assertThat(RDistributions.twoSidedT(-2.228138851986274, 10)).isCloseTo(0.05, within(1e-14));
        assertThat(RDistributions.twoSidedT(0, 25)).isCloseTo(1, within(1e-15));
        assertThat(RDistributions.twoSidedT(Double.NaN, 25)).isNaN();
    }

    @Test
    void negativeBinomialQuantileIsTheSmallestCountReachingP() {
        double[] means = {1e-9, 0.3, 1.08841972739912, 3.99874780166459, 17.2, 150.5, 1234.5};
        double[] dispersions = {1.0001, 1.05, 1.60515074083202, 2.01853702133733, 7.6, 40};
        double[] levels = {0.5, 0.95, 0.995, 0.999};
        for (double mu : means) {
            for (double phi : dispersions) {
                double size = mu / (phi - 1);
                double prob = 1 / phi;
                if (Math.pow(prob, size) < 1e-280) {
                    continue; // the summed definition underflows at 0
                }
                for (double p : levels) {
                    double expected = nbQuantile(p, size, prob);
                    assertThat(RDistributions.qnbinom(p, size, prob))
                            .as("qnbinom(%s, mu=%s, phi=%s)", p, mu, phi)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void negativeBinomialQuantileOfTheReferenceRows() {
        // ref_farrington_salmonella.agona.csv week 264 (R: upperbound 6)
        double mu = 1.08841972739912;
        double phi = 1.60515074083202;
        assertThat(RDistributions.qnbinom(1 - 0.005, mu / (phi - 1), 1 / phi)).isEqualTo(6);
        // ref_farrington_stsNewport_index.csv week 670 (R: upperbound 14)
        assertThat(RDistributions.qnbinom(1 - 0.005, 3.99874780166459 / (2.01853702133733 - 1), 1 / 2.01853702133733))
                .isEqualTo(14);
    }

    @Test
    void quantileAtAStepOfTheDistributionFunction() {
        // p equal to F(5): R's fuzz p * (1 - 8 eps) keeps the answer at 5, not 6
        double size = 2.5;
        double prob = 0.4;
        double p = RDistributions.pnbinom(5, size, prob);
        assertThat(RDistributions.qnbinom(p, size, prob)).isEqualTo(5);
        assertThat(RDistributions.qnbinom(p * (1 + 1e-9), size, prob)).isEqualTo(6);
        double lambda = 3.3;
        double q = RDistributions.ppois(4, lambda);
        assertThat(RDistributions.qpois(q, lambda)).isEqualTo(4);
        assertThat(RDistributions.qpois(q * (1 + 1e-9), lambda)).isEqualTo(5);
    }

    @Test
    void largeQuantilesUseTheSteppedSearch() {
        // mean 1e5: Cornish-Fisher start above 4096, R's search with shrinking increments
        double size = 1e5 / 1.5;
        double prob = 1 / 2.5;
        double q = RDistributions.qnbinom(0.995, size, prob);
        assertThat(RDistributions.pnbinom(q, size, prob)).isGreaterThanOrEqualTo(0.995 * (1 - 8 * Math.ulp(1.0)));
        assertThat(RDistributions.pnbinom(q - 1, size, prob)).isLessThan(0.995 * (1 - 8 * Math.ulp(1.0)));
        double lambda = 1e6;
        double qp = RDistributions.qpois(0.995, lambda);
        assertThat(RDistributions.ppois(qp, lambda)).isGreaterThanOrEqualTo(0.995 * (1 - 8 * Math.ulp(1.0)));
        assertThat(RDistributions.ppois(qp - 1, lambda)).isLessThan(0.995 * (1 - 8 * Math.ulp(1.0)));
    }

    @Test
    void poissonQuantileIsTheSmallestCountReachingP() {
        for (double lambda : new double[] {1e-11, 0.2, 1, 4.4, 30, 250}) {
            for (double p : new double[] {0.5, 0.95, 0.995}) {
                double expected = poissonQuantile(p, lambda);
                assertThat(RDistributions.qpois(p, lambda))
                        .as("qpois(%s, %s)", p, lambda)
                        .isEqualTo(expected);
            }
        }
        assertThat(RDistributions.qpois(0.995, 0)).isZero();
    }

    @Test
    void upperTailProbabilities() {
        double size = 1.08841972739912 / 0.60515074083202;
        double prob = 1 / 1.60515074083202;
        for (int y = 0; y <= 30; y++) {
            double expected = y == 0 ? 1 : 1 - nbCdf(y - 1, size, prob);
            assertThat(RDistributions.pnbinomAtLeast(y, size, prob)).isCloseTo(expected, within(1e-13));
            double poisson = y == 0 ? 1 : 1 - poissonCdf(y - 1, 2.7);
            assertThat(RDistributions.ppoisAtLeast(y, 2.7)).isCloseTo(poisson, within(1e-13));
        }
        // R: pnbinom(9, size, prob, lower.tail = FALSE) as in ref_farrington_salmonella.agona.csv week 264
        assertThat(RDistributions.pnbinomAtLeast(10, size, prob)).isCloseTo(0.000300191774695189, within(1e-15));
    }

    @Test
    void invalidParametersGiveNaNNotAnException() {
        assertThat(RDistributions.qnbinom(0.995, Double.NaN, 0.5)).isNaN();
        assertThat(RDistributions.qnbinom(0.995, Double.POSITIVE_INFINITY, 0.5)).isNaN();
        assertThat(RDistributions.qnbinom(0.995, 1, 0)).isNaN();
        assertThat(RDistributions.qnbinom(0.995, 0, 0.5)).isZero();
        // size 0 (a mean that underflowed to 0): all mass at 0, as R's pnbinom
        assertThat(RDistributions.pnbinom(0, 0, 0.5)).isEqualTo(1);
        assertThat(RDistributions.pnbinomAtLeast(1, 0, 0.5)).isZero();
        assertThat(RDistributions.qpois(0.995, Double.POSITIVE_INFINITY)).isNaN();
    }
}
