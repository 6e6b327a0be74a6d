/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.util.List;
import nl.signaal.stats.detection.Detection;
import nl.signaal.stats.detection.DetectionMethod;
import nl.signaal.stats.detection.NegativeBinomialCusum;
import nl.signaal.stats.detection.NegativeBinomialCusum.InControlMean;
import nl.signaal.stats.detection.Series;

/**
 * The negative-binomial LR-CUSUM ({@link NegativeBinomialCusum}, {@code kappa = log 2}, {@code c.ARL = 5}) made
 * usable on any series for the evaluation: {@link NegativeBinomialCusum} takes its in-control mean as given, so here
 * {@code mu0_t} is the mean of Farrington's reference windows of week t (5 years back, 3 weeks either side, 35
 * counts), and the NB dispersion {@code alpha} the moment estimate {@code max(0, (s^2 - m) / m^2)} from the windows of
 * the first evaluated week. The chart starts at the first evaluated week. A choice of this harness, not R's default
 * ({@code glm.nb} with one harmonic on all earlier weeks); past outbreaks in the windows raise both mu0 and alpha.
 */
final class CusumOnReferenceMean implements DetectionMethod {

    private static final int B = 5;
    private static final int W = 3;

    @Override
    public int firstEvaluable(Series series) {
        return B * series.frequency() + W + 1;
    }

    @Override
    public List<Detection> detect(Series series, int from, int to) {
        if (from < firstEvaluable(series) || to > series.length() || from > to) {
            throw new IllegalArgumentException(
                    "range " + from + ".." + to + " outside " + firstEvaluable(series) + ".." + series.length());
        }
        double[] y = series.observed();
        int frequency = series.frequency();
        double[] mu0 = new double[to - from + 1];
        double alpha = 0;
        for (int t = from; t <= to; t++) {
            double sum = 0;
            double sum2 = 0;
            int n = 0;
            for (int i = 1; i <= B; i++) {
                for (int u = t - i * frequency - W; u <= t - i * frequency + W; u++) {
                    double v = y[u - 1];
                    if (!Double.isNaN(v)) {
                        sum += v;
                        sum2 += v * v;
                        n++;
                    }
                }
            }
            double mean = n == 0 ? 0 : sum / n;
            mu0[t - from] = mean;
            if (t == from && n > 1 && mean > 0) {
                double variance = (sum2 - n * mean * mean) / (n - 1);
                alpha = Math.max(0, (variance - mean) / (mean * mean));
            }
        }
        return NegativeBinomialCusum.lrCusum(InControlMean.from(from, mu0), alpha, Math.log(2))
                .detect(series, from, to);
    }
}
