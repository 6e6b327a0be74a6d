/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Log-linear capture–recapture for 2 to 6 linked lists: every hierarchical model up to two-way interactions fitted
 * ({@link LogLinearFit}), the model with the lowest AIC chosen, the AIC-weighted average ({@link ModelAverage}) and, for
 * two lists, Chapman's estimate ({@link Chapman}) beside them.
 *
 * @param models every model, in the order of {@link LogLinearModel#all}
 * @param weights each model's AIC weight (NaN for a model without an estimate)
 * @param chosen the fitted model with the lowest AIC, or {@code null} when none could be fitted
 * @param averaged the AIC-weighted average, or {@code null}
 * @param chapman Chapman's estimate for two lists, else {@code null}
 * @param note why no model could be fitted at all (then each model has it as its reason), or {@code null}
 */
public record CaptureRecapture(
        CaptureHistories histories,
        List<ModelEstimate> models,
        double[] weights,
        @Nullable ModelEstimate chosen,
        @Nullable Interval averaged,
        @Nullable Interval chapman,
        @Nullable Unfit note) {

    public static CaptureRecapture estimate(CaptureHistories histories) {
        List<LogLinearModel> models = LogLinearModel.all(histories.lists());
        Unfit note = degenerate(histories);
        // the models are fitted apart: on several cores at once (six lists have 32,768 of them)
        List<ModelEstimate> estimates = models.parallelStream()
                .map(model -> note == null
                        ? LogLinearFit.estimate(model, histories)
                        : ModelEstimate.failed(model.formula(), histories.observed(), note))
                .toList();
        ModelEstimate chosen = estimates.stream()
                .filter(ModelEstimate::fitted)
                .min(Comparator.comparingDouble(ModelEstimate::aic))
                .orElse(null);
        Interval chapman = histories.lists().size() == 2 && note == null ? Chapman.estimate(histories) : null;
        return new CaptureRecapture(
                histories,
                List.copyOf(estimates),
                ModelAverage.weights(estimates),
                chosen,
                ModelAverage.of(estimates),
                chapman,
                note);
    }

    /**
     * Lists that leave nothing to estimate: one that saw no one (its effect is minus infinity), one that saw everyone the
     * others saw (then no one can be unseen by all: the estimate would be the number seen, whatever the model).
     */
    private static @Nullable Unfit degenerate(CaptureHistories histories) {
        long n = histories.observed();
        if (n == 0) {
            return Unfit.of(Unfit.Reason.NO_ONE_SEEN);
        }
        for (int i = 0; i < histories.lists().size(); i++) {
            long seen = histories.seenBy(i);
            String list = histories.lists().get(i);
            if (seen == 0) {
                return new Unfit(Unfit.Reason.LIST_SAW_NO_ONE, list);
            }
            if (seen == n) {
                return new Unfit(Unfit.Reason.LIST_SAW_EVERYONE, list);
            }
        }
        return null;
    }
}
