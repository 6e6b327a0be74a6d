/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Fits one log-linear model to capture histories and estimates the population size with its 95% profile likelihood
 * interval.
 *
 * <p>The point estimate is {@code N = n + exp(b0)} from the Poisson GLM over the {@code 2^k - 1} observed cells, as R's
 * {@code glm(count ~ A + B + ..., family = poisson)} gives it. The interval follows Cormack (1992, Biometrics 48:
 * 567–576): the unobserved cell is treated as a parameter {@code z}; for each {@code z} the same model is fitted to the
 * complete {@code 2^k} table with {@code z} in the cell of people seen by no list, and its deviance {@code D(z)} is the
 * profile deviance. {@code D} is smallest, equal to the observed cells' deviance, at {@code z = exp(b0)}; the interval
 * holds the {@code n + z} where {@code D(z)} exceeds that minimum by at most {@code χ²(1, 0.95) = 3.841}. The bounds are
 * found by Brent's method; the lower bound is {@code n} when even {@code z = 0} is within reach, the upper bound
 * {@code +∞} when the deviance never rises far enough.
 */
final class LogLinearFit {

    /** {@code qchisq(0.95, 1)}. */
    static final double CHI_SQUARE_95 = 3.841458820694124;

    /** An unobserved cell beyond a million times the observed is no estimate but a fit running off to infinity. */
    static final double DIVERGENT = 1e6;

    /** A fitted value of an empty cell below this has gone to the boundary (R's fits stop near 1e-9 there). */
    static final double VANISHED = 1e-6;

    private static final double PROFILE_EPSILON = 1e-12;
    private static final int PROFILE_ITERATIONS = 200;
    private static final int SOLVER_EVALUATIONS = 200;

    private LogLinearFit() {}

    static ModelEstimate estimate(LogLinearModel model, CaptureHistories histories) {
        int k = histories.lists().size();
        int cells = (1 << k) - 1;
        long n = histories.observed();
        long[] counts = histories.counts();
        double[][] x = new double[cells][];
        double[] y = new double[cells];
        for (int h = 1; h <= cells; h++) {
            x[h - 1] = model.row(h);
            y[h - 1] = counts[h];
        }
        String formula = model.formula();
        if (model.parameters() > cells || !PoissonFit.fullRank(x)) {
            return ModelEstimate.failed(formula, n, Unfit.of(Unfit.Reason.NOT_DETERMINED));
        }
        PoissonFit fit = PoissonFit.fit(x, y);
        double unseen = Math.exp(fit.beta()[0]);
        if (!fit.converged() || !Double.isFinite(unseen) || unseen > DIVERGENT * Math.max(n, 1)) {
            return ModelEstimate.failed(formula, n, Unfit.of(Unfit.Reason.DIVERGES));
        }
        if (!PoissonFit.determines(x, emptied(y, fit.mu()), model.row(0))) {
            return ModelEstimate.failed(formula, n, Unfit.of(Unfit.Reason.EMPTY_CELLS));
        }
        int p = model.parameters();
        double aic = -2 * fit.logLikelihood() + 2 * p;
        double bic = -2 * fit.logLikelihood() + Math.log(cells) * p;
        double[] bounds = profileInterval(model, counts, fit, unseen);
        return new ModelEstimate(
                formula, fit.deviance(), cells - p, aic, bic, n, n + unseen, n + bounds[0], n + bounds[1], null);
    }

    /**
     * The empty cells whose fitted values have vanished: the fit lies on the boundary, with the coefficients that
     * reach only those cells at minus infinity. What is left must still determine the intercept, or the number seen
     * by no list is free and any value the iterations stop at means nothing.
     */
    private static boolean[] emptied(double[] y, double[] mu) {
        boolean[] emptied = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            emptied[i] = y[i] == 0 && mu[i] < VANISHED;
        }
        return emptied;
    }

    /** The bounds of the unobserved cell {@code z}, see the class comment. */
    private static double[] profileInterval(LogLinearModel model, long[] counts, PoissonFit fit, double unseen) {
        int all = counts.length;
        double[][] x = new double[all][];
        double[] y = new double[all];
        double[] start = new double[all];
        for (int h = 0; h < all; h++) {
            x[h] = model.row(h);
            y[h] = counts[h];
            start[h] = h == 0 ? unseen : fit.mu()[h - 1];
        }
        double target = fit.deviance() + CHI_SQUARE_95;
        UnivariateFunction excess = z -> {
            y[0] = z;
            start[0] = Math.max(z, 1e-3);
            return PoissonFit.fit(x, y, start, PROFILE_EPSILON, PROFILE_ITERATIONS)
                            .deviance()
                    - target;
        };
        BrentSolver solver = new BrentSolver(1e-9, 1e-6);
        double low = excess.value(0) <= 0 ? 0 : solver.solve(SOLVER_EVALUATIONS, excess, 0, unseen);
        double limit = DIVERGENT * Math.max(unseen, 1);
        double upper = Math.max(2 * unseen, unseen + 10);
        while (excess.value(upper) < 0) {
            if (upper > limit) {
                return new double[] {low, Double.POSITIVE_INFINITY};
            }
            upper *= 4;
        }
        double high = solver.solve(SOLVER_EVALUATIONS, excess, unseen, upper);
        return new double[] {low, high};
    }
}
