/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Count-data CUSUM for an increase of the mean by a factor {@code e^kappa}, negative binomial or Poisson, with the
 * numbers of R {@code surveillance::algo.glrnb} 1.20.3 ({@code change = "intercept"}, {@code dir = "inc"}, {@code ret =
 * "value"}), after Höhle and Paul (2008), "Count data regression charts for the monitoring of surveillance time
 * series", Computational Statistics and Data Analysis 52(9):4357-4368.
 *
 * <p>In control the count {@code x_t} is negative binomial with mean {@code mu0_t} and variance {@code mu0_t + alpha
 * mu0_t^2} (Poisson when {@code alpha = 0}); out of control its mean is {@code mu0_t e^kappa}. The in-control mean
 * {@code mu0} is given, as a constant or one value per time point (R's numeric {@code mu0}); Signaal does not fit R's
 * default {@code glm.nb} with a harmonic, nor estimate {@code alpha}.
 *
 * <ul>
 *   <li><b>LR-CUSUM</b> ({@code theta} given, {@code kappa = theta}): {@code S_n = max(0, S_{n-1} + z_n)}, {@code S_0 =
 *       0}, with {@code z_n = kappa x_n + (x_n + 1/alpha) log((1 + alpha mu0_n) / (1 + alpha mu0_n e^kappa))} (NB) or
 *       {@code z_n = kappa x_n + (1 - e^kappa) mu0_n} (Poisson). Alarm when {@code S_n > cArl} (strict).
 *   <li><b>GLR</b> ({@code theta} null): {@code GLR_n = max_k sup_{kappa >= 0} l_{n,k}(kappa)} over change points
 *       {@code k}. NB: {@code kappa} by R's Newton-Raphson (start 0.5, carried over from the previous {@code k},
 *       stopped at a step below 1e-6, below -18 or after 1000 steps, then clipped at 0), {@code k} from {@code
 *       max(0, n-M)} (all when {@code M = -1}) to {@code n - Mtilde + 1}. Poisson: {@code kappa = max(0,
 *       log(sum x / sum mu0))} in closed form; all {@code k <= n} when {@code M <= 0}, otherwise {@code k} from
 *       {@code max(0, n-M)} to {@code n - Mtilde} and no statistic for the first {@code Mtilde} points (R's C code
 *       differs between the NB and the Poisson windows; copied as it is). Alarm when {@code GLR_n >= cArl}.
 * </ul>
 *
 * <p>After an alarm the chart restarts at the next time point with an empty history, as R does. The first time point
 * of the evaluated range is the start of the chart. {@code upperbound} is the statistic (R {@code ret = "value"}), with
 * R's clean-up: NaN and negative values become 0. {@code expected} is {@code mu0_t} (R reports none).
 *
 * <p>Differences from R, on purpose: a missing count (NaN) is left out of the statistic (it counts as {@code x = 0,
 * mu0 = 0}, which adds nothing to any sum), never alarms and carries a reason; R passes it to C as {@code INT_MIN}.
 * R's {@code ret = "cases"}, {@code dir = "dec"} and {@code change = "epi"} are not implemented. The population of the
 * series is not used (nor is it by R).
 *
 * <p>Failure modes: a wrong {@code mu0} makes the chart meaningless (too low alarms forever, too high never); {@code
 * alpha} too small for overdispersed counts gives false alarms. The statistic only grows with evidence and needs
 * several weeks of excess to alarm on a small increase.
 */
public final class NegativeBinomialCusum implements DetectionMethod {

    /** R's defaults. */
    public static final double DEFAULT_C_ARL = 5;

    public static final int DEFAULT_M_TILDE = 1;
    public static final int DEFAULT_M = -1;

    private final InControlMean mu0;
    private final double alpha;
    private final @Nullable Double theta;
    private final double cArl;
    private final int mTilde;
    private final int m;

    private NegativeBinomialCusum(
            InControlMean mu0, double alpha, @Nullable Double theta, double cArl, int mTilde, int m) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha (the NB dispersion) must be at least 0, not " + alpha);
        }
        if (theta != null && !Double.isFinite(theta)) {
            throw new IllegalArgumentException("theta must be a number, not " + theta);
        }
        if (!Double.isFinite(cArl)) {
            throw new IllegalArgumentException("c.ARL must be a number, not " + cArl);
        }
        if (mTilde < 1) {
            throw new IllegalArgumentException("Mtilde must be at least 1, not " + mTilde);
        }
        if (m < -1) {
            throw new IllegalArgumentException("M must be -1 (no window) or at least 0, not " + m);
        }
        this.mu0 = mu0;
        this.alpha = alpha;
        this.theta = theta;
        this.cArl = cArl;
        this.mTilde = mTilde;
        this.m = m;
    }

    /**
     * The GLR chart with R's defaults ({@code c.ARL = 5, Mtilde = 1, M = -1}); {@code alpha = 0} is the Poisson chart.
     */
    public static NegativeBinomialCusum glr(InControlMean mu0, double alpha) {
        return new NegativeBinomialCusum(mu0, alpha, null, DEFAULT_C_ARL, DEFAULT_M_TILDE, DEFAULT_M);
    }

    /** The LR-CUSUM for the known log rate ratio {@code theta} (R {@code theta}, e.g. {@code log(2)}). */
    public static NegativeBinomialCusum lrCusum(InControlMean mu0, double alpha, double theta) {
        return glr(mu0, alpha).withTheta(theta);
    }

    /** Known log rate ratio: the LR-CUSUM; {@code null}: the GLR chart. */
    public NegativeBinomialCusum withTheta(@Nullable Double theta) {
        return new NegativeBinomialCusum(mu0, alpha, theta, cArl, mTilde, m);
    }

    /** Alarm threshold of the statistic (R {@code c.ARL}). */
    public NegativeBinomialCusum withCArl(double cArl) {
        return new NegativeBinomialCusum(mu0, alpha, theta, cArl, mTilde, m);
    }

    /** GLR only: the least number of points after a change point (R {@code Mtilde}). */
    public NegativeBinomialCusum withMtilde(int mTilde) {
        return new NegativeBinomialCusum(mu0, alpha, theta, cArl, mTilde, m);
    }

    /** GLR only: how far back a change point may lie (R {@code M}; -1 for no limit). */
    public NegativeBinomialCusum withM(int m) {
        return new NegativeBinomialCusum(mu0, alpha, theta, cArl, mTilde, m);
    }

    public InControlMean mu0() {
        return mu0;
    }

    public double alpha() {
        return alpha;
    }

    public @Nullable Double theta() {
        return theta;
    }

    public double cArl() {
        return cArl;
    }

    public int mTilde() {
        return mTilde;
    }

    public int m() {
        return m;
    }

    /** The first time point the in-control mean covers: 1 for a constant. */
    @Override
    public int firstEvaluable(Series series) {
        return mu0.first();
    }

    @Override
    public List<Detection> detect(Series series, int from, int to) {
        EarsC.checkRange(series, from, to);
        int first = mu0.first();
        int last = mu0.last();
        if (from < first || to > last) {
            throw new IllegalArgumentException(
                    "mu0 is given for t=" + first + ".." + last + ", the range asks for t=" + from + ".." + to);
        }
        int length = to - from + 1;
        double[] observed = series.observed();
        double[] x = new double[length];
        double[] mean = new double[length];
        for (int i = 0; i < length; i++) {
            int t = from + i;
            double count = observed[t - 1];
            boolean missing = Double.isNaN(count);
            x[i] = missing ? 0 : count;
            mean[i] = missing ? 0 : mu0.at(t);
        }

        double[] statistic = new double[length];
        boolean[] alarm = new boolean[length];
        int start = 0;
        while (start < length) {
            int alarmAt = chart(x, mean, start, length, statistic);
            if (alarmAt < 0) {
                break;
            }
            alarm[alarmAt] = true;
            start = alarmAt + 1;
        }

        List<Detection> result = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            int t = from + i;
            double value = statistic[i];
            // R: upperbound[is.na(upperbound)] <- 0; upperbound[upperbound < 0] <- 0
            double upper = Double.isNaN(value) || value < 0 ? 0 : value;
            double count = observed[t - 1];
            if (Double.isNaN(count)) {
                result.add(
                        new Detection(t, count, mu0.at(t), upper, false, "count missing: left out of the statistic"));
            } else {
                result.add(new Detection(t, count, mu0.at(t), upper, alarm[i], null));
            }
        }
        return result;
    }

    /**
     * Runs the chart from {@code start} (a fresh start, R's restart after an alarm) and fills {@code statistic}; returns
     * the index of the first alarm or -1. Indices are 0-based into the evaluated range, as in R's C code after the
     * chart has been cut at the last alarm.
     */
    private int chart(double[] x, double[] mean, int start, int end, double[] statistic) {
        if (theta != null) {
            return lrCusum(x, mean, start, end, theta, statistic);
        }
        return alpha == 0 ? poissonGlr(x, mean, start, end, statistic) : nbGlr(x, mean, start, end, statistic);
    }

    private int lrCusum(double[] x, double[] mean, int start, int end, double kappa, double[] statistic) {
        double previous = 0;
        for (int n = start; n < end; n++) {
            double z = alpha == 0
                    ? kappa * x[n] + (1 - Math.exp(kappa)) * mean[n]
                    : kappa * x[n]
                            + (x[n] + 1 / alpha)
                                    * Math.log((1 + alpha * mean[n]) / (1 + alpha * mean[n] * Math.exp(kappa)));
            statistic[n] = fmax(0, previous + z);
            previous = statistic[n];
            if (statistic[n] > cArl) {
                return n;
            }
        }
        return -1;
    }

    private int poissonGlr(double[] x, double[] mean, int start, int end, double[] statistic) {
        int lx = end - start;
        if (m > 0) {
            // R glr_cusum_window: no statistic for the first Mtilde points (R's zero-initialised vector)
            for (int n = 0; n < Math.min(mTilde, lx); n++) {
                statistic[start + n] = 0;
            }
            for (int n = mTilde; n < lx; n++) {
                double sumX = 0;
                double sumMu = 0;
                for (int l = n - mTilde + 1; l <= n; l++) {
                    sumX += x[start + l];
                    sumMu += mean[start + l];
                }
                double max = -1e99;
                for (int k = n - mTilde; k >= Math.max(0, n - m); k--) {
                    sumX += x[start + k];
                    sumMu += mean[start + k];
                    double value = poissonLogLikelihoodRatio(sumX, sumMu);
                    if (value > max) { // as R's C code: a NaN value is never the maximum
                        max = value;
                    }
                }
                statistic[start + n] = max;
                if (max >= cArl) {
                    return start + n;
                }
            }
            return -1;
        }
        // R glr_cusum: statistic from n = Mtilde - 1 on, change points k = 0..n
        int n0 = Math.max(mTilde - 1, 0);
        for (int n = 0; n < Math.min(n0, lx); n++) {
            statistic[start + n] = 0;
        }
        for (int n = n0; n < lx; n++) {
            double sumX = 0;
            double sumMu = 0;
            double max = -1e99;
            for (int k = n; k >= 0; k--) {
                sumX += x[start + k];
                sumMu += mean[start + k];
                double value = poissonLogLikelihoodRatio(sumX, sumMu);
                if (value > max) { // as R's C code: a NaN value is never the maximum
                    max = value;
                }
            }
            statistic[start + n] = max;
            if (max >= cArl) {
                return start + n;
            }
        }
        return -1;
    }

    /** {@code sup_{kappa >= 0}} of the Poisson log likelihood ratio of a segment with these sums. */
    private static double poissonLogLikelihoodRatio(double sumX, double sumMu) {
        double kappa = fmax(0, Math.log(sumX / sumMu));
        return kappa * sumX + (1 - Math.exp(kappa)) * sumMu;
    }

    private int nbGlr(double[] x, double[] mean, int start, int end, double[] statistic) {
        int lx = end - start;
        int n0 = Math.max(mTilde - 1, 0);
        for (int n = 0; n < Math.min(n0, lx); n++) {
            statistic[start + n] = 0;
        }
        for (int n = n0; n < lx; n++) {
            double max = -1e99;
            double kappaMl = 0.5;
            int low = m == -1 ? 0 : Math.max(0, n - m);
            int up = n - (mTilde - 1);
            for (int k = low; k <= up; k++) {
                double kappaOld = 0.4;
                double kappaNew = kappaMl;
                int iterations = 0;
                // R's loop condition, including its stop below -18 and its absolute step criterion
                while (kappaNew > -18 && Math.abs(kappaNew - kappaOld) > 1e-6 && iterations < 1000) {
                    iterations++;
                    kappaOld = kappaNew;
                    kappaNew = kappaOld
                            + nbScore(kappaOld, x, mean, start + k, start + n)
                                    / nbFisher(kappaOld, x, mean, start + k, start + n);
                }
                kappaMl = fmax(0, kappaNew);
                double lnk = nbLogLikelihoodRatio(kappaMl, x, mean, start + k, start + n);
                if (lnk > max) {
                    max = lnk;
                }
            }
            statistic[start + n] = max;
            if (max >= cArl) {
                return start + n;
            }
        }
        return -1;
    }

    private double nbScore(double kappa, double[] x, double[] mean, int k, int n) {
        double e = Math.exp(kappa);
        double sum = 0;
        for (int i = k; i <= n; i++) {
            sum += (x[i] - e * mean[i]) / (1 + alpha * e * mean[i]);
        }
        return sum;
    }

    private double nbFisher(double kappa, double[] x, double[] mean, int k, int n) {
        double e = Math.exp(kappa);
        double sum = 0;
        for (int i = k; i <= n; i++) {
            double d = 1 + alpha * e * mean[i];
            sum += mean[i] * (alpha * x[i] + 1) / (d * d);
        }
        return e * sum;
    }

    private double nbLogLikelihoodRatio(double kappa, double[] x, double[] mean, int k, int n) {
        double e = Math.exp(kappa);
        double sum = 0;
        for (int i = k; i <= n; i++) {
            sum += kappa * x[i] + (x[i] + 1 / alpha) * Math.log((1 + alpha * mean[i]) / (1 + alpha * mean[i] * e));
        }
        return sum;
    }

    /** C's fmax, which R's C code uses: a NaN argument gives the other one (Java's Math.max would give NaN). */
    private static double fmax(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return Math.max(a, b);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%s %s (mu0 %s, alpha %s, c.ARL %s, Mtilde %d, M %d)",
                alpha == 0 ? "Poisson" : "negative-binomial",
                theta == null ? "GLR" : "LR-CUSUM theta " + theta,
                mu0,
                alpha,
                cArl,
                mTilde,
                m);
    }

    /**
     * The in-control mean {@code mu0_t}: a constant for every time point, or one value for each time point of {@code
     * first..first+values.length-1} (R's numeric {@code mu0}, which gives one value per time point of {@code range}).
     */
    public static final class InControlMean {

        private final int first;
        private final double[] values;
        private final boolean constant;

        private InControlMean(int first, double[] values, boolean constant) {
            for (double v : values) {
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("mu0 must be a number of at least 0, not " + v);
                }
            }
            if (values.length == 0) {
                throw new IllegalArgumentException("mu0 needs at least one value");
            }
            if (first < 1) {
                throw new IllegalArgumentException("time points start at 1, not " + first);
            }
            this.first = first;
            this.values = values;
            this.constant = constant;
        }

        /** The same mean at every time point. */
        public static InControlMean constant(double mu0) {
            return new InControlMean(1, new double[] {mu0}, true);
        }

        /** {@code values[i]} is the mean at time point {@code first + i}. */
        public static InControlMean from(int first, double... values) {
            return new InControlMean(first, values.clone(), false);
        }

        public int first() {
            return first;
        }

        /** The last time point covered, {@link Integer#MAX_VALUE} for a constant. */
        public int last() {
            return constant ? Integer.MAX_VALUE : first + values.length - 1;
        }

        public double at(int t) {
            if (t < first || t > last()) {
                throw new IllegalArgumentException("mu0 is not given for t=" + t);
            }
            return constant ? values[0] : values[t - first];
        }

        @Override
        public String toString() {
            return constant
                    ? Double.toString(values[0])
                    : "t=" + first + ".." + last() + " "
                            + Arrays.toString(Arrays.copyOf(values, Math.min(3, values.length)))
                                    .replace("]", values.length > 3 ? ", ...]" : "]");
        }
    }
}
