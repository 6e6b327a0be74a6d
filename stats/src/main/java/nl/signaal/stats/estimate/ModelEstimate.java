/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

import org.jspecify.annotations.Nullable;

/**
 * One log-linear model's fit and estimate, in the columns of {@code signaal estimate}.
 *
 * @param model the model as an R formula over the list names, e.g. {@code A+B+C+A:B}
 * @param deviance the residual deviance, as R's {@code deviance(glm)}
 * @param df the residual degrees of freedom: observed cells minus coefficients
 * @param aic as R's {@code AIC(glm)}
 * @param bic as R's {@code BIC(glm)}: the number of observations is the number of observed cells
 * @param observed the people seen by at least one list
 * @param estimate the population size {@code observed + exp(intercept)}
 * @param low the lower bound of the 95% profile likelihood interval
 * @param high the upper bound, {@code +∞} when the profile deviance never rises far enough
 * @param unfit why there is no estimate (the numbers are then NaN), or {@code null}
 */
public record ModelEstimate(
        String model,
        double deviance,
        int df,
        double aic,
        double bic,
        long observed,
        double estimate,
        double low,
        double high,
        @Nullable Unfit unfit) {

    static ModelEstimate failed(String model, long observed, Unfit unfit) {
        return new ModelEstimate(
                model, Double.NaN, 0, Double.NaN, Double.NaN, observed, Double.NaN, Double.NaN, Double.NaN, unfit);
    }

    public boolean fitted() {
        return unfit == null;
    }
}
