/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.estimate.Histories;
import nl.signaal.stats.estimate.CaptureHistories;
import nl.signaal.stats.estimate.CaptureRecapture;
import nl.signaal.stats.estimate.Interval;
import nl.signaal.stats.estimate.ModelEstimate;
import nl.signaal.stats.estimate.Multiplier;
import nl.signaal.stats.estimate.Stratified;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The estimates of an upload, computed by {@code stats} (docs/estimates.md): log-linear capture–recapture for the
 * population as a whole and for each stratum, the strata's sum, and the multiplier method. An upload never changes,
 * so its report is kept for the next reader: six lists have 32,768 models, which take seconds.
 */
@Component
public class Estimates {

    /** Reports kept; the oldest read goes first. */
    static final int KEPT = 20;

    private final Map<UUID, Report> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Report> eldest) {
            return size() > KEPT;
        }
    };

    Report report(Dataset dataset) {
        synchronized (kept) {
            Report report = kept.get(dataset.id());
            if (report != null) {
                return report;
            }
        }
        Report report = compute(dataset);
        synchronized (kept) {
            kept.put(dataset.id(), report);
        }
        return report;
    }

    static Report compute(Dataset dataset) {
        return compute(dataset.histories(), dataset.benchmark());
    }

    /** The report of capture histories, with the multiplier method when a benchmark is given. */
    public static Report compute(Histories histories, Dataset.@Nullable Benchmark benchmark) {
        List<Report.Population> populations = new ArrayList<>();
        populations.add(population("", histories.lists(), histories.total()));
        Interval combined = null;
        if (histories.stratified()) {
            List<@Nullable Interval> averages = new ArrayList<>();
            histories.strata().forEach((name, counts) -> {
                Report.Population stratum = population(name, histories.lists(), counts);
                populations.add(stratum);
                averages.add(stratum.averaged());
            });
            combined = Stratified.combine(averages, histories.observed());
        }
        Dataset.Benchmark b = benchmark;
        Interval multiplier = b == null
                ? null
                : Multiplier.estimate(
                        b.count(),
                        b.multiplier().doubleValue(),
                        b.low().doubleValue(),
                        b.high().doubleValue());
        return new Report(List.copyOf(populations), combined, multiplier);
    }

    private static Report.Population population(String name, List<String> lists, Map<String, Long> counts) {
        CaptureRecapture result = CaptureRecapture.estimate(CaptureHistories.of(lists, counts));
        List<Report.ModelRow> rows = new ArrayList<>();
        for (int i = 0; i < result.models().size(); i++) {
            rows.add(row(result.models().get(i), result.weights()[i]));
        }
        // by AIC, the models without an estimate last, in the order they were fitted
        rows.sort(Comparator.comparing((Report.ModelRow r) -> !r.fitted())
                .thenComparingDouble(r -> r.fitted() ? r.aic() : 0));
        ModelEstimate chosen = result.chosen();
        return new Report.Population(
                name,
                result.histories().observed(),
                List.copyOf(rows),
                chosen == null ? null : row(chosen, Double.NaN),
                result.averaged(),
                result.chapman(),
                result.note());
    }

    private static Report.ModelRow row(ModelEstimate m, double weight) {
        return new Report.ModelRow(
                m.model(),
                m.deviance(),
                m.df(),
                m.aic(),
                m.bic(),
                m.observed(),
                m.estimate(),
                m.low(),
                m.high(),
                weight,
                m.unfit());
    }
}
