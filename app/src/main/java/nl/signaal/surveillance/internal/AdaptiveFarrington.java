/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance.internal;

import java.util.Arrays;
import java.util.Optional;
import nl.signaal.stats.detection.Detection;
import nl.signaal.stats.detection.FarringtonFlexible;
import nl.signaal.stats.detection.FarringtonOptions;
import nl.signaal.stats.detection.Series;

/**
 * Farrington flexible (Farrington et al. 1996; Noufaily et al. 2013, as R {@code surveillance::farringtonFlexible}) on
 * the last week of a weekly series, with the years back ({@code b}) lowered to the history there is: the largest
 * {@code b} not above the configured one for which the series holds {@code 52 b + w + 1} weeks, the history R's
 * default range needs ({@link FarringtonFlexible#firstEvaluable}). Below one year plus {@code w} weeks there is no
 * baseline and the week is not evaluated.
 *
 * <p>Reference weeks are found by index, exactly 52 weeks back, as R does for a series without dates; over five
 * years this drifts by the one 53-week ISO year, less than the half-window {@code w}. A series starts at the first week
 * of its source (a substance never seen before has a history of zeros), so a new substance is compared with zero: the
 * {@code limit54} rule (5 cases in 4 weeks) keeps a single case from raising an alarm.
 */
public final class AdaptiveFarrington {

    public static final String METHOD = "farrington-flexible";

    private final FarringtonOptions options;
    private final FarringtonFlexible[] byYearsBack;

    public AdaptiveFarrington(FarringtonOptions options) {
        this.options = options;
        this.byYearsBack = new FarringtonFlexible[options.b() + 1];
        for (int b = 1; b <= options.b(); b++) {
            byYearsBack[b] = new FarringtonFlexible(options.withB(b));
        }
    }

    /** The most weeks a series needs: those of the configured {@code b}. */
    public int weeksNeeded() {
        return weeksNeeded(options.b());
    }

    private int weeksNeeded(int b) {
        return 52 * b + options.w() + 1;
    }

    /** The years back for a series of this many weeks, 0 if it is too short for any. */
    public int yearsBack(int weeks) {
        return Math.clamp((weeks - options.w() - 1) / 52, 0, options.b());
    }

    /**
     * Evaluates the last week of the counts.
     *
     * @param counts the weeks from the start of the history (or from {@link #weeksNeeded()} weeks back) to the week
     *     evaluated, consecutive
     * @return empty when the history is too short
     */
    public Optional<Evaluation> evaluate(long[] counts) {
        int b = yearsBack(counts.length);
        if (b == 0) {
            return Optional.empty();
        }
        int n = weeksNeeded(b);
        double[] observed = Arrays.stream(counts, counts.length - n, counts.length)
                .asDoubleStream()
                .toArray();
        Detection detection =
                byYearsBack[b].detect(Series.weekly(observed), n, n).getFirst();
        return Optional.of(new Evaluation(b, detection));
    }

    /** @param b the years back used */
    public record Evaluation(int b, Detection detection) {}
}
