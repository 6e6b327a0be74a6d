/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaal.stats.detection.DetectionMethod;
import nl.signaal.stats.detection.EarsC;
import nl.signaal.stats.detection.FarringtonFlexible;
import nl.signaal.stats.detection.FarringtonOptions;
import nl.signaal.stats.detection.FarringtonOptions.PowerTransform;
import nl.signaal.stats.detection.FarringtonOptions.ThresholdMethod;
import nl.signaal.stats.detection.NegativeBinomialCusum;
import nl.signaal.stats.detection.NegativeBinomialCusum.InControlMean;
import org.jspecify.annotations.Nullable;

/**
 * The detection methods of {@code signaal detect} and the options each one takes, with R {@code surveillance}'s names
 * in kebab case. One place builds a method from the parsed options and refuses options that do not apply to it.
 */
final class DetectionMethods {

    /** Options every method takes. */
    static final Set<String> COMMON = Set.of("--method", "--input", "--output", "--frequency", "--range");

    /** The options of each method, besides {@link #COMMON}. */
    static final Map<String, Set<String>> OPTIONS = Map.of(
            "farrington-flexible", farringtonOptions(),
            "farrington", farringtonOptions(),
            "ears-c1", Set.of("--baseline", "--min-sigma", "--alpha"),
            "ears-c2", Set.of("--baseline", "--min-sigma", "--alpha"),
            "ears-c3", Set.of("--baseline", "--min-sigma", "--alpha"),
            "cusum-nb",
                    Set.of("--mu0", "--alpha", "--theta", "--c-arl", "--mtilde", "--m", "--dir", "--change", "--ret"));

    private static final Pattern LIMIT54 = Pattern.compile("(\\d{1,9})\\s*,\\s*(\\d{1,9})");

    private DetectionMethods() {}

    private static Set<String> farringtonOptions() {
        return Set.of(
                "--b",
                "--w",
                "--alpha",
                "--reweight",
                "--weights-threshold",
                "--past-weeks-not-included",
                "--no-periods",
                "--powertrans",
                "--threshold-method",
                "--limit54",
                "--trend",
                "--p-threshold-trend",
                "--population-offset");
    }

    /**
     * The method named {@code name} with the options given; {@code from} is the first evaluated time point when a
     * range was given (it anchors a per-time-point {@code --mu0}), {@code points} the number of evaluated points when
     * known.
     */
    static DetectionMethod create(String name, Options o, @Nullable Integer from, @Nullable Integer points)
            throws BadOptionException {
        Set<String> allowed = OPTIONS.get(name);
        if (allowed == null) {
            throw new BadOptionException("unknown method '" + name + "'; the methods are "
                    + String.join(", ", new TreeSet<>(OPTIONS.keySet())));
        }
        Set<String> refused = new LinkedHashSet<>(o.given());
        refused.removeAll(COMMON);
        refused.removeAll(allowed);
        if (!refused.isEmpty()) {
            throw new BadOptionException(String.join(", ", refused) + (refused.size() == 1 ? " does" : " do")
                    + " not apply to " + name + "; its options are " + String.join(" ", new TreeSet<>(allowed)));
        }
        try {
            return switch (name) {
                case "ears-c1" -> ears(EarsC.Method.C1, o);
                case "ears-c2" -> ears(EarsC.Method.C2, o);
                case "ears-c3" -> ears(EarsC.Method.C3, o);
                case "cusum-nb" -> cusum(o, from, points);
                case "farrington-flexible", "farrington" -> farrington(name, o);
                default -> throw new IllegalStateException(name);
            };
        } catch (IllegalArgumentException e) {
            throw new BadOptionException(name + ": " + e.getMessage());
        }
    }

    private static DetectionMethod ears(EarsC.Method method, Options o) {
        EarsC ears = EarsC.of(method);
        if (o.baseline() != null) {
            ears = ears.withBaseline(o.baseline());
        }
        if (o.minSigma() != null) {
            ears = ears.withMinSigma(o.minSigma());
        }
        if (o.alpha() != null) {
            ears = ears.withAlpha(o.alpha());
        }
        return ears;
    }

    private static DetectionMethod cusum(Options o, @Nullable Integer from, @Nullable Integer points)
            throws BadOptionException {
        if (o.mu0() == null || o.alpha() == null) {
            throw new BadOptionException("cusum-nb needs --mu0 (the in-control mean: a number, or one value per"
                    + " evaluated time point separated by commas) and --alpha (the negative-binomial dispersion,"
                    + " Var = mu + alpha mu^2; 0 for Poisson). Signaal does not fit R's default glm.nb for them");
        }
        if (o.dir() != null && !o.dir().equals("inc")) {
            throw new BadOptionException("cusum-nb: only --dir inc is implemented, not " + o.dir());
        }
        if (o.change() != null && !o.change().equals("intercept")) {
            throw new BadOptionException("cusum-nb: only --change intercept is implemented, not " + o.change());
        }
        if (o.ret() != null && !o.ret().equals("value")) {
            throw new BadOptionException(
                    "cusum-nb: only --ret value (the statistic as upperbound) is implemented," + " not " + o.ret());
        }
        double[] mu0 = numbers("--mu0", o.mu0());
        InControlMean mean;
        if (mu0.length == 1) {
            mean = InControlMean.constant(mu0[0]);
        } else {
            int first = from == null ? 1 : from;
            if (points != null && mu0.length != points) {
                throw new BadOptionException("--mu0 has " + mu0.length + " values; give one per evaluated time point ("
                        + points + (from == null ? ", the whole series" : " in --range") + ") or a single number");
            }
            mean = InControlMean.from(first, mu0);
        }
        NegativeBinomialCusum cusum = NegativeBinomialCusum.glr(mean, o.alpha()).withTheta(o.theta());
        if (o.cArl() != null) {
            cusum = cusum.withCArl(o.cArl());
        }
        if (o.mTilde() != null) {
            cusum = cusum.withMtilde(o.mTilde());
        }
        if (o.m() != null) {
            cusum = cusum.withM(o.m());
        }
        return cusum;
    }

    /**
     * {@code farrington-flexible} starts from R's {@code farringtonFlexible} defaults, {@code farrington} from the
     * original method of Farrington et al. (1996) as {@link FarringtonOptions#original()} states it; each given option
     * then replaces one value.
     */
    private static DetectionMethod farrington(String name, Options o) throws BadOptionException {
        FarringtonOptions f = name.equals("farrington") ? FarringtonOptions.original() : FarringtonOptions.defaults();
        if (o.b() != null) {
            f = f.withB(o.b());
        }
        if (o.w() != null) {
            f = f.withW(o.w());
        }
        if (o.alpha() != null) {
            f = f.withAlpha(o.alpha());
        }
        if (o.reweight() != null) {
            f = f.withReweight(o.reweight());
        }
        if (o.weightsThreshold() != null) {
            f = f.withWeightsThreshold(o.weightsThreshold());
        }
        if (o.pastWeeksNotIncluded() != null) {
            f = f.withPastWeeksNotIncluded(o.pastWeeksNotIncluded());
        }
        if (o.noPeriods() != null) {
            f = f.withNoPeriods(o.noPeriods());
        }
        if (o.powertrans() != null) {
            f = f.withPowertrans(PowerTransform.ofR(o.powertrans()));
        }
        if (o.thresholdMethod() != null) {
            f = f.withThresholdMethod(ThresholdMethod.ofR(o.thresholdMethod()));
        }
        if (o.limit54() != null) {
            Matcher limit = LIMIT54.matcher(o.limit54().strip());
            if (!limit.matches()) {
                throw new BadOptionException(
                        "--limit54 takes two whole numbers, cases and weeks, e.g. 5,4, not '" + o.limit54() + "'");
            }
            f = f.withLimit54(Integer.parseInt(limit.group(1)), Integer.parseInt(limit.group(2)));
        }
        if (o.trend() != null) {
            f = f.withTrend(o.trend());
        }
        if (o.pThresholdTrend() != null) {
            f = f.withPThresholdTrend(o.pThresholdTrend());
        }
        if (o.populationOffset() != null) {
            f = f.withPopulationOffset(o.populationOffset());
        }
        return new FarringtonFlexible(f);
    }

    static double[] numbers(String option, String text) throws BadOptionException {
        try {
            return Arrays.stream(text.split(",", -1))
                    .map(String::strip)
                    .mapToDouble(Double::parseDouble)
                    .toArray();
        } catch (NumberFormatException e) {
            throw new BadOptionException(
                    option + " '" + text + "' is not a number or a comma-separated list of numbers");
        }
    }

    /** The options as parsed; {@code null} where not given. {@code given} holds the long names given. */
    record Options(
            Set<String> given,
            @Nullable Integer baseline,
            @Nullable Double minSigma,
            @Nullable Double alpha,
            @Nullable String mu0,
            @Nullable Double theta,
            @Nullable Double cArl,
            @Nullable Integer mTilde,
            @Nullable Integer m,
            @Nullable String dir,
            @Nullable String change,
            @Nullable String ret,
            @Nullable Integer b,
            @Nullable Integer w,
            @Nullable Boolean reweight,
            @Nullable Double weightsThreshold,
            @Nullable Integer pastWeeksNotIncluded,
            @Nullable Integer noPeriods,
            @Nullable String powertrans,
            @Nullable String thresholdMethod,
            @Nullable String limit54,
            @Nullable Boolean trend,
            @Nullable Double pThresholdTrend,
            @Nullable Boolean populationOffset) {}

    /** An option is unknown, does not apply to the method, or has a value the method refuses. */
    static final class BadOptionException extends Exception {
        BadOptionException(String message) {
            super(message);
        }
    }
}
