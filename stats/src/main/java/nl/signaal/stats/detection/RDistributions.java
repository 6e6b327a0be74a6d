/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/**
 * The few distribution functions of R's {@code nmath} that Farrington needs, with R's definitions: discrete quantiles
 * are the smallest count whose distribution function reaches {@code p}, found by R's search (R 4.2
 * {@code qDiscrete_search.h}: Cornish-Fisher start, {@code p} reduced by {@code 8 * DBL_EPSILON} for left continuity),
 * the negative binomial with non-integer {@code size} through the regularized incomplete beta function, as R's
 * {@code pnbinom} does.
 */
final class RDistributions {

    private static final double DBL_EPSILON = Math.ulp(1.0);
    private static final int MAX_STEPS = 1_000_000;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private RDistributions() {}

    /** R {@code qnorm(p)}. */
    static double qnorm(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** R {@code pnorm(x, mean, sd, lower.tail = FALSE)}. */
    static double pnormUpper(double x, double mean, double sd) {
        return 0.5 * Erf.erfc((x - mean) / (sd * Math.sqrt(2)));
    }

    /** R {@code 2 * pt(-abs(t), df)}: the two-sided p-value of a t statistic. */
    static double twoSidedT(double t, double df) {
        if (Double.isNaN(t) || !(df > 0)) {
            return Double.NaN;
        }
        double t2 = t * t;
        if (Double.isInfinite(t2)) {
            return 0;
        }
        return Beta.regularizedBeta(df / (df + t2), df / 2, 0.5);
    }

    /** R {@code pnbinom(x, size, prob)} for whole {@code x}. */
    static double pnbinom(double x, double size, double prob) {
        if (x < 0) {
            return 0;
        }
        if (size == 0) {
            return 1; // R: all mass at 0
        }
        return Beta.regularizedBeta(prob, size, x + 1);
    }

    /** R {@code pnbinom(y - 1, size, prob, lower.tail = FALSE)}: the probability of a count of at least {@code y}. */
    static double pnbinomAtLeast(double y, double size, double prob) {
        if (y <= 0) {
            return 1;
        }
        if (size == 0) {
            return 0; // R: all mass at 0
        }
        return Beta.regularizedBeta(1 - prob, y, size);
    }

    /** R {@code ppois(x, lambda)} for whole {@code x}. */
    static double ppois(double x, double lambda) {
        if (x < 0) {
            return 0;
        }
        return Gamma.regularizedGammaQ(x + 1, lambda);
    }

    /** R {@code ppois(y - 1, lambda, lower.tail = FALSE)}: the probability of a count of at least {@code y}. */
    static double ppoisAtLeast(double y, double lambda) {
        if (y <= 0) {
            return 1;
        }
        return Gamma.regularizedGammaP(y, lambda);
    }

    /** R {@code qnbinom(p, size, prob)}: NB with mean {@code size (1 - prob) / prob}. NaN for invalid parameters. */
    static double qnbinom(double p, double size, double prob) {
        if (Double.isNaN(p) || Double.isNaN(size) || Double.isNaN(prob)) {
            return Double.NaN;
        }
        if (prob <= 0 || prob > 1 || size < 0 || Double.isInfinite(size)) {
            return Double.NaN;
        }
        if (prob == 1 || size == 0) {
            return 0;
        }
        double q = 1.0 / prob;
        double pp = (1.0 - prob) * q;
        double mu = size * pp;
        double sigma = Math.sqrt(size * pp * q);
        double gamma = (q + pp) / sigma;
        return search(p, mu, sigma, gamma, y -> pnbinom(y, size, prob));
    }

    /** R {@code qpois(p, lambda)}. */
    static double qpois(double p, double lambda) {
        if (Double.isNaN(p) || !(lambda >= 0) || Double.isInfinite(lambda)) {
            return Double.NaN;
        }
        if (lambda == 0) {
            return 0;
        }
        double sigma = Math.sqrt(lambda);
        return search(p, lambda, sigma, 1.0 / sigma, y -> ppois(y, lambda));
    }

    private interface Cdf {
        double at(double y);
    }

    /** R's {@code q_DISCRETE_BODY} for the lower tail on the probability scale, {@code 0 < p < 1}. */
    private static double search(double p, double mu, double sigma, double gamma, Cdf cdf) {
        if (p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        double z = qnorm(p);
        double y = Math.rint(mu + sigma * (z + gamma * (z * z - 1) / 6));
        if (!(y >= 0)) {
            y = 0;
        }
        double[] zz = {cdf.at(y)};
        double target = p * (1 - 8 * DBL_EPSILON);
        if (y < 4096) {
            return doSearch(y, zz, target, 1, cdf);
        }
        double incr = Math.floor(y / 64);
        double oldincr;
        do {
            oldincr = incr;
            y = doSearch(y, zz, target, incr, cdf);
            incr = Math.max(1, Math.floor(incr / 8));
        } while (oldincr > 1 && incr > y * 1e-15);
        return y;
    }

    private static double doSearch(double y, double[] z, double p, double incr, Cdf cdf) {
        if (z[0] >= p) {
            while (true) {
                double newz = -1;
                if (y > 0) {
                    newz = cdf.at(y - incr);
                } else if (y < 0) {
                    y = 0;
                }
                if (y == 0 || Double.isNaN(newz) || newz < p) {
                    return y;
                }
                y = Math.max(0, y - incr);
                z[0] = newz;
            }
        }
        for (int step = 0; step < MAX_STEPS; step++) {
            y += incr;
            z[0] = cdf.at(y);
            if (Double.isNaN(z[0]) || z[0] >= p) {
                return y;
            }
        }
        // a distribution function that never reaches p (lost precision): no quantile rather than no answer
        return Double.NaN;
    }
}
