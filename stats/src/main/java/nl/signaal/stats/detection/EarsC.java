/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The CDC's Early Aberration Reporting System methods C1, C2 and C3 (Hutwagner et al. 2003, "The bioterrorism
 * preparedness and response Early Aberration Reporting System (EARS)", J Urban Health 80(2 Suppl 1):i89-96), with the
 * numbers of R {@code surveillance::earsC} 1.20.3.
 *
 * <p>Each time point {@code t} is compared with the mean {@code m} and sample standard deviation (n - 1) of a short
 * reference window of {@code baseline} (default 7) earlier counts, {@code s = max(sd, minSigma)} and {@code z =
 * qnorm(1 - alpha)}:
 *
 * <ul>
 *   <li><b>C1</b>: reference {@code y[t-baseline .. t-1]}; {@code U = m + z s}; first evaluable {@code t = baseline +
 *       1}.
 *   <li><b>C2</b>: reference {@code y[t-baseline-2 .. t-3]} (a two-week guard band); {@code U = m + z s}; first
 *       evaluable {@code t = baseline + 3}.
 *   <li><b>C3</b>: with the C2 statistic {@code C2_u = (y_u - m_u) / s_u} of the weeks before, R reports {@code U_t =
 *       max(0, y_t + s_t (z - [max(0, C2_{t-2} - 1) + max(0, C2_{t-1} - 1)]))}, so {@code y_t > U_t} exactly when
 *       {@code max(0, C2_{t-1} - 1) + max(0, C2_{t-2} - 1) > z} (and {@code y_t > 0}). <b>This differs from the CDC
 *       definition</b> {@code C3_t = sum_{i=0..2} max(0, C2_{t-i} - 1) > 2}: in R, and here, the current week's own
 *       C2 does not enter the alarm, only the two weeks before, and the threshold is {@code z} (1.96 at the default
 *       alpha) instead of 2. The upper bound is therefore expressed in counts of week {@code t} although it does not
 *       depend on the count at {@code t} through the decision. First evaluable {@code t = baseline + 5}.
 * </ul>
 *
 * <p>Alarm: {@code y_t > U_t} (strict). Default {@code alpha}: 0.001 for C1 and C2 ({@code z = 3.09}), 0.025 for C3
 * ({@code z = 1.96}), as R sets them when no alpha is given.
 *
 * <p>{@code expected}: R's {@code earsC} reports no expected value. Signaal reports the reference mean {@code m} of the
 * time point (for C3 the mean of the C2 reference window of {@code t}), the baseline the count is judged against.
 *
 * <p>Failure modes, all as in R, none of them throws:
 *
 * <ul>
 *   <li>A reference window without spread (all counts equal, e.g. all zero) and {@code minSigma = 0}: for C1 and C2
 *       the upper bound is the mean, so any count above it alarms (a single case after seven empty weeks). For C3 the
 *       C2 statistic of an earlier week is then 0/0 or x/0 and R's upper bound is {@code NA}: such points get {@link
 *       Detection#none} with that reason, except where R's arithmetic still gives a number ({@code C2 = +Inf} with a
 *       current window that has spread gives {@code U = 0}). A positive {@code minSigma} avoids both.
 *   <li>A missing count (NaN) in a reference window gives no upper bound (R's {@code NA}); a missing count at
 *       {@code t} itself gives the upper bound (C1, C2) but no alarm.
 *   <li>A time point with too short a history gets {@link Detection#none} (R refuses the whole call).
 *   <li>The windows are short, so a single earlier outbreak inflates {@code s} and masks the weeks after it.
 * </ul>
 */
public final class EarsC implements DetectionMethod {

    /** The three EARS variants. */
    public enum Method {
        C1,
        C2,
        C3;

        /** R's default alpha when none is given: 0.001 for C1 and C2, 0.025 for C3. */
        public double defaultAlpha() {
            return this == C3 ? 0.025 : 0.001;
        }
    }

    private final Method method;
    private final int baseline;
    private final double minSigma;
    private final double alpha;
    private final double z;

    private EarsC(Method method, int baseline, double minSigma, double alpha) {
        if (baseline < 3) {
            throw new IllegalArgumentException("baseline must be at least 3 (as in R), not " + baseline);
        }
        if (!(minSigma >= 0) || Double.isInfinite(minSigma)) {
            throw new IllegalArgumentException("minSigma must be a number of at least 0, not " + minSigma);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie strictly between 0 and 1, not " + alpha);
        }
        this.method = method;
        this.baseline = baseline;
        this.minSigma = minSigma;
        this.alpha = alpha;
        this.z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - alpha);
    }

    /** The method with R's defaults: baseline 7, minSigma 0, alpha {@link Method#defaultAlpha()}. */
    public static EarsC of(Method method) {
        return new EarsC(method, 7, 0, method.defaultAlpha());
    }

    public static EarsC c1() {
        return of(Method.C1);
    }

    public static EarsC c2() {
        return of(Method.C2);
    }

    public static EarsC c3() {
        return of(Method.C3);
    }

    /** Number of reference counts (R {@code baseline}), at least 3. */
    public EarsC withBaseline(int baseline) {
        return new EarsC(method, baseline, minSigma, alpha);
    }

    /** Lower limit of the standard deviation (R {@code minSigma}), at least 0. */
    public EarsC withMinSigma(double minSigma) {
        return new EarsC(method, baseline, minSigma, alpha);
    }

    /** One-sided level (R {@code alpha}): {@code z = qnorm(1 - alpha)}. */
    public EarsC withAlpha(double alpha) {
        return new EarsC(method, baseline, minSigma, alpha);
    }

    public Method method() {
        return method;
    }

    public int baseline() {
        return baseline;
    }

    public double minSigma() {
        return minSigma;
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public int firstEvaluable(Series series) {
        return switch (method) {
            case C1 -> baseline + 1;
            case C2 -> baseline + 3;
            case C3 -> baseline + 5;
        };
    }

    @Override
    public List<Detection> detect(Series series, int from, int to) {
        checkRange(series, from, to);
        double[] y = series.observed();
        List<Detection> result = new ArrayList<>(to - from + 1);
        int first = firstEvaluable(series);
        for (int t = from; t <= to; t++) {
            double observed = y[t - 1];
            if (t < first) {
                result.add(Detection.none(
                        t,
                        observed,
                        String.format(
                                Locale.ROOT,
                                "too short a history: EARS %s with baseline %d needs %d earlier time points, t=%d has %d",
                                method,
                                baseline,
                                first - 1,
                                t,
                                t - 1)));
                continue;
            }
            result.add(method == Method.C3 ? c3(y, t) : c1OrC2(y, t));
        }
        return result;
    }

    private Detection c1OrC2(double[] y, int t) {
        int lastLag = method == Method.C1 ? 1 : 3;
        Reference ref = reference(y, t, lastLag);
        double observed = y[t - 1];
        if (ref.missing()) {
            return Detection.none(t, observed, "a count is missing in the reference time points " + ref.describe());
        }
        double upper = ref.mean + z * ref.sigma;
        if (Double.isNaN(observed)) {
            return new Detection(t, observed, ref.mean, upper, false, "count missing");
        }
        return new Detection(t, observed, ref.mean, upper, observed > upper, null);
    }

    private Detection c3(double[] y, int t) {
        double observed = y[t - 1];
        Reference current = reference(y, t, 3);
        double part = 0;
        for (int lag = 2; lag >= 1; lag--) {
            int u = t - lag;
            Reference ref = reference(y, u, 3);
            double c2 = (y[u - 1] - ref.mean) / ref.sigma;
            part += rMax(0, c2 - 1);
        }
        double upper = rMax(0, observed + current.sigma * (z - part));
        if (!Double.isNaN(upper)) {
            return new Detection(t, observed, current.mean, upper, observed > upper, null);
        }
        return Detection.none(t, observed, c3Missing(y, t));
    }

    /** Why R's C3 upper bound is NA at {@code t}: a missing count, or a C2 statistic that is 0/0 or Inf times 0. */
    private String c3Missing(double[] y, int t) {
        int firstNeeded = t - baseline - 4;
        for (int u = firstNeeded; u <= t; u++) {
            if (Double.isNaN(y[u - 1])) {
                return "count missing at t=" + u + ", which C3 at t=" + t + " needs (t=" + firstNeeded + ".." + t + ")";
            }
        }
        return "the C2 statistic of t-1 or t-2 is undefined: its reference counts have no spread (sd 0) and"
                + " minSigma is " + minSigma + "; R gives no upper bound (NA). A positive minSigma avoids this";
    }

    /** R's pmax(0, x): NaN stays NaN (unlike C's fmax). */
    private static double rMax(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
    }

    /** Reference window of {@code t}: {@code baseline} counts ending {@code lastLag} time points before {@code t}. */
    private Reference reference(double[] y, int t, int lastLag) {
        int end = t - lastLag; // 1-based, inclusive
        int start = end - baseline + 1;
        double sum = 0;
        boolean missing = false;
        for (int u = start; u <= end; u++) {
            double v = y[u - 1];
            missing |= Double.isNaN(v);
            sum += v;
        }
        if (missing) {
            return new Reference(start, end, Double.NaN, Double.NaN, true);
        }
        // two passes with a correction, as R's mean() and var() do, so large counts keep their digits
        double mean = sum / baseline;
        double correction = 0;
        for (int u = start; u <= end; u++) {
            correction += y[u - 1] - mean;
        }
        mean += correction / baseline;
        double squares = 0;
        for (int u = start; u <= end; u++) {
            double d = y[u - 1] - mean;
            squares += d * d;
        }
        double sd = Math.sqrt(squares / (baseline - 1));
        return new Reference(start, end, mean, Math.max(sd, minSigma), false);
    }

    static void checkRange(Series series, int from, int to) {
        if (from < 1 || to > series.length() || from > to) {
            throw new IllegalArgumentException(
                    "range " + from + ":" + to + " lies outside the series of " + series.length() + " time points");
        }
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "EARS %s (baseline %d, minSigma %s, alpha %s)", method, baseline, minSigma, alpha);
    }

    private record Reference(int start, int end, double mean, double sigma, boolean missing) {
        String describe() {
            return "t=" + start + ".." + end;
        }
    }
}
