/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.signaal.surveillance.SeriesKey;
import nl.signaal.surveillance.SeriesWeek;

/**
 * A chart ready to draw: SVG coordinates of the observed counts, the thresholds (where the statistics gave one) and
 * the alarms.
 */
public record SeriesChart(
        SeriesKey key, List<SeriesWeek> weeks, String observed, List<String> thresholds, List<Point> alarms, long max) {

    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    private static final int MARGIN = 30;

    static SeriesChart of(SeriesKey key, List<SeriesWeek> weeks) {
        double max = 1;
        for (SeriesWeek w : weeks) {
            max = Math.max(max, w.observed());
            if (w.upperbound() != null && Double.isFinite(w.upperbound())) {
                max = Math.max(max, w.upperbound());
            }
        }
        long top = (long) Math.ceil(max);
        StringBuilder observed = new StringBuilder();
        List<String> thresholds = new ArrayList<>();
        StringBuilder threshold = new StringBuilder();
        List<Point> alarms = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            SeriesWeek w = weeks.get(i);
            double x = x(i, weeks.size());
            observed.append(format(x))
                    .append(',')
                    .append(format(y(w.observed(), top)))
                    .append(' ');
            Double bound = w.upperbound();
            if (bound != null && Double.isFinite(bound)) {
                threshold
                        .append(format(x))
                        .append(',')
                        .append(format(y(bound, top)))
                        .append(' ');
            } else if (!threshold.isEmpty()) {
                thresholds.add(threshold.toString().strip());
                threshold.setLength(0);
            }
            if (w.alarm()) {
                alarms.add(new Point(
                        format(x), format(y(w.observed(), top)), w.week().toString()));
            }
        }
        if (!threshold.isEmpty()) {
            thresholds.add(threshold.toString().strip());
        }
        return new SeriesChart(key, weeks, observed.toString().strip(), thresholds, alarms, top);
    }

    public String width() {
        return String.valueOf(WIDTH);
    }

    public String height() {
        return String.valueOf(HEIGHT);
    }

    public String first() {
        return weeks.getFirst().week().toString();
    }

    public String last() {
        return weeks.getLast().week().toString();
    }

    private static double x(int i, int n) {
        return MARGIN + (WIDTH - 2.0 * MARGIN) * (n == 1 ? 0.5 : (double) i / (n - 1));
    }

    private static double y(double value, long top) {
        return HEIGHT - MARGIN - (HEIGHT - 2.0 * MARGIN) * value / top;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** An alarm's place on the chart. */
    public record Point(String x, String y, String week) {}
}
