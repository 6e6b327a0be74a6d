/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.signaal.stats.estimate.Interval;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** How the estimates page writes its numbers, and the data its chart is drawn from. */
public final class EstimateView {

    /** Models in a table: the best by AIC; six lists have 32,768, which the CSV holds. */
    public static final int SHOWN = 50;

    /** Models in the chart: the best by AIC, each a row of its own. */
    static final int CHARTED = 15;

    private EstimateView() {}

    public static List<Report.ModelRow> shown(List<Report.ModelRow> models) {
        return models.subList(0, Math.min(SHOWN, models.size()));
    }

    /** A population size: a whole number of people. */
    public static String whole(double value) {
        return Double.isFinite(value) ? String.valueOf(Math.round(value)) : "–";
    }

    public static String interval(double low, double high) {
        return whole(low) + " – " + whole(high);
    }

    /** Fit statistics, to two decimals. */
    public static String decimal(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "–";
    }

    /** A model's formula in pieces that end at a {@code +}, where a long formula may break onto the next line. */
    public static List<String> terms(String formula) {
        List<String> terms = new ArrayList<>();
        int start = 0;
        for (int plus = formula.indexOf('+'); plus >= 0; plus = formula.indexOf('+', start)) {
            terms.add(formula.substring(start, plus + 1));
            start = plus + 1;
        }
        terms.add(formula.substring(start));
        return terms;
    }

    /** The histories in 0/1 order: those seen by the first list first. */
    public static List<Map.Entry<String, Long>> sorted(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> cells = new ArrayList<>(counts.entrySet());
        cells.sort(Map.Entry.<String, Long>comparingByKey().reversed());
        return cells;
    }

    /**
     * The chart's data: every fitted model by AIC, then the averaged estimate and, for the whole population, the
     * multiplier estimate, each with its interval.
     */
    public static String chartJson(
            Report.Population population,
            @Nullable Interval multiplier,
            String axis,
            String interval,
            String averaged,
            String multiplierName) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Report.ModelRow m : population.models()) {
            if (m.fitted() && rows.size() < CHARTED) {
                add(rows, m.model(), "model", m.estimate(), m.low(), m.high());
            }
        }
        if (population.averaged() != null) {
            Interval a = population.averaged();
            add(rows, averaged, "averaged", a.estimate(), a.low(), a.high());
        }
        if (multiplier != null) {
            add(rows, multiplierName, "multiplier", multiplier.estimate(), multiplier.low(), multiplier.high());
        }
        return JsonMapper.shared().writeValueAsString(Map.of("axis", axis, "interval", interval, "rows", rows));
    }

    /** An estimate whose interval has no finite bound is in the table only: a chart cannot draw it. */
    private static void add(
            List<Map<String, Object>> rows, String name, String kind, double estimate, double low, double high) {
        if (Double.isFinite(estimate) && Double.isFinite(low) && Double.isFinite(high)) {
            rows.add(Map.of("name", name, "kind", kind, "estimate", estimate, "low", low, "high", high));
        }
    }
}
