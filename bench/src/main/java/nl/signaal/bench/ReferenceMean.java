/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.util.ArrayList;
import java.util.List;
import nl.signaal.stats.detection.Detection;
import nl.signaal.stats.detection.DetectionMethod;
import nl.signaal.stats.detection.Series;

/**
 * A baseline for timing, not a detection method to use: Farrington's reference windows (the weeks {@code t - i*52 - w
 * .. t - i*52 + w}, i = 1..b) reduced to their plain mean {@code m}, and the threshold {@code m + z sqrt(m)}. It reads
 * the same data and returns the same results as Farrington would, without fitting a model, so a run with it measures
 * everything but the GLM.
 */
final class ReferenceMean implements DetectionMethod {

    private final int b;
    private final int w;
    private final double z;

    ReferenceMean(int b, int w, double z) {
        this.b = b;
        this.w = w;
        this.z = z;
    }

    @Override
    public int firstEvaluable(Series series) {
        return b * series.frequency() + w + 1;
    }

    @Override
    public List<Detection> detect(Series series, int from, int to) {
        if (from < 1 || to > series.length() || from > to) {
            throw new IllegalArgumentException("range " + from + ".." + to + " outside 1.." + series.length());
        }
        double[] y = series.observed();
        int frequency = series.frequency();
        List<Detection> result = new ArrayList<>(to - from + 1);
        for (int t = from; t <= to; t++) {
            double observed = y[t - 1];
            if (t < firstEvaluable(series)) {
                result.add(Detection.none(t, observed, "too short a history"));
                continue;
            }
            double sum = 0;
            int n = 0;
            for (int i = 1; i <= b; i++) {
                for (int u = t - i * frequency - w; u <= t - i * frequency + w; u++) {
                    double v = y[u - 1];
                    if (!Double.isNaN(v)) {
                        sum += v;
                        n++;
                    }
                }
            }
            double mean = n == 0 ? Double.NaN : sum / n;
            double upperbound = mean + z * Math.sqrt(mean);
            result.add(new Detection(t, observed, mean, upperbound, observed > upperbound, null));
        }
        return result;
    }
}
