/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.simulation;

import java.util.ArrayList;
import java.util.List;
import nl.signaal.stats.detection.Series;
import org.hipparchus.random.RandomDataGenerator;

/**
 * The simulation design of Noufaily et al. (2013), Stat Med 32(7):1206-1222, as re-run in R by {@code
 * r_noufaily_sim.R} (ALGORITHMS.md §3):
 *
 * <ul>
 *   <li>624 weeks of negative-binomial counts with the scenario's mean {@code mu_t} and variance {@code phi * mu_t}
 *       (Poisson when phi = 1), i.e. NB with {@code size = mu_t / (phi - 1)} and {@code prob = 1 / phi}, drawn as a
 *       Poisson-gamma mixture;
 *   <li>four past outbreaks, starting in four distinct weeks drawn uniformly from 313..575, with k drawn from {2, 3,
 *       5, 10}, whose cases are kept within week 575;
 *   <li>for the probability of detection, one current outbreak starting in a week drawn uniformly from 576..624 with k
 *       drawn uniformly from 1..10, whose cases are kept within week 624.
 * </ul>
 *
 * An outbreak starting in week s with size k has {@code Poisson(k * sd_s)} cases, {@code sd_s = sqrt(phi * mu_s)} of
 * the baseline; each case falls in week {@code s + floor(D)} with D lognormal (meanlog 0, sdlog 0.5), so half of them
 * fall in the start week. Cases beyond the last allowed week are counted in that week (R's {@code pmin}), so no case
 * is lost.
 *
 * <p>Known differences from the paper: its replication size (100 series per scenario) is the caller's choice; the
 * random number stream is not R's, so series match R's in distribution, not draw by draw. {@code
 * surveillance::sts_creation} differs again (it sizes outbreaks with the mean of the last week); this class follows
 * the paper and the R script.
 */
public final class NoufailySimulation {

    public static final int WEEKS = 624;
    public static final int PAST_FROM = 313;
    public static final int PAST_TO = 575;
    public static final int CURRENT_FROM = 576;
    public static final int CURRENT_TO = 624;
    public static final int PAST_OUTBREAKS = 4;

    private static final int[] PAST_K = {2, 3, 5, 10};
    private static final double DELAY_SDLOG = 0.5;

    private NoufailySimulation() {}

    /** A seed for replicate {@code replicate} of scenario {@code scenario}, distinct for distinct arguments. */
    public static long seed(long masterSeed, int scenario, int replicate) {
        return mix(mix(masterSeed) ^ mix(((long) scenario << 32) | (replicate & 0xffffffffL)));
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** One series of {@code scenario} with its past and current outbreaks, reproducible from {@code seed}. */
    public static NoufailySeries generate(NoufailyScenario scenario, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(seed);
        double[] counts = baseline(scenario, random);

        int[] starts = random.nextPermutation(PAST_TO - PAST_FROM + 1, PAST_OUTBREAKS);
        List<Outbreak> past = new ArrayList<>(PAST_OUTBREAKS);
        for (int offset : starts) {
            int k = PAST_K[random.nextInt(PAST_K.length)];
            past.add(addOutbreak(counts, scenario, PAST_FROM + offset, k, PAST_TO, random));
        }

        double[] withCurrent = counts.clone();
        int k = 1 + random.nextInt(10);
        int start = CURRENT_FROM + random.nextInt(CURRENT_TO - CURRENT_FROM + 1);
        Outbreak current = addOutbreak(withCurrent, scenario, start, k, CURRENT_TO, random);
        return new NoufailySeries(scenario, seed, Series.weekly(counts), past, Series.weekly(withCurrent), current);
    }

    /** Baseline counts for weeks 1..624 ({@code counts[t - 1]} is week t). */
    public static double[] baseline(NoufailyScenario scenario, RandomDataGenerator random) {
        double[] counts = new double[WEEKS];
        for (int t = 1; t <= WEEKS; t++) {
            counts[t - 1] = negativeBinomial(random, scenario.mean(t), scenario.phi());
        }
        return counts;
    }

    /**
     * A count with mean {@code mean} and variance {@code phi * mean}: Poisson when phi is 1, otherwise negative binomial
     * drawn as Poisson(Gamma(shape = mean / (phi - 1), scale = phi - 1)).
     */
    public static int negativeBinomial(RandomDataGenerator random, double mean, double phi) {
        if (mean <= 0) {
            return 0;
        }
        if (phi == 1) {
            return random.nextPoisson(mean);
        }
        double rate = random.nextGamma(mean / (phi - 1), phi - 1);
        // a gamma draw with a small shape can underflow to 0; Poisson(0) is 0
        return rate > 0 ? random.nextPoisson(rate) : 0;
    }

    /**
     * Adds an outbreak of size {@code k} starting in week {@code start} to {@code counts} (in place), its cases kept
     * within {@code lastWeek}.
     */
    public static Outbreak addOutbreak(
            double[] counts, NoufailyScenario scenario, int start, int k, int lastWeek, RandomDataGenerator random) {
        if (start < 1 || start > lastWeek || lastWeek > counts.length) {
            throw new IllegalArgumentException(
                    "start " + start + " and last week " + lastWeek + " must lie within 1.." + counts.length);
        }
        double expected = k * scenario.standardDeviation(start);
        int cases = random.nextPoisson(expected);
        int first = 0;
        int last = 0;
        for (int i = 0; i < cases; i++) {
            double delay = Math.exp(DELAY_SDLOG * random.nextGaussian());
            int week = (int) Math.min(lastWeek, start + Math.floor(delay));
            counts[week - 1]++;
            first = first == 0 ? week : Math.min(first, week);
            last = Math.max(last, week);
        }
        return new Outbreak(start, k, expected, cases, first, last);
    }
}
