/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@link FarringtonFlexible}, one for each {@code control} option of R {@code surveillance} 1.20.3
 * {@code farringtonFlexible} that changes the numbers ({@code range}, {@code verbose}, {@code glmWarnings} and
 * {@code fitFun} have no counterpart: the range is an argument of the method, there is only one fitting function).
 * Components carry R's names; {@link #withOption(String, String)} sets one by its R name from text, for a command line.
 *
 * @param b years back in time (R {@code b}, at least 1)
 * @param w half-width of the window around each reference week (R {@code w}, at least 0)
 * @param reweight down-weight past outbreaks by their Anscombe residuals (R {@code reweight})
 * @param weightsThreshold residuals above this are down-weighted (R {@code weightsThreshold}; 1 in Farrington et al.
 *     1996, 2.58 in Noufaily et al. 2013)
 * @param pastWeeksNotIncluded the weeks {@code t - pastWeeksNotIncluded .. t} are left out of the fit (R
 *     {@code pastWeeksNotIncluded}); {@code null} means {@code w}, as in R
 * @param noPeriods number of levels of the seasonal factor (R {@code noPeriods}); 1 uses only the windows around the
 *     reference weeks (Farrington 1996), 10 the Noufaily et al. (2013) zero-order spline
 * @param trend try a linear time trend (R {@code trend})
 * @param pThresholdTrend the trend is kept only if its p-value is below this (R {@code pThresholdTrend})
 * @param powertrans power transformation of the {@link ThresholdMethod#DELTA delta} threshold (R {@code powertrans})
 * @param thresholdMethod how the upper bound is computed (R {@code thresholdMethod})
 * @param alpha one-sided level: the upper bound is the {@code 1 - alpha} quantile (R {@code alpha})
 * @param limit54 no upper bound and no alarm unless the last {@code weeks} weeks (the current one included) have at
 *     least {@code cases} cases (R {@code limit54}); {@code null} for no such rule
 * @param populationOffset use {@code log(population)} as an offset (R {@code populationOffset})
 */
public record FarringtonOptions(
        int b,
        int w,
        boolean reweight,
        double weightsThreshold,
        @Nullable Integer pastWeeksNotIncluded,
        int noPeriods,
        boolean trend,
        double pThresholdTrend,
        PowerTransform powertrans,
        ThresholdMethod thresholdMethod,
        double alpha,
        @Nullable Limit54 limit54,
        boolean populationOffset) {

    /** R {@code powertrans}: the power applied to counts before the normal approximation of the delta method. */
    public enum PowerTransform {
        /** {@code "2/3"}, Farrington et al. (1996). */
        TWO_THIRDS("2/3", 2.0 / 3.0),
        /** {@code "1/2"}. */
        HALF("1/2", 1.0 / 2.0),
        /** {@code "none"}. */
        NONE("none", 1.0);

        private final String rName;
        private final double exponent;

        PowerTransform(String rName, double exponent) {
            this.rName = rName;
            this.exponent = exponent;
        }

        /** The value as R writes it. */
        public String rName() {
            return rName;
        }

        double exponent() {
            return exponent;
        }

        /** The transform R calls {@code name} ({@code "2/3"}, {@code "1/2"}, {@code "none"}). */
        public static PowerTransform ofR(String name) {
            for (PowerTransform p : values()) {
                if (p.rName.equals(name.trim())) {
                    return p;
                }
            }
            throw new IllegalArgumentException("powertrans must be \"2/3\", \"1/2\" or \"none\", not \"" + name + "\"");
        }
    }

    /** R {@code thresholdMethod}. */
    public enum ThresholdMethod {
        /** {@code "delta"}: Farrington et al. (1996), delta method on the power-transformed scale. */
        DELTA("delta"),
        /** {@code "nbPlugin"}: Noufaily et al. (2013), quantile of a negative binomial with the fitted mean. */
        NB_PLUGIN("nbPlugin"),
        /**
         * {@code "muan"}: as {@link #NB_PLUGIN} with the mean at the upper {@code 1 - alpha} quantile of its asymptotic
         * normal distribution on the log scale.
         */
        MUAN("muan");

        private final String rName;

        ThresholdMethod(String rName) {
            this.rName = rName;
        }

        /** The value as R writes it. */
        public String rName() {
            return rName;
        }

        /** The method R calls {@code name}. */
        public static ThresholdMethod ofR(String name) {
            for (ThresholdMethod m : values()) {
                if (m.rName.equals(name.trim())) {
                    return m;
                }
            }
            throw new IllegalArgumentException(
                    "thresholdMethod must be \"delta\", \"nbPlugin\" or \"muan\", not \"" + name + "\"");
        }
    }

    /**
     * R {@code limit54 = c(cases, weeks)}: at least {@code cases} cases in the last {@code weeks} weeks, the current week
     * included.
     */
    public record Limit54(int cases, int weeks) {

        public Limit54 {
            if (cases < 0 || weeks < 1) {
                throw new IllegalArgumentException(
                        "limit54 needs cases >= 0 and weeks > 0 (as R checks), not c(" + cases + ", " + weeks + ")");
            }
        }
    }

    public FarringtonOptions {
        if (b < 1) {
            throw new IllegalArgumentException("b (years back) must be at least 1, not " + b);
        }
        if (w < 0) {
            throw new IllegalArgumentException("w (half-window) must be at least 0, not " + w);
        }
        if (!(weightsThreshold > 0) || Double.isInfinite(weightsThreshold)) {
            throw new IllegalArgumentException("weightsThreshold must be a positive number, not " + weightsThreshold);
        }
        if (pastWeeksNotIncluded != null && pastWeeksNotIncluded < 0) {
            throw new IllegalArgumentException(
                    "pastWeeksNotIncluded must be at least 0 (or absent for w), not " + pastWeeksNotIncluded);
        }
        if (noPeriods < 1) {
            throw new IllegalArgumentException("noPeriods must be at least 1, not " + noPeriods);
        }
        if (!(pThresholdTrend >= 0 && pThresholdTrend <= 1)) {
            throw new IllegalArgumentException("pThresholdTrend must lie in [0, 1], not " + pThresholdTrend);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie strictly between 0 and 1, not " + alpha);
        }
    }

    /** The defaults of R {@code farringtonFlexible} (surveillance 1.20.3): note {@code alpha = 0.05}, one-sided. */
    public static FarringtonOptions defaults() {
        return new FarringtonOptions(
                5,
                3,
                true,
                2.58,
                null,
                1,
                true,
                0.05,
                PowerTransform.TWO_THIRDS,
                ThresholdMethod.DELTA,
                0.05,
                new Limit54(5, 4),
                false);
    }

    /**
     * The original Farrington et al. (1996) method as the reference files {@code ref_farrington_orig_*} were made
     * ({@code r_anchor.R}, {@code con.farrington}): windows only ({@code noPeriods = 1}), weights threshold 1, the last
     * 3 weeks left out, delta method with the 2/3 power, {@code alpha = 0.005}, {@code b = 5}, {@code w = 3}.
     */
    public static FarringtonOptions original() {
        return defaults()
                .withWeightsThreshold(1)
                .withPastWeeksNotIncluded(3)
                .withThresholdMethod(ThresholdMethod.DELTA)
                .withAlpha(0.005);
    }

    /**
     * The improved method of Noufaily et al. (2013) as the reference files {@code ref_farrington_*} were made
     * ({@code r_anchor.R}, {@code con.noufaily}): 10 seasonal periods, weights threshold 2.58, the last 26 weeks left
     * out, negative-binomial plug-in threshold, {@code alpha = 0.005}, {@code b = 5}, {@code w = 3}.
     */
    public static FarringtonOptions noufaily() {
        return defaults()
                .withNoPeriods(10)
                .withWeightsThreshold(2.58)
                .withPastWeeksNotIncluded(26)
                .withThresholdMethod(ThresholdMethod.NB_PLUGIN)
                .withAlpha(0.005);
    }

    /** {@link #pastWeeksNotIncluded()} with R's default applied ({@code w} when absent). */
    public int effectivePastWeeksNotIncluded() {
        return pastWeeksNotIncluded == null ? w : pastWeeksNotIncluded;
    }

    public FarringtonOptions withB(int b) {
        return new FarringtonOptions(
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                trend,
                pThresholdTrend,
                powertrans,
                thresholdMethod,
                alpha,
                limit54,
                populationOffset);
    }

    public FarringtonOptions withW(int w) {
        return new FarringtonOptions(
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                trend,
                pThresholdTrend,
                powertrans,
                thresholdMethod,
                alpha,
                limit54,
                populationOffset);
    }

    public FarringtonOptions withReweight(boolean reweight) {
        return new FarringtonOptions(
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                trend,
                pThresholdTrend,
                powertrans,
                thresholdMethod,
                alpha,
                limit54,
                populationOffset);
    }

    public FarringtonOptions withWeightsThreshold(double weightsThreshold) {
        return new FarringtonOptions(
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                trend,
                pThresholdTrend,
                powertrans,
                thresholdMethod,
                alpha,
                limit54,
                populationOffset);
    }

    /** {@code null} restores R's default ({@code w}). */
    public FarringtonOptions withPastWeeksNotIncluded(@Nullable Integer pastWeeksNotIncluded) {
        return new FarringtonOptions(
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                trend,
                pThresholdTrend,
                powertrans,
                thresholdMethod,
                alpha,
                limit54,
                populationOffset);
    }

    public FarringtonOptions withNoPeriods(int noPeriods) {
        return new FarringtonOptions(
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                trend,
                pThresholdTrend,
                powertrans,
                thresholdMethod,
                alpha,
                limit54,
                populationOffset);
    }

    public FarringtonOptions withTrend(boolean trend) {
        return new FarringtonOptions(
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                trend,
                pThresholdTrend,
                powertrans,
                thresholdMethod,
                alpha,
                limit54,
                populationOffset);
    }

    public FarringtonOptions withPThresholdTrend(double pThresholdTrend) {
        return new FarringtonOptions(
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                trend,
                pThresholdTrend,
                powertrans,
                thresholdMethod,
                alpha,
                limit54,
                populationOffset);
    }

    public FarringtonOptions withPowertrans(PowerTransform powertrans) {
        return new FarringtonOptions(
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                trend,
                pThresholdTrend,
                powertrans,
                thresholdMethod,
                alpha,
                limit54,
                populationOffset);
    }

    public FarringtonOptions withThresholdMethod(ThresholdMethod thresholdMethod) {
        return new FarringtonOptions(
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                trend,
                pThresholdTrend,
                powertrans,
                thresholdMethod,
                alpha,
                limit54,
                populationOffset);
    }

    public FarringtonOptions withAlpha(double alpha) {
        return new FarringtonOptions(
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                trend,
                pThresholdTrend,
                powertrans,
                thresholdMethod,
                alpha,
                limit54,
                populationOffset);
    }

    /** R {@code limit54 = c(cases, weeks)}. */
    public FarringtonOptions withLimit54(int cases, int weeks) {
        return withLimit54(new Limit54(cases, weeks));
    }

    /** {@code null} switches the rule off (no R equivalent: even {@code c(0, 4)} gives no bound after a missing week). */
    public FarringtonOptions withLimit54(@Nullable Limit54 limit54) {
        return new FarringtonOptions(
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                trend,
                pThresholdTrend,
                powertrans,
                thresholdMethod,
                alpha,
                limit54,
                populationOffset);
    }

    public FarringtonOptions withPopulationOffset(boolean populationOffset) {
        return new FarringtonOptions(
                b,
                w,
                reweight,
                weightsThreshold,
                pastWeeksNotIncluded,
                noPeriods,
                trend,
                pThresholdTrend,
                powertrans,
                thresholdMethod,
                alpha,
                limit54,
                populationOffset);
    }

    /**
     * These options with the one R calls {@code name} set from text as R would write it: numbers ({@code b=4},
     * {@code alpha=0.01}), {@code TRUE}/{@code FALSE}, {@code "2/3"}, {@code nbPlugin}, {@code limit54=c(5,4)} or
     * {@code 5,4} or {@code none}, {@code pastWeeksNotIncluded=NULL}. Quotes around the value are ignored.
     *
     * @throws IllegalArgumentException for an unknown name or a value that is not valid for it
     */
    public FarringtonOptions withOption(String name, String value) {
        String v = unquote(value.trim());
        return switch (name.trim()) {
            case "b" -> withB(integer(name, v));
            case "w" -> withW(integer(name, v));
            case "reweight" -> withReweight(bool(name, v));
            case "weightsThreshold" -> withWeightsThreshold(number(name, v));
            case "pastWeeksNotIncluded" -> withPastWeeksNotIncluded(isNull(v) ? null : integer(name, v));
            case "noPeriods" -> withNoPeriods(integer(name, v));
            case "trend" -> withTrend(bool(name, v));
            case "pThresholdTrend" -> withPThresholdTrend(number(name, v));
            case "powertrans" -> withPowertrans(PowerTransform.ofR(v));
            case "thresholdMethod" -> withThresholdMethod(ThresholdMethod.ofR(v));
            case "alpha" -> withAlpha(number(name, v));
            case "limit54" -> withLimit54(limit54(v));
            case "populationOffset" -> withPopulationOffset(bool(name, v));
            default ->
                throw new IllegalArgumentException("unknown farringtonFlexible option \"" + name
                        + "\"; known: b, w, reweight, weightsThreshold, pastWeeksNotIncluded, noPeriods, trend,"
                        + " pThresholdTrend, powertrans, thresholdMethod, alpha, limit54, populationOffset");
        };
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
            return v.substring(1, v.length() - 1).trim();
        }
        return v;
    }

    private static boolean isNull(String v) {
        return v.isEmpty() || v.equalsIgnoreCase("NULL") || v.equalsIgnoreCase("none");
    }

    private static int integer(String name, String v) {
        try {
            double d = Double.parseDouble(v.endsWith("L") ? v.substring(0, v.length() - 1) : v);
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw new NumberFormatException(v);
            }
            return (int) d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not \"" + v + "\"", e);
        }
    }

    private static double number(String name, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not \"" + v + "\"", e);
        }
    }

    private static boolean bool(String name, String v) {
        return switch (v.toUpperCase(Locale.ROOT)) {
            case "TRUE", "T" -> true;
            case "FALSE", "F" -> false;
            default -> throw new IllegalArgumentException(name + " must be TRUE or FALSE, not \"" + v + "\"");
        };
    }

    private static @Nullable Limit54 limit54(String v) {
        if (isNull(v)) {
            return null;
        }
        String inner = v.startsWith("c(") && v.endsWith(")") ? v.substring(2, v.length() - 1) : v;
        String[] parts = inner.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException("limit54 must be c(cases, weeks) or none, not \"" + v + "\"");
        }
        return new Limit54(integer("limit54", parts[0].trim()), integer("limit54", parts[1].trim()));
    }
}
