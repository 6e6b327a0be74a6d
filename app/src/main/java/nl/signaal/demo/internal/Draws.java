/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import nl.signaal.shared.IsoWeek;
import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.distribution.discrete.PoissonDistribution;

/**
 * Random draws for one stream of the demo data (one source, or one event, in one week). Each stream is seeded from the
 * scenario's seed, the stream's name and the ISO week, never from the draws of another stream: the baseline of a week
 * is the same whatever events a scenario adds, and the same week gives the same baseline in a longer or shorter
 * scenario.
 *
 * <p>Uniform and normal draws come from {@link SplittableRandom}; Poisson and gamma draws invert the distribution
 * functions of Hipparchus at a uniform draw, so that they depend on nothing but this stream.
 */
final class Draws {

    private final SplittableRandom random;

    private Draws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static Draws of(long seed, String stream, IsoWeek week) {
        return new Draws(mix(mix(seed ^ fnv(stream)) + week.year() * 100L + week.week()));
    }

    static Draws of(long seed, String stream) {
        return new Draws(mix(seed ^ fnv(stream)));
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** A whole number from {@code from} to {@code to}, both inclusive. */
    int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double normal(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    /** A normal draw kept within {@code [min, max]} by drawing again (a truncated normal). */
    double normal(double mean, double sd, double min, double max) {
        for (int i = 0; i < 100; i++) {
            double x = normal(mean, sd);
            if (x >= min && x <= max) {
                return x;
            }
        }
        return Math.clamp(mean, min, max);
    }

    /** {@code exp(N(mu, sigma))}: median {@code e^mu}, mean {@code e^(mu + sigma²/2)}. */
    double lognormal(double mu, double sigma) {
        return Math.exp(normal(mu, sigma));
    }

    /** A lognormal draw given its median and the standard deviation of its logarithm. */
    double lognormalMedian(double median, double sigma) {
        return lognormal(Math.log(median), sigma);
    }

    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        return new PoissonDistribution(mean).inverseCumulativeProbability(random.nextDouble());
    }

    /**
     * A Poisson count whose mean is itself gamma-distributed with mean {@code mean} and shape {@code shape}: a negative
     * binomial count, with variance {@code mean + mean² / shape}. Surveillance counts vary more than Poisson counts do
     * (Noufaily et al. 2013 model them this way), so the demo's weekly totals do too.
     */
    int negativeBinomial(double mean, double shape) {
        if (mean <= 0) {
            return 0;
        }
        double u = Math.max(random.nextDouble(), 1e-12);
        double rate = new GammaDistribution(shape, mean / shape).inverseCumulativeProbability(u);
        return poisson(rate);
    }

    <T> T pick(Weighted<T> choices) {
        return choices.pick(random.nextDouble());
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** The 64-bit FNV-1a hash of the UTF-8 bytes: stable across JVMs, unlike the hash codes of most objects. */
    private static long fnv(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The MurmurHash3 64-bit finaliser: neighbouring inputs (weeks, seeds) give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
