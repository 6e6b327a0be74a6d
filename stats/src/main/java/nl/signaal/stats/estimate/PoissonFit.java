/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RRQRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.special.Gamma;
import org.jspecify.annotations.Nullable;

/**
 * A Poisson log-linear GLM fitted as R's {@code glm.fit} fits it (R 4.2, {@code family = poisson}): start at
 * {@code mu = y + 0.1}, iteratively reweighted least squares (working response {@code eta + (y - mu) / mu}, weights
 * {@code mu}) solved by QR, until {@code |dev - devold| / (|dev| + 0.1) < epsilon} ({@code 1e-8}, at most 25
 * iterations, as {@code glm.control}). Following R's iterations step by step is what makes the estimates agree with R
 * to far better than the iterations' own tolerance.
 *
 * @param beta the coefficients, in the design's column order
 * @param mu the fitted values
 * @param deviance {@code 2 Σ [y log(y/mu) - (y - mu)]}
 * @param logLikelihood {@code Σ [y log(mu) - mu - log(y!)]}, as R's {@code logLik}
 * @param converged whether the deviance settled within the iterations allowed
 */
record PoissonFit(double[] beta, double[] mu, double deviance, double logLikelihood, boolean converged) {

    static final double EPSILON = 1e-8;
    static final int MAX_ITERATIONS = 25;

    /** Relative size below which a column of the design counts as depending on the others (R's qr tolerance). */
    private static final double RANK_TOLERANCE = 1e-7;

    /** A column's squared weighted norm below which the fitted values of its cells have vanished. */
    private static final double VANISHED = 1e-30;

    /** Whether the design's columns are independent, so that every coefficient can be estimated. */
    static boolean fullRank(double[][] x) {
        return rank(List.of(x)) == x[0].length;
    }

    /**
     * Whether the rows not set aside determine {@code row · beta}: whether {@code row} lies in the space their design
     * rows span, so that adding it does not raise the rank.
     */
    static boolean determines(double[][] x, boolean[] setAside, double[] row) {
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!setAside[i]) {
                kept.add(x[i]);
            }
        }
        if (kept.size() == x.length) {
            return true;
        }
        if (kept.isEmpty()) {
            return false;
        }
        int rank = rank(kept);
        kept.add(row);
        return rank(kept) == rank;
    }

    /** The rank, of the transpose: the decomposition is made for matrices at least as tall as they are wide. */
    private static int rank(List<double[]> rows) {
        RealMatrix matrix = new Array2DRowRealMatrix(rows.toArray(double[][]::new), false).transpose();
        return new RRQRDecomposition(matrix, 0).getRank(RANK_TOLERANCE);
    }

    /**
     * Fits {@code log(mu) = x beta}.
     *
     * @param start fitted values to start from instead of {@code y + 0.1} (R's {@code mustart}), or {@code null}
     * @param epsilon the convergence tolerance ({@link #EPSILON} as R)
     * @param maxIterations as R's {@code maxit}
     */
    static PoissonFit fit(double[][] x, double[] y, double @Nullable [] start, double epsilon, int maxIterations) {
        int n = y.length;
        int p = x[0].length;
        double[] mu = new double[n];
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = start == null ? y[i] + 0.1 : start[i];
            eta[i] = Math.log(mu[i]);
        }
        double devOld = deviance(y, mu);
        double[] beta = new double[p];
        boolean converged = false;
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double[][] weighted = new double[n][p];
            double[] response = new double[n];
            for (int i = 0; i < n; i++) {
                double w = Math.sqrt(mu[i]);
                for (int j = 0; j < p; j++) {
                    weighted[i][j] = x[i][j] * w;
                }
                response[i] = (eta[i] + (y[i] - mu[i]) / mu[i]) * w;
            }
            beta = leastSquares(weighted, response, beta);
            for (int i = 0; i < n; i++) {
                double e = 0;
                for (int j = 0; j < p; j++) {
                    e += x[i][j] * beta[j];
                }
                eta[i] = e;
                mu[i] = Math.exp(e);
            }
            double dev = deviance(y, mu);
            if (!Double.isFinite(dev)) {
                break;
            }
            if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < epsilon) {
                converged = true;
                devOld = dev;
                break;
            }
            devOld = dev;
        }
        return new PoissonFit(beta, mu, devOld, logLikelihood(y, mu), converged);
    }

    /**
     * The weighted least-squares step. When fitted values of empty cells have shrunk towards zero (a fit approaching
     * the boundary, as profiling a table with empty cells does) a column's weights can vanish altogether; that column
     * carries no information in this step, so it keeps its coefficient and the others are solved without it, much as
     * R's pivoting QR sets such a column aside.
     */
    private static double[] leastSquares(double[][] weighted, double[] response, double[] previous) {
        try {
            return solve(weighted, response);
        } catch (MathIllegalArgumentException singular) {
            int p = previous.length;
            List<Integer> kept = new ArrayList<>();
            for (int j = 0; j < p; j++) {
                double norm = 0;
                for (double[] row : weighted) {
                    norm += row[j] * row[j];
                }
                if (norm > VANISHED) {
                    kept.add(j);
                }
            }
            if (kept.size() == p) {
                throw singular;
            }
            double[][] reduced = new double[weighted.length][kept.size()];
            for (int i = 0; i < weighted.length; i++) {
                for (int j = 0; j < kept.size(); j++) {
                    reduced[i][j] = weighted[i][kept.get(j)];
                }
            }
            double[] partial = solve(reduced, response);
            double[] beta = previous.clone();
            for (int j = 0; j < kept.size(); j++) {
                beta[kept.get(j)] = partial[j];
            }
            return beta;
        }
    }

    private static double[] solve(double[][] matrix, double[] response) {
        RealVector solution = new QRDecomposition(new Array2DRowRealMatrix(matrix, false))
                .getSolver()
                .solve(new ArrayRealVector(response, false));
        return solution.toArray();
    }

    static PoissonFit fit(double[][] x, double[] y) {
        return fit(x, y, null, EPSILON, MAX_ITERATIONS);
    }

    /** R's {@code poisson()$dev.resids}, summed. */
    static double deviance(double[] y, double[] mu) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += 2 * ((y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]));
        }
        return sum;
    }

    private static double logLikelihood(double[] y, double[] mu) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += (y[i] > 0 ? y[i] * Math.log(mu[i]) : 0) - mu[i] - Gamma.logGamma(y[i] + 1);
        }
        return sum;
    }
}
