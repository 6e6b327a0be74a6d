/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.signaal.stats.detection.FarringtonOptions.Limit54;
import nl.signaal.stats.detection.FarringtonOptions.PowerTransform;
import nl.signaal.stats.detection.FarringtonOptions.ThresholdMethod;
import org.jspecify.annotations.Nullable;

/**
 * The Farrington outbreak-detection method in its flexible form: the original algorithm of Farrington, Andrews, Beale
 * and Catchpole (1996, J R Stat Soc A 159:547-563) and the improved one of Noufaily, Enki, Farrington, Garthwaite,
 * Andrews and Charlett (2013, Stat Med 32:1206-1222), as R {@code surveillance} 1.20.3 {@code farringtonFlexible}
 * computes them, to 1e-6 on the reference outputs of that version.
 *
 * <p><b>Method.</b> For time point {@code t} the reference data are the weeks {@code t - i*frequency +- w} of the
 * {@code b} previous years ({@code noPeriods = 1}), or all weeks of those years split into {@code noPeriods - 1} blocks
 * between these windows plus the windows as one more level ({@code noPeriods > 1}, Noufaily's zero-order spline), minus
 * the weeks {@code t - pastWeeksNotIncluded .. t}. A quasi-Poisson log-linear model with an optional linear trend and
 * the seasonal factor is fitted by IRLS, residuals above {@code weightsThreshold} (Anscombe, standardised) are
 * down-weighted and the model refitted. The trend is kept only if {@code b >= 3}, its p-value is below
 * {@code pThresholdTrend} and the prediction does not exceed the largest reference count. The upper bound is the
 * {@code 1 - alpha} quantile (one-sided) of the predictive distribution: normal on the power-transformed scale with the
 * delta-method variance ({@code delta}), or negative binomial with mean {@code mu0} and variance {@code phi * mu0}
 * ({@code nbPlugin}; {@code muan} uses the upper {@code 1 - alpha} quantile of {@code mu0}). An alarm needs a count above
 * the bound, not 0, and (the {@code limit54} rule) at least 5 cases in the last 4 weeks.
 *
 * <p><b>Assumptions.</b> Counts at a fixed frequency ({@link Series#frequency()}, 52 for weeks); at least {@code b}
 * years plus {@code w} time points of history ({@link #firstEvaluable}); with dates ({@link #evaluate(Series, List,
 * int, int)}) the reference weeks are found by date, one calendar year back and moved to the same weekday, as R does
 * for {@code epochAsDate} series.
 *
 * <p><b>Kept from R for parity</b> (documented in ALGORITHMS.md section 1.3): {@code glm.fit}'s iteration and its
 * working weights of the last step; after re-weighting, standard errors and the trend's p-value use the dispersion
 * {@code sum(omega * ((y - mu) / mu)^2) / df} (R overwrites the model's weights with the prior weights) while the
 * thresholds use {@code phi = max(1, Pearson dispersion)}; {@code mu0Vector} and {@code score} on R's scales (see
 * {@link FarringtonResult}); with dates, time 0 of the trend is the first reference week before missing counts are
 * dropped but the prediction counts from the first one that is not missing.
 *
 * <p><b>Missing counts</b> (NaN) are left out of the fit, as R drops {@code NA} responses; a missing count in the last
 * {@code limit54} weeks (the current one included) gives no upper bound and no alarm, as R's {@code NA} sum does.
 * Factor levels that lose all their counts drop out of the model, as R drops aliased columns.
 *
 * <p><b>Where R stops with an error or gives no result</b>, this class gives a result without upper bound and no alarm,
 * with the reason ({@link FarringtonResult#reason()}), and never throws: too short a history; reference dates missing
 * from the series; no convergence with or without trend (R: {@code NA}; e.g. a reference period of only zeros with
 * {@code noPeriods = 10}, where IRLS needs more than 25 iterations to push the mean towards 0); fewer reference counts
 * than parameters; a non-finite deviance at the first iteration. Where R would fail on {@code NaN} Anscombe residuals
 * (a point with hat value 1, e.g. the only count of a factor level), the point keeps full weight here.
 *
 * <p><b>Known failure modes of the method</b>: a reference period of only zeros gives an upper bound of 0 or near 0
 * (when the model converges, as it does with {@code noPeriods = 1}): then any single case raises an alarm unless the
 * {@code limit54} rule suppresses it; past outbreaks inside the {@code w}-windows inflate the bound unless re-weighting
 * catches them; a trend is extrapolated over the {@code b} years.
 *
 * <p>Safe to share between threads; each call allocates its own workspace.
 */
public final class FarringtonFlexible implements DetectionMethod {

    private static final double DBL_EPSILON = Math.ulp(1.0);

    private final FarringtonOptions options;
    private final double z;

    public FarringtonFlexible(FarringtonOptions options) {
        this.options = options;
        this.z = RDistributions.qnorm(1 - options.alpha());
    }

    public FarringtonOptions options() {
        return options;
    }

    @Override
    public List<Detection> detect(Series series, int from, int to) {
        List<FarringtonResult> results = evaluate(series, from, to);
        List<Detection> detections = new ArrayList<>(results.size());
        for (FarringtonResult r : results) {
            detections.add(r.toDetection());
        }
        return detections;
    }

    /** R's default start of {@code range}: {@code frequency * b + w + 1}. */
    @Override
    public int firstEvaluable(Series series) {
        return series.frequency() * options.b() + options.w() + 1;
    }

    /**
     * Every number R reports for the time points {@code from..to} (1-based, inclusive), with reference weeks exactly
     * {@code frequency} time points apart (R's index-based epochs).
     *
     * @throws IllegalArgumentException for a range outside the series
     */
    public List<FarringtonResult> evaluate(Series series, int from, int to) {
        checkRange(series, from, to);
        return new Run(series, null, from, to).evaluate(from, to);
    }

    /**
     * As {@link #evaluate(Series, int, int)}, with the date of each time point: reference weeks are found one calendar
     * year back and moved to the same weekday (R's {@code epochAsDate} series), and time is counted in steps of the
     * first interval between dates.
     *
     * @param epochs the date of each time point, strictly increasing, as many as the series has points
     * @throws IllegalArgumentException for a range outside the series or dates that do not fit it
     */
    public List<FarringtonResult> evaluate(Series series, List<LocalDate> epochs, int from, int to) {
        checkRange(series, from, to);
        if (epochs.size() != series.length()) {
            throw new IllegalArgumentException(
                    "there are " + epochs.size() + " dates for " + series.length() + " time points");
        }
        long[] days = new long[epochs.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = epochs.get(i).toEpochDay();
            if (i > 0 && days[i] <= days[i - 1]) {
                throw new IllegalArgumentException(
                        "dates must increase; " + epochs.get(i) + " follows " + epochs.get(i - 1) + " at t=" + (i + 1));
            }
        }
        if (days.length < 2) {
            throw new IllegalArgumentException("dates need at least two time points to give the time step");
        }
        return new Run(series, days, from, to).evaluate(from, to);
    }

    private static void checkRange(Series series, int from, int to) {
        if (from < 1 || to > series.length() || from > to + 1) {
            throw new IllegalArgumentException(
                    "range " + from + ".." + to + " is outside the series of " + series.length() + " time points");
        }
    }

    private static final String NO_CONVERGENCE = "the model did not converge, with or without time trend (R gives NA)";

    private enum Model {
        NONE,
        WITHOUT_TIME,
        WITH_TIME
    }

    /** Thrown inside a run where R stops with an error or gives NA; becomes the reason of a result. */
    private static final class NoResult extends Exception {
        private static final long serialVersionUID = 1L;

        NoResult(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One evaluation of one series: the data, the workspace, and the per-week steps. */
    private final class Run {

        private final double[] y;
        private final double @Nullable [] logPopulation;
        private final long @Nullable [] days;
        private final int length;
        private final int frequency;
        private final int p;
        /** R's {@code blocks} vector, 1-based, 0 for NA. */
        private final int[] factor;

        private final int[] touched;
        private int touchedCount;
        private final int[] candidates;
        private final int[] levelIndex;
        private final QuasiPoissonGlm glm;
        // per time point, computed once: y^(2/3), log(y), R's IRLS start log(y + 0.1) and its mean
        private final double[] y23;
        private final double[] logY;
        private final double[] etaStart;
        private final double[] muStart;
        // per point of the week's fit: y^(2/3), hat values, Anscombe weights
        private final double[] pointY23;
        private final double[] hat;
        private final double[] omega;
        private final double[] prediction = new double[2];

        private double phi;
        private double dispersionForErrors;

        Run(Series series, long @Nullable [] days, int from, int to) {
            this.y = series.observed();
            this.length = y.length;
            this.days = days;
            this.frequency = series.frequency();
            this.p = options.noPeriods();
            double[] population = options.populationOffset() ? series.population() : null;
            if (population != null) {
                logPopulation = new double[length];
                for (int i = 0; i < length; i++) {
                    double pop = population[i];
                    logPopulation[i] = pop > 0 && Double.isFinite(pop) ? Math.log(pop) : Double.NaN;
                }
            } else {
                logPopulation = null;
            }
            factor = new int[length + 1];
            touched = new int[length + 1];
            candidates = new int[length];
            levelIndex = new int[p + 1];
            // without dates the points of a week lie between the oldest window and the current week
            int capacity = days == null ? Math.min(length, options.b() * frequency + options.w() + 1) : length;
            glm = new QuasiPoissonGlm(capacity, p);
            y23 = new double[length];
            logY = new double[length];
            etaStart = new double[length];
            muStart = new double[length];
            // without dates week k uses the time points k - b * frequency - w .. k only
            int first = days == null ? Math.max(0, from - 1 - options.b() * frequency - options.w()) : 0;
            for (int i = first; i < Math.min(length, to); i++) {
                double yi = y[i];
                if (!Double.isNaN(yi)) {
                    double cbrt = Math.cbrt(yi);
                    y23[i] = cbrt * cbrt;
                    logY[i] = yi > 0 ? Math.log(yi) : 0;
                    etaStart[i] = Math.log(yi + 0.1);
                    muStart[i] = Math.max(Math.exp(etaStart[i]), DBL_EPSILON);
                }
            }
            pointY23 = new double[capacity];
            hat = new double[capacity];
            omega = new double[capacity];
        }

        List<FarringtonResult> evaluate(int from, int to) {
            List<FarringtonResult> results = new ArrayList<>(Math.max(0, to - from + 1));
            for (int k = from; k <= to; k++) {
                double observed = y[k - 1];
                try {
                    results.add(week(k));
                } catch (NoResult e) {
                    results.add(FarringtonResult.none(k, observed, String.valueOf(e.getMessage())));
                } finally {
                    clearFactor();
                }
            }
            return results;
        }

        private FarringtonResult week(int k) throws NoResult {
            int[] refs = referenceTimePoints(k);
            blocks(k, refs);
            double maxResponse = collectPoints(k);
            int l0 = p == 1 ? 0 : levelIndex[p];
            if (p != 1 && l0 < 0) {
                throw new NoResult("no reference week of the current season is left after pastWeeksNotIncluded="
                        + options.effectivePastWeeksNotIncluded() + " (R refuses a new factor level)");
            }
            if (glm.n == 0) {
                throw new NoResult("every count of the reference period is missing");
            }

            // model with trend, re-weighted; trend dropped unless significant, b >= 3 and no over-extrapolation
            Model model = fitReweighted(options.trend());
            if (model == Model.NONE) {
                throw new NoResult(NO_CONVERGENCE);
            }
            double trendCoef = Double.NaN;
            if (model == Model.WITH_TIME) {
                glm.predictAtTimeZero(l0, prediction);
                double fitResponse = Math.max(Math.exp(prediction[0] + offsetNow(k)), DBL_EPSILON);
                double[][] v = glm.unscaledCovariance();
                int tc = glm.timeColumn();
                double se = Math.sqrt(dispersionForErrors * v[tc][tc]);
                double pTrend = RDistributions.twoSidedT(glm.beta[tc] / se, glm.residualDf());
                // a NaN p-value (zero dispersion) counts as not significant; R stops on it
                boolean doTrend = options.b() >= 3 && pTrend < options.pThresholdTrend() && fitResponse <= maxResponse;
                if (doTrend) {
                    trendCoef = glm.beta[tc];
                } else if (fitReweighted(false) == Model.NONE) {
                    throw new NoResult(NO_CONVERGENCE);
                }
            }

            glm.predictAtTimeZero(l0, prediction);
            double eta0 = prediction[0] + offsetNow(k);
            double seEta0 = Math.sqrt(dispersionForErrors * prediction[1]);
            if (Double.isNaN(eta0)) {
                throw new NoResult("the population of week " + k + " is missing, so the offset is unknown");
            }
            return threshold(k, eta0, seEta0, trendCoef);
        }

        private double offsetNow(int k) {
            return logPopulation == null ? 0 : logPopulation[k - 1];
        }

        // Reference weeks and seasonal blocks (R: algo.farrington.referencetimepoints, blocks,
        // algo.farrington.data.glm)

        /** The 1-based indices of the current week and its {@code b} reference weeks, newest first. */
        private int[] referenceTimePoints(int k) throws NoResult {
            int b = options.b();
            int[] refs = new int[b + 1];
            refs[0] = k;
            if (days == null) {
                for (int i = 1; i <= b; i++) {
                    refs[i] = k - i * frequency;
                }
                if (refs[b] < 1) {
                    throw new NoResult(history(k));
                }
                return refs;
            }
            LocalDate now = LocalDate.ofEpochDay(days[k - 1]);
            for (int i = 1; i <= b; i++) {
                LocalDate ref = yearsBack(now, i);
                if (frequency == 52) {
                    ref = sameWeekday(ref, now.getDayOfWeek());
                }
                int index = Arrays.binarySearch(days, ref.toEpochDay());
                if (index < 0) {
                    throw new NoResult("the reference date " + ref + " (" + i + (i == 1 ? " year" : " years")
                            + " back) is not a date of the series (R stops: decrease b or start later)");
                }
                refs[i] = index + 1;
            }
            return refs;
        }

        private String history(int k) {
            return "too short a history: week " + k + " has fewer than b=" + options.b() + " years of " + frequency
                    + " time points plus w=" + options.w() + " before it (R's default range starts at week "
                    + (frequency * options.b() + options.w() + 1) + ")";
        }

        /** R {@code seq(date, by = "-1 year")}: same month and day, 29 February becoming 1 March. */
        private static LocalDate yearsBack(LocalDate date, int years) {
            return LocalDate.of(date.getYear() - years, date.getMonth(), 1).plusDays(date.getDayOfMonth() - 1L);
        }

        /** The date with the given weekday closest to {@code ref} (R's choice between A and B; ties to A). */
        private static LocalDate sameWeekday(LocalDate ref, DayOfWeek weekday) {
            int actual = ref.getDayOfWeek().getValue() % 7;
            int wanted = weekday.getValue() % 7;
            LocalDate a = ref.minusDays(actual - wanted);
            LocalDate b = a.isAfter(ref) ? a.minusDays(7) : a.plusDays(7);
            long distA = Math.abs(a.toEpochDay() - ref.toEpochDay());
            long distB = Math.abs(b.toEpochDay() - ref.toEpochDay());
            return distA > distB ? b : a;
        }

        /** R's {@code blocks()}: factor levels 1..p of the time points, with R's index semantics. */
        private void blocks(int k, int[] refs) throws NoResult {
            int w = options.w();
            assign(k - w, k, p, k);
            for (int i = 1; i < refs.length; i++) {
                int ref = refs[i];
                assign(ref - w, ref + w, p, k);
                if (p != 1) {
                    int period = refs[i - 1] - 2 * w - 1 - ref;
                    if (period < p - (2 * w + 1)) {
                        throw new NoResult("noPeriods=" + p + " is too large for " + period
                                + " weeks between the windows (R: 'Number of factors too big!')");
                    }
                    int blockLength = Math.floorDiv(period, p - 1);
                    int rest = Math.floorMod(period, p - 1);
                    int cumulative = 0;
                    for (int j = 1; j <= p - 1; j++) {
                        int len = blockLength + (j <= rest ? 1 : 0);
                        int first = ref + w + 1 + cumulative;
                        assign(first, first + len - 1, j, k);
                        cumulative += len;
                    }
                }
            }
        }

        /** R's {@code f[from:to] <- value}: a descending sequence when {@code to < from}, index 0 ignored. */
        private void assign(int from, int to, int value, int k) throws NoResult {
            if (Math.min(from, to) < 0) {
                throw new NoResult(history(k));
            }
            int step = to >= from ? 1 : -1;
            for (int i = from; ; i += step) {
                if (i >= 1 && i <= length) {
                    if (factor[i] == 0) {
                        touched[touchedCount++] = i;
                    }
                    factor[i] = value;
                }
                if (i == to) {
                    break;
                }
            }
        }

        private void clearFactor() {
            for (int i = 0; i < touchedCount; i++) {
                factor[touched[i]] = 0;
            }
            touchedCount = 0;
        }

        /**
         * Fills the GLM's data with the reference points of week {@code k}: blocks minus the excluded past weeks, counts
         * not missing, time centred on the prediction time; returns the largest count (R's {@code max(response)}).
         */
        private double collectPoints(int k) throws NoResult {
            int excludeFrom = k - options.effectivePastWeeksNotIncluded();
            if (excludeFrom < 0) {
                throw new NoResult(history(k));
            }
            // block indexes in increasing order, excluded weeks left out
            int count = 0;
            int lowest = k;
            for (int j = 0; j < touchedCount; j++) {
                lowest = Math.min(lowest, touched[j]);
            }
            for (int i = lowest; i <= k; i++) {
                if (factor[i] != 0 && (i < excludeFrom || i > k)) {
                    candidates[count++] = i;
                }
            }
            // factor levels as R's factor() makes them: the values present, in increasing order, before NA removal
            Arrays.fill(levelIndex, -1);
            for (int j = 0; j < count; j++) {
                levelIndex[factor[candidates[j]]] = 0;
            }
            int levels = 0;
            for (int v = 1; v <= p; v++) {
                if (levelIndex[v] == 0) {
                    levelIndex[v] = levels++;
                }
            }
            if (p == 1) {
                levels = 1;
                levelIndex[1] = 0;
            }
            glm.levels = Math.max(levels, 1);
            glm.hasOffset = logPopulation != null;

            // time as R's wtime, centred on the prediction time (the predictions stay the same and x0's time is 0);
            // with dates R counts the data from the first block week and the prediction from the first week whose
            // count is not missing
            double step = days == null ? 1 : days[1] - days[0];
            double timeOrigin = days == null || count == 0 ? 0 : days[candidates[0] - 1];
            double timeNow = k;
            boolean firstKept = true;
            double max = Double.NEGATIVE_INFINITY;
            int n = 0;
            for (int j = 0; j < count; j++) {
                int i = candidates[j];
                double yi = y[i - 1];
                if (Double.isNaN(yi)) {
                    continue;
                }
                max = Math.max(max, yi);
                if (days != null && firstKept) {
                    timeNow = (days[k - 1] - days[i - 1]) / step;
                }
                firstKept = false;
                if (logPopulation != null) {
                    // R's model frame drops rows whose offset is NA
                    double off = logPopulation[i - 1];
                    if (Double.isNaN(off)) {
                        continue;
                    }
                    glm.offset[n] = off;
                    glm.expOffset[n] = Math.exp(off);
                }
                glm.y[n] = yi;
                glm.logY[n] = logY[i - 1];
                glm.etaStart[n] = etaStart[i - 1];
                glm.muStart[n] = muStart[i - 1];
                glm.level[n] = p == 1 ? 0 : levelIndex[factor[i]];
                double t = days == null ? i : (days[i - 1] - timeOrigin) / step;
                glm.time[n] = t;
                pointY23[n] = y23[i - 1];
                n++;
            }
            glm.n = n;
            boolean whole = true;
            double tMin = Double.POSITIVE_INFINITY;
            double tMax = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double t = glm.time[j] - timeNow;
                glm.time[j] = t;
                whole &= t == Math.rint(t);
                tMin = Math.min(tMin, t);
                tMax = Math.max(tMax, t);
            }
            glm.wholeTimes = whole && n > 0 && tMax - tMin < length;
            glm.timeMin = tMin;
            glm.timeMax = tMax;
            return max;
        }

        // Fitting (R: algo.farrington.fitGLM.flexible)

        /**
         * R's {@code algo.farrington.fitGLM.flexible}: fits the model (with time if asked; without when that does not
         * converge), re-weights and refits, and sets {@link #phi} and {@link #dispersionForErrors}.
         */
        private Model fitReweighted(boolean withTime) throws NoResult {
            int n = glm.n;
            Arrays.fill(glm.priorWeight, 0, n, 1.0);
            boolean time = withTime;
            QuasiPoissonGlm.Status status = glm.fit(time);
            if (status == QuasiPoissonGlm.Status.NOT_CONVERGED && time) {
                time = false;
                status = glm.fit(false);
            }
            if (status == QuasiPoissonGlm.Status.FAILED) {
                throw new NoResult("no valid set of coefficients was found for the model (R stops with an error)");
            }
            if (status == QuasiPoissonGlm.Status.NOT_CONVERGED) {
                return Model.NONE;
            }
            if (glm.residualDf() <= 0) {
                throw new NoResult("only " + n + " reference counts for " + glm.rank
                        + " model parameters: too few to estimate the dispersion");
            }
            double phiFirst = Math.max(glm.dispersion(glm.workingWeight), 1);
            if (options.reweight()) {
                anscombeWeights(phiFirst);
                System.arraycopy(omega, 0, glm.priorWeight, 0, n);
                // R does not check the convergence of the refit
                if (glm.fit(time) == QuasiPoissonGlm.Status.FAILED) {
                    throw new NoResult("no valid set of coefficients was found for the re-weighted model (R stops)");
                }
                phi = Math.max(glm.dispersion(glm.workingWeight), 1);
                dispersionForErrors = glm.dispersion(glm.priorWeight);
            } else {
                phi = phiFirst;
                dispersionForErrors = glm.dispersion(glm.workingWeight);
            }
            return time ? Model.WITH_TIME : Model.WITHOUT_TIME;
        }

        /** Farrington's weights from standardised Anscombe residuals (R: algo.farrington.assign.weights). */
        private void anscombeWeights(double phiFirst) {
            int n = glm.n;
            double threshold = options.weightsThreshold();
            double sum = 0;
            glm.hatValues(hat);
            for (int i = 0; i < n; i++) {
                double m = glm.mu[i];
                double s = 1.5
                        * (pointY23[i] / Math.sqrt(Math.cbrt(m)) - Math.sqrt(m))
                        / Math.sqrt(phiFirst * (1 - hat[i]));
                // NaN (hat value 1): R fails here; the point keeps full weight
                omega[i] = s > threshold ? 1 / (s * s) : -1;
                sum += s > threshold ? omega[i] : 1;
            }
            double gamma = n / sum;
            for (int i = 0; i < n; i++) {
                omega[i] = omega[i] < 0 ? gamma : gamma * omega[i];
            }
        }

        // Thresholds (R: algo.farrington.threshold.farrington and .noufaily, and the main loop)

        private FarringtonResult threshold(int k, double eta0, double seEta0, double trendCoef) {
            double observed = y[k - 1];
            ThresholdMethod method = options.thresholdMethod();
            double alpha = options.alpha();
            double fit; // R's pred$fit on its prediction scale
            double upper;
            double pvalue;
            if (method == ThresholdMethod.DELTA) {
                double mu0 = Math.max(Math.exp(eta0), DBL_EPSILON);
                double seMu0 = seEta0 * mu0;
                fit = mu0;
                double tau = phi + seMu0 * seMu0 / mu0;
                PowerTransform power = options.powertrans();
                double exponent = power.exponent();
                double se = switch (power) {
                    case NONE -> Math.sqrt(mu0 * tau);
                    case HALF -> Math.sqrt(1.0 / 4 * tau);
                    case TWO_THIRDS -> Math.sqrt(4.0 / 9 * Math.pow(mu0, 1.0 / 3) * tau);
                };
                upper = Math.pow(Math.pow(mu0, exponent) + z * se, 1 / exponent);
                pvalue = RDistributions.pnormUpper(Math.pow(observed, exponent), Math.pow(mu0, exponent), se);
            } else {
                fit = eta0;
                double mu0Quantile = method == ThresholdMethod.NB_PLUGIN ? Math.exp(eta0) : Math.exp(eta0 + seEta0 * z);
                if (mu0Quantile == Double.POSITIVE_INFINITY) {
                    upper = Double.NaN;
                    pvalue = Double.NaN;
                } else if (phi > 1) {
                    double size = mu0Quantile / (phi - 1);
                    upper = RDistributions.qnbinom(1 - alpha, size, 1 / phi);
                    pvalue = Double.isNaN(observed)
                            ? Double.NaN
                            : RDistributions.pnbinomAtLeast(observed, size, 1 / phi);
                } else {
                    upper = RDistributions.qpois(1 - alpha, mu0Quantile);
                    pvalue = Double.isNaN(observed) ? Double.NaN : RDistributions.ppoisAtLeast(observed, mu0Quantile);
                }
            }
            double score = Double.isNaN(upper) ? Double.NaN : (observed - fit) / (upper - fit);
            double mu0Vector = method == ThresholdMethod.NB_PLUGIN
                    ? Math.exp(eta0)
                    : Math.exp(fit + seEta0Scaled(fit, seEta0, method) * z);

            String reason = null;
            boolean enough = true;
            Limit54 limit = options.limit54();
            if (limit != null) {
                double cases = 0;
                for (int i = Math.max(1, k - limit.weeks() + 1); i <= k; i++) {
                    cases += y[i - 1];
                }
                if (Double.isNaN(cases)) {
                    enough = false;
                    reason = Double.isNaN(observed)
                            ? "the count is missing"
                            : "a count is missing in the last " + limit.weeks() + " weeks (limit54)";
                } else if (cases < limit.cases()) {
                    enough = false;
                    reason = "fewer than " + limit.cases() + " cases in the last " + limit.weeks() + " weeks (limit54)";
                }
            }
            if (Double.isNaN(upper) && reason == null) {
                reason = "the upper bound is undefined: the fitted mean is infinite";
            }
            if (reason == null && Double.isNaN(observed)) {
                reason = "the count is missing";
            }
            double expected = !Double.isNaN(upper) && enough
                    ? (method == ThresholdMethod.DELTA ? fit : Math.exp(fit))
                    : Double.NaN;
            boolean alarm = enough && !Double.isNaN(score) && score > 1 && observed != 0;
            return new FarringtonResult(
                    k,
                    observed,
                    expected,
                    enough ? upper : Double.NaN,
                    mu0Vector,
                    phi,
                    trendCoef,
                    pvalue,
                    score,
                    alarm,
                    reason);
        }

        /** {@code se.fit} on R's prediction scale: the response scale for delta, the link scale otherwise. */
        private double seEta0Scaled(double fit, double seEta0, ThresholdMethod method) {
            return method == ThresholdMethod.DELTA ? seEta0 * fit : seEta0;
        }
    }
}
