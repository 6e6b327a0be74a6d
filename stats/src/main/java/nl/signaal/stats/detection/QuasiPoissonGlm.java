/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A quasi-Poisson log-linear GLM fitted as R's {@code glm.fit} fits it (R 4.2, {@code stats}): start at
 * {@code mu = y + 0.1}, iteratively reweighted least squares, convergence when
 * {@code |dev - dev_old| / (|dev| + 0.1) < 1e-8}, at most 25 iterations, step halving when the deviance is not finite,
 * columns that depend on earlier ones dropped (R: pivoted to the end, coefficient {@code NA}). As in R, the working
 * weights, {@code (X'WX)^-1} and the hat values belong to the last least-squares step, i.e. to the {@code mu} at the
 * start of the last iteration, while fitted values and residuals belong to the final {@code mu}; copying this is what
 * makes the dispersion agree with R to 1e-14 instead of 1e-4 (ALGORITHMS.md section 1.3).
 *
 * <p>The design is the one of Farrington's model: an intercept, optionally a time column, and a factor in treatment
 * coding (level 0 the reference). The normal equations are accumulated per factor level, so an iteration costs one
 * pass over the points (new {@code mu}, its deviance and the next step's sums together; {@code exp} from small tables
 * or once per level) plus a Cholesky decomposition of at most {@code 2 + levels - 1} columns. Not thread-safe: one
 * instance per series being evaluated; it allocates nothing while fitting.
 */
final class QuasiPoissonGlm {

    private static final int MAX_ITERATIONS = 25;
    private static final double EPSILON = 1e-8;
    private static final double DBL_EPSILON = Math.ulp(1.0);
    /** Squared relative residual norm below which a column counts as dependent on the earlier ones. */
    private static final double RANK_TOLERANCE = 1e-10;
    /** Relative pivot below which {@link #solveArrowhead} leaves the step to the column-dropping Cholesky. */
    private static final double ARROWHEAD_TOLERANCE = 1e-4;

    enum Status {
        CONVERGED,
        NOT_CONVERGED,
        /** R stops with an error (no valid coefficients, non-finite coefficients handled as not converged). */
        FAILED
    }

    // data of the current fit, filled by the caller
    int n;
    final double[] y;
    /** {@code log(y)}, 0 where {@code y = 0}. */
    final double[] logY;
    /** R's starting values {@code eta = log(y + 0.1)} and {@code mu = linkinv(eta)}, per point. */
    final double[] etaStart;

    final double[] muStart;
    final double[] time;
    final double[] offset;
    /** {@code exp(offset)}, when there is an offset. */
    final double[] expOffset;

    final int[] level;
    int levels;
    boolean hasOffset;
    /** All times are whole numbers between {@link #timeMin} and {@link #timeMax}: {@code exp} by tables. */
    boolean wholeTimes;

    double timeMin;
    double timeMax;

    // results of the last fit
    boolean hasTime;
    int columns;
    int rank;
    final double[] beta;
    final boolean[] dropped;
    final double[] eta;
    final double[] mu;
    final double[] priorWeight;
    /** Working weights of the last least-squares step (R's {@code fit$weights}). */
    double[] workingWeight;
    /** Working weights at the current {@code mu}, those of the next step: swapped with {@link #workingWeight}. */
    private double[] nextWeight;

    private static final int TABLE = 16;
    private final double[] fine = new double[TABLE];
    private final double[] coarse;
    private final double[] levelFactor;
    private final double[] levelCoef;
    /** {@code max(y, 0)} per point. */
    private final double[] yPositive;
    /** Per point, the row of {@link #coarse} and of {@link #fine} its time falls in. */
    private final int[] coarseIndex;

    private final int[] fineIndex;
    /** The current fit computes {@code exp(eta)} by tables. */
    private boolean tables;
    /** Points with a positive prior weight in the last fit (counted when it starts: the weights stay as they are). */
    private int weighted;

    private final double[] coefOld;
    private final double[] start;
    private final double[][] a;
    private final double[][] chol;
    private final double[] rhs;
    private final double[] tmp;
    private final double[][] inverse;
    private boolean inverseValid;
    /** The last step was solved by {@link #solveArrowhead}. */
    private boolean arrowhead;
    /** {@code S^-1} of the last block elimination: entries 00, 01, 11. */
    private final double[] headInverse = new double[3];
    /** Per dummy column, its entries of {@code (X'WX)^-1} in the intercept and the time column. */
    private final double[] crossInverse0;

    private final double[] crossInverse1;
    /** Per dummy column, its diagonal and its entries in the intercept and time rows of {@code X'WX}. */
    private final double[] diagonal;

    private final double[] coupling0;
    private final double[] coupling1;
    private final double[] sW;
    private final double[] sWt;
    private final double[] sWtt;
    private final double[] sWz;
    private final double[] sWtz;

    QuasiPoissonGlm(int capacity, int maxLevels) {
        y = new double[capacity];
        logY = new double[capacity];
        etaStart = new double[capacity];
        muStart = new double[capacity];
        time = new double[capacity];
        offset = new double[capacity];
        level = new int[capacity];
        expOffset = new double[capacity];
        coarse = new double[capacity / TABLE + 2];
        levelFactor = new double[maxLevels];
        levelCoef = new double[maxLevels];
        yPositive = new double[capacity];
        coarseIndex = new int[capacity];
        fineIndex = new int[capacity];
        nextWeight = new double[capacity];
        eta = new double[capacity];
        mu = new double[capacity];
        priorWeight = new double[capacity];
        workingWeight = new double[capacity];
        int p = maxLevels + 1;
        beta = new double[p];
        dropped = new boolean[p];
        coefOld = new double[p];
        start = new double[p];
        a = new double[p][p];
        chol = new double[p][p];
        rhs = new double[p];
        tmp = new double[p];
        inverse = new double[p][p];
        crossInverse0 = new double[p];
        crossInverse1 = new double[p];
        diagonal = new double[p];
        coupling0 = new double[p];
        coupling1 = new double[p];
        sW = new double[maxLevels];
        sWt = new double[maxLevels];
        sWtt = new double[maxLevels];
        sWz = new double[maxLevels];
        sWtz = new double[maxLevels];
    }

    /** Column of the dummy of factor level {@code l >= 1}. */
    int column(int l) {
        return (hasTime ? 1 : 0) + l;
    }

    /** The time column, when the model has one. */
    int timeColumn() {
        return 1;
    }

    /**
     * Fits the model to the {@link #n} points in {@link #y}, {@link #time}, {@link #level} (and {@link #offset}) with
     * prior weights {@link #priorWeight} (set them to 1 for an unweighted fit).
     */
    Status fit(boolean withTime) {
        hasTime = withTime;
        columns = (withTime ? 2 : 1) + levels - 1;
        inverseValid = false;
        tables = wholeTimes && withTime && tableIndexes();
        weighted = 0;
        for (int i = 0; i < n; i++) {
            yPositive[i] = y[i] > 0 ? y[i] : 0;
            if (priorWeight[i] > 0) {
                weighted++;
            }
        }
        double devOld = pass(null);
        boolean haveCoefOld = false;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            // the sums of the last pass belong to the current mu: they are this step's normal equations
            double[] w = workingWeight;
            workingWeight = nextWeight;
            nextWeight = w;
            assemble();
            solve();
            for (int j = 0; j < columns; j++) {
                if (!Double.isFinite(start[j])) {
                    return Status.NOT_CONVERGED;
                }
            }
            double dev = pass(start);
            if (!Double.isFinite(dev)) {
                if (!haveCoefOld) {
                    return Status.FAILED;
                }
                int halvings = 1;
                while (!Double.isFinite(dev)) {
                    if (halvings > MAX_ITERATIONS) {
                        return Status.FAILED;
                    }
                    halvings++;
                    for (int j = 0; j < columns; j++) {
                        start[j] = (start[j] + coefOld[j]) / 2;
                    }
                    dev = pass(start);
                }
            }
            System.arraycopy(start, 0, beta, 0, columns);
            if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
                return Status.CONVERGED;
            }
            devOld = dev;
            System.arraycopy(start, 0, coefOld, 0, columns);
            haveCoefOld = true;
        }
        return Status.NOT_CONVERGED;
    }

    /**
     * Per point, the row of the {@code exp} tables its time falls in ({@code t = tMin + TABLE * q + r}); false when the
     * tables would be too long.
     */
    private boolean tableIndexes() {
        int range = (int) (timeMax - timeMin) + 1;
        if ((range + TABLE - 1) / TABLE > coarse.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int steps = (int) (time[i] - timeMin);
            coarseIndex[i] = steps / TABLE;
            fineIndex[i] = steps % TABLE;
        }
        return true;
    }

    /**
     * One pass over the points: new {@code eta} and {@code mu} for coefficients {@code b} (R's starting values for
     * {@code null}), their deviance (returned), and in the same loop the sums of the normal equations of the
     * least-squares step at this {@code mu} and its working weights ({@link #nextWeight}). The next iteration needs
     * exactly these, so computing them here saves a second pass over the points, with the same operations in the same
     * order as a separate pass would do them.
     */
    private double pass(double @Nullable [] b) {
        boolean byTables = false;
        double b0 = 0;
        double bt = 0;
        if (b != null) {
            b0 = b[0];
            bt = hasTime ? b[1] : 0;
            int firstLevelColumn = hasTime ? 1 : 0;
            for (int l = 0; l < levels; l++) {
                // 0 for the reference level: e + 0 is e, as R's model matrix has no column for it
                levelCoef[l] = l > 0 ? b[firstLevelColumn + l] : 0;
            }
            byTables = tables && prepareExpTables(b);
            if (!hasTime && !hasOffset) {
                // eta is the same for all points of a level (b0 + 0 * t is b0): one exp per level
                for (int l = 0; l < levels; l++) {
                    levelFactor[l] = Math.max(Math.exp(b0 + bt * 0.0 + levelCoef[l] + 0.0), DBL_EPSILON);
                }
            }
        }
        Arrays.fill(sW, 0, levels, 0);
        Arrays.fill(sWt, 0, levels, 0);
        Arrays.fill(sWtt, 0, levels, 0);
        Arrays.fill(sWz, 0, levels, 0);
        Arrays.fill(sWtz, 0, levels, 0);
        // points come in runs of one level (blocks are contiguous in time): sum a run in registers, then store
        int current = n > 0 ? level[0] : 0;
        double w0 = 0;
        double wt0 = 0;
        double wtt0 = 0;
        double wz0 = 0;
        double wtz0 = 0;
        double dev = 0;
        for (int i = 0; i < n; i++) {
            int l = level[i];
            double t = time[i];
            double off = hasOffset ? offset[i] : 0;
            double e;
            double m;
            if (b == null) {
                e = etaStart[i];
                m = muStart[i];
            } else {
                e = b0 + bt * t + levelCoef[l] + off;
                if (byTables) {
                    // exp(eta) = exp(b0 + b_level) * exp(bt * t) (* exp(offset)), see prepareExpTables
                    m = levelFactor[l] * coarse[coarseIndex[i]] * fine[fineIndex[i]];
                    if (hasOffset) {
                        m *= expOffset[i];
                    }
                    m = Math.max(m, DBL_EPSILON);
                } else if (!hasTime && !hasOffset) {
                    m = levelFactor[l];
                } else {
                    m = Math.max(Math.exp(e), DBL_EPSILON);
                }
                eta[i] = e;
                mu[i] = m;
            }
            double pw = priorWeight[i];
            double yi = y[i];
            double logMu = m > DBL_EPSILON ? e : Math.log(m);
            // R: y log(y / mu) - (y - mu) where y > 0, else mu; with y+ = max(y, 0) one formula gives both (for y+ = 0
            // it is exactly mu), without a branch that the counts would make unpredictable
            double yp = yPositive[i];
            dev += 2 * pw * (yp * (logY[i] - logMu) - (yp - m));

            if (l != current) {
                sW[current] += w0;
                sWt[current] += wt0;
                sWtt[current] += wtt0;
                sWz[current] += wz0;
                sWtz[current] += wtz0;
                w0 = 0;
                wt0 = 0;
                wtt0 = 0;
                wz0 = 0;
                wtz0 = 0;
                current = l;
            }
            double w = pw * m;
            nextWeight[i] = w;
            // w * z with z = eta - offset + (y - mu) / mu, written without the division (w = prior * mu)
            double wz = w * (e - off) + pw * (yi - m);
            double wt = w * t;
            w0 += w;
            wz0 += wz;
            wt0 += wt;
            wtt0 += wt * t;
            wtz0 += wz * t;
        }
        sW[current] += w0;
        sWt[current] += wt0;
        sWtt[current] += wtt0;
        sWz[current] += wz0;
        sWtz[current] += wtz0;
        if (b == null) {
            System.arraycopy(muStart, 0, mu, 0, n);
            System.arraycopy(etaStart, 0, eta, 0, n);
        }
        return dev;
    }

    /** The normal equations from the sums per factor level of the last {@link #pass}. */
    private void assemble() {
        for (double[] row : a) {
            Arrays.fill(row, 0, columns, 0);
        }
        Arrays.fill(rhs, 0, columns, 0);
        for (int l = 0; l < levels; l++) {
            a[0][0] += sW[l];
            rhs[0] += sWz[l];
            if (hasTime) {
                a[0][1] += sWt[l];
                a[1][1] += sWtt[l];
                rhs[1] += sWtz[l];
            }
            if (l > 0) {
                int c = column(l);
                a[0][c] = sW[l];
                a[c][c] = sW[l];
                rhs[c] = sWz[l];
                if (hasTime) {
                    a[1][c] = sWt[l];
                }
            }
        }
        for (int i = 0; i < columns; i++) {
            for (int j = 0; j < i; j++) {
                a[i][j] = a[j][i];
            }
        }
    }

    /**
     * The solution of the normal equations into {@link #start}: by block elimination when no column can be dependent
     * ({@link #solveArrowhead}), else by a Cholesky decomposition that drops dependent columns ({@link #solveDense}).
     */
    private void solve() {
        arrowhead = solveArrowhead();
        if (!arrowhead) {
            solveDense();
        }
    }

    /**
     * The factor block of {@code X'WX} is diagonal (a point belongs to one level): the matrix is an arrowhead, the
     * intercept and time rows full, the dummy columns meeting only those rows and their own diagonal. Eliminating the
     * dummies leaves the 2 x 2 (1 x 1 without time) Schur complement {@code S = A_hh - B D^-1 B'} of the head (Golub
     * and Van Loan, Matrix Computations, 4th ed., section 3.2.11 block elimination): {@code O(levels)} work instead of
     * a Cholesky decomposition of {@code O(levels^3)}, and {@code (X'WX)^-1} from {@code S^-1} alone. Used only when
     * every pivot is safely positive, so that the Cholesky decomposition in column order would not drop a column
     * either: each dummy's pivot in that order is at least {@code 1 / (X'WX)^-1_cc}, the time column's at least the
     * Schur complement's; anything closer to dependence (a pivot or a level's weight below {@code 1e-4} of its
     * diagonal or of the intercept's) goes to {@link #solveDense}, which drops columns as R does. Returns false there.
     * The two ways agree to rounding; over 198,800 evaluated weeks of seven option sets the results differ by at most
     * 6e-10 relative (slowly converging fits of near-zero counts), most of them not at all.
     */
    private boolean solveArrowhead() {
        int h = hasTime ? 2 : 1;
        double s00 = a[0][0];
        double s01 = hasTime ? a[0][1] : 0;
        double s11 = hasTime ? a[1][1] : 1;
        double r0 = rhs[0];
        double r1 = hasTime ? rhs[1] : 0;
        if (!(s00 > 0) || !(s11 > 0)) {
            return false;
        }
        for (int c = h; c < columns; c++) {
            double d = a[c][c];
            if (!(d > ARROWHEAD_TOLERANCE * a[0][0] && d < Double.POSITIVE_INFINITY)) {
                return false;
            }
            double b0 = a[0][c];
            double b1 = hasTime ? a[1][c] : 0;
            s00 -= b0 * b0 / d;
            s01 -= b0 * b1 / d;
            s11 -= b1 * b1 / d;
            r0 -= b0 * rhs[c] / d;
            r1 -= b1 * rhs[c] / d;
        }
        // S = L L' with pivots p0 and p1 (2 x 2); both must stay well clear of 0
        double p0 = s00;
        double p1 = hasTime ? s11 - s01 * s01 / s00 : 1;
        if (!(p0 > ARROWHEAD_TOLERANCE * a[0][0]) || (hasTime && !(p1 > ARROWHEAD_TOLERANCE * a[1][1]))) {
            return false;
        }
        // S^-1
        double v00;
        double v01 = 0;
        double v11 = 0;
        if (hasTime) {
            double det = p0 * p1;
            v00 = s11 / det;
            v01 = -s01 / det;
            v11 = s00 / det;
        } else {
            v00 = 1 / s00;
        }
        double x0 = v00 * r0 + v01 * r1;
        double x1 = v01 * r0 + v11 * r1;
        start[0] = x0;
        if (hasTime) {
            start[1] = x1;
        }
        headInverse[0] = v00;
        headInverse[1] = v01;
        headInverse[2] = v11;
        for (int c = h; c < columns; c++) {
            double d = a[c][c];
            double b0 = a[0][c];
            double b1 = hasTime ? a[1][c] : 0;
            start[c] = (rhs[c] - b0 * x0 - b1 * x1) / d;
            diagonal[c] = d;
            coupling0[c] = b0;
            coupling1[c] = b1;
            // row c of (X'WX)^-1 in the head columns: -S^-1 b_c / d_c
            double u0 = -(v00 * b0 + v01 * b1) / d;
            double u1 = -(v01 * b0 + v11 * b1) / d;
            crossInverse0[c] = u0;
            crossInverse1[c] = u1;
            double vcc = 1 / d - (b0 * u0 + b1 * u1) / d;
            if (!(d * vcc < 1 / ARROWHEAD_TOLERANCE)) {
                return false;
            }
        }
        Arrays.fill(dropped, 0, columns, false);
        rank = columns;
        return true;
    }

    /** Cholesky decomposition with dependent columns dropped, then the solution into {@link #start}. */
    private void solveDense() {
        rank = 0;
        for (int j = 0; j < columns; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= chol[j][k] * chol[j][k];
            }
            if (!(a[j][j] > 0) || d <= RANK_TOLERANCE * a[j][j]) {
                dropped[j] = true;
                for (int i = j; i < columns; i++) {
                    chol[i][j] = 0;
                }
                continue;
            }
            dropped[j] = false;
            rank++;
            double ljj = Math.sqrt(d);
            chol[j][j] = ljj;
            for (int i = j + 1; i < columns; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= chol[i][k] * chol[j][k];
                }
                chol[i][j] = s / ljj;
            }
        }
        // forward then backward substitution; dropped columns get coefficient 0 (R: NA, left out of eta)
        for (int i = 0; i < columns; i++) {
            if (dropped[i]) {
                tmp[i] = 0;
                continue;
            }
            double s = rhs[i];
            for (int k = 0; k < i; k++) {
                s -= chol[i][k] * tmp[k];
            }
            tmp[i] = s / chol[i][i];
        }
        for (int i = columns - 1; i >= 0; i--) {
            if (dropped[i]) {
                start[i] = 0;
                continue;
            }
            double s = tmp[i];
            for (int k = i + 1; k < columns; k++) {
                s -= chol[k][i] * start[k];
            }
            start[i] = s / chol[i][i];
        }
    }

    /**
     * {@code exp(eta)} as {@code exp(b0 + b_level) * exp(bt * t)} with the second factor from two tables of
     * {@code TABLE} entries ({@code t = tMin + TABLE * q + r}): some 40 calls of {@code exp} instead of one per point,
     * within a few units in the last place of {@code exp(eta)}. Needs whole-numbered times; false (use
     * {@link #updateByExp}) when a factor is not a positive finite number.
     */
    private boolean prepareExpTables(double[] b) {
        double bt = b[1];
        int range = (int) (timeMax - timeMin) + 1;
        int rows = (range + TABLE - 1) / TABLE;
        if (rows > coarse.length) {
            return false;
        }
        for (int r = 0; r < TABLE; r++) {
            fine[r] = Math.exp(bt * r);
        }
        for (int q = 0; q < rows; q++) {
            coarse[q] = Math.exp(bt * (timeMin + (double) TABLE * q));
        }
        boolean finite =
                isPositiveFinite(fine[TABLE - 1]) && isPositiveFinite(coarse[0]) && isPositiveFinite(coarse[rows - 1]);
        int firstLevelColumn = 1;
        for (int l = 0; l < levels && finite; l++) {
            levelFactor[l] = Math.exp(b[0] + (l > 0 ? b[firstLevelColumn + l] : 0));
            finite = isPositiveFinite(levelFactor[l]);
        }
        return finite;
    }

    private static boolean isPositiveFinite(double x) {
        return x > 0 && x < Double.POSITIVE_INFINITY;
    }

    /** Residual degrees of freedom: points with a positive prior weight minus the rank. */
    int residualDf() {
        return weighted - rank;
    }

    /** {@code sum(q_i * ((y_i - mu_i) / mu_i)^2) / df} for the given weights {@code q} (R {@code summary.glm}). */
    double dispersion(double[] q) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            if (q[i] > 0) {
                double r = (y[i] - mu[i]) / mu[i];
                s += q[i] * r * r;
            }
        }
        return s / residualDf();
    }

    /** {@code (X'WX)^-1} of the last least-squares step, zero in rows and columns of dropped columns. */
    double[][] unscaledCovariance() {
        if (!inverseValid && arrowhead) {
            // from the block elimination: V_hh = S^-1, V_hc = -S^-1 b_c / d_c, V_cd = (delta_cd - b_c' V_hd) / d_c
            int h = hasTime ? 2 : 1;
            a[0][0] = headInverse[0];
            if (hasTime) {
                a[0][1] = headInverse[1];
                a[1][0] = headInverse[1];
                a[1][1] = headInverse[2];
            }
            for (int c = h; c < columns; c++) {
                a[0][c] = crossInverse0[c];
                a[c][0] = crossInverse0[c];
                if (hasTime) {
                    a[1][c] = crossInverse1[c];
                    a[c][1] = crossInverse1[c];
                }
            }
            for (int c = h; c < columns; c++) {
                double d = diagonal[c];
                double b0 = coupling0[c];
                double b1 = hasTime ? coupling1[c] : 0;
                for (int e = h; e <= c; e++) {
                    double v = ((c == e ? 1 : 0) - b0 * crossInverse0[e] - b1 * crossInverse1[e]) / d;
                    a[c][e] = v;
                    a[e][c] = v;
                }
            }
            inverseValid = true;
        }
        if (!inverseValid) {
            double[][] inv = inverse;
            // L^-1, lower triangular; rows and columns of dropped columns stay 0
            for (int j = 0; j < columns; j++) {
                for (int i = 0; i < columns; i++) {
                    inv[i][j] = 0;
                }
                if (dropped[j]) {
                    continue;
                }
                inv[j][j] = 1 / chol[j][j];
                for (int i = j + 1; i < columns; i++) {
                    if (dropped[i]) {
                        continue;
                    }
                    double s = 0;
                    for (int k = j; k < i; k++) {
                        s += chol[i][k] * inv[k][j];
                    }
                    inv[i][j] = -s / chol[i][i];
                }
            }
            // (X'WX)^-1 = (L^-1)' L^-1, written into a, which the fit no longer needs
            for (int i = 0; i < columns; i++) {
                for (int j = 0; j <= i; j++) {
                    double s = 0;
                    for (int k = i; k < columns; k++) {
                        s += inv[k][i] * inv[k][j];
                    }
                    a[i][j] = s;
                    a[j][i] = s;
                }
            }
            inverseValid = true;
        }
        return a;
    }

    /**
     * Hat values {@code W_i x_i' (X'WX)^-1 x_i} of all points into {@code hat}: per level a quadratic in time.
     */
    void hatValues(double[] hat) {
        double[][] v = unscaledCovariance();
        for (int l = 0; l < levels; l++) {
            double q0 = v[0][0];
            double q1 = hasTime ? 2 * v[0][1] : 0;
            if (l > 0) {
                int c = column(l);
                q0 += 2 * v[0][c] + v[c][c];
                q1 += hasTime ? 2 * v[1][c] : 0;
            }
            sW[l] = q0;
            sWt[l] = q1;
        }
        double q2 = hasTime ? v[1][1] : 0;
        for (int i = 0; i < n; i++) {
            int l = level[i];
            double t = time[i];
            hat[i] = workingWeight[i] * (sW[l] + t * (sWt[l] + t * q2));
        }
    }

    /**
     * {@code x0' beta} and {@code x0' (X'WX)^-1 x0} for a point at time 0 of level {@code l0} ({@code -1} for a level
     * the model does not know; R would refuse), into {@code out[0]} and {@code out[1]}.
     */
    void predictAtTimeZero(int l0, double[] out) {
        double[][] v = unscaledCovariance();
        double e = beta[0];
        double q = v[0][0];
        if (l0 > 0) {
            int c = column(l0);
            e += dropped[c] ? 0 : beta[c];
            q += 2 * v[0][c] + v[c][c];
        }
        out[0] = e;
        out[1] = q;
    }
}
