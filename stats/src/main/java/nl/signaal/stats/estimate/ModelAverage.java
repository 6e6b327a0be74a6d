/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The AIC-weighted average of the models' estimates (Buckland, Burnham & Augustin 1997, Biometrics 53:603–618): weights
 * {@code w_i = exp(-Δ_i / 2) / Σ exp(-Δ_j / 2)} with {@code Δ_i} a model's AIC above the lowest, the estimate
 * {@code Σ w_i N_i}, and the unconditional standard error {@code Σ w_i sqrt(se_i^2 + (N_i - N)^2)}, which adds the
 * spread between the models to each model's own uncertainty. A model's {@code se_i} is taken from its profile interval
 * ({@link Interval#standardError}); the interval is {@code N ± 1.96 se}, not below the number seen. A model whose
 * interval has no upper bound makes the average's unbounded too.
 */
public final class ModelAverage {

    private ModelAverage() {}

    /** The weight of each model, in the order given; NaN for those without an estimate. */
    public static double[] weights(List<ModelEstimate> models) {
        double best = models.stream()
                .filter(ModelEstimate::fitted)
                .mapToDouble(ModelEstimate::aic)
                .min()
                .orElse(Double.NaN);
        double[] weights = new double[models.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            ModelEstimate m = models.get(i);
            weights[i] = m.fitted() ? Math.exp(-(m.aic() - best) / 2) : Double.NaN;
            sum += m.fitted() ? weights[i] : 0;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return weights;
    }

    /** The average, or {@code null} when no model has an estimate. */
    public static @Nullable Interval of(List<ModelEstimate> models) {
        double[] w = weights(models);
        double estimate = 0;
        boolean any = false;
        for (int i = 0; i < w.length; i++) {
            if (models.get(i).fitted()) {
                estimate += w[i] * models.get(i).estimate();
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        double se = 0;
        for (int i = 0; i < w.length; i++) {
            ModelEstimate m = models.get(i);
            // a model of no weight adds nothing, not even an unbounded interval
            if (m.fitted() && w[i] > 0) {
                double own = new Interval(m.estimate(), m.low(), m.high()).standardError();
                se += w[i] * Math.sqrt(own * own + (m.estimate() - estimate) * (m.estimate() - estimate));
            }
        }
        long observed = models.getFirst().observed();
        return new Interval(estimate, Math.max(observed, estimate - Interval.Z_95 * se), estimate + Interval.Z_95 * se);
    }
}
