/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.signaal.dashboard.internal.CompositionRepository.BinCount;
import nl.signaal.dashboard.internal.CompositionRepository.SampleCount;
import nl.signaal.dashboard.internal.Filters.Period;
import nl.signaal.ingest.IndicatorRecord;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.WastewaterRecord;
import nl.signaal.region.Region;
import nl.signaal.region.RegionKind;
import nl.signaal.region.Regions;
import nl.signaal.surveillance.CountPeriod;
import nl.signaal.surveillance.RegionCount;
import nl.signaal.surveillance.SeriesKey;
import nl.signaal.surveillance.SurveillanceManagement;
import org.springframework.stereotype.Service;

/**
 * The data of every dashboard chart, as tables. Counts come from the surveillance module's series (records per week or
 * calendar month, per GGD region and for the whole country), composition from this module's tables; a year is the sum
 * of its months, a province the sum of its GGD regions. Small cells are suppressed here, before anything leaves.
 */
@Service
class Dashboards {

    private static final double[] QUANTILES = {0.10, 0.25, 0.50, 0.75, 0.90};
    private static final int SOLD_AS_ROWS = 10;

    private final SurveillanceManagement surveillance;
    private final CompositionRepository composition;
    private final IngestManagement ingest;
    private final Regions regions;

    Dashboards(
            SurveillanceManagement surveillance,
            CompositionRepository composition,
            IngestManagement ingest,
            Regions regions) {
        this.surveillance = surveillance;
        this.composition = composition;
        this.ingest = ingest;
        this.regions = regions;
    }

    /** Records of a subject per period in a region, with all records of the source and the subject's share. */
    DataTable trends(Filters f, SmallCells cells) {
        CountPeriod counted = f.period() == Period.WEEK ? CountPeriod.WEEK : CountPeriod.MONTH;
        LocalDate from = start(f.period(), f.from());
        Map<LocalDate, Long> counts = inRegion(
                surveillance.regionCounts(f.source(), f.scope(), f.subject(), counted, from, f.to()),
                f.region(),
                f.period());
        Map<LocalDate, Long> totals = f.scope() == SeriesKey.Scope.ALL
                ? counts
                : inRegion(
                        surveillance.regionCounts(
                                f.source(), SeriesKey.Scope.ALL, SeriesKey.ALL, counted, from, f.to()),
                        f.region(),
                        f.period());
        List<List<Object>> rows = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(f.to()); start = next(f.period(), start)) {
            long n = counts.getOrDefault(start, 0L);
            long total = totals.getOrDefault(start, 0L);
            rows.add(List.of(
                    label(f.period(), start),
                    cells.count(n),
                    cells.count(total),
                    orNull(cells.figure(total == 0 ? null : round(100.0 * n / total, 1), Math.min(n, total)))));
        }
        return new DataTable(List.of("period", "records", "all_records", "share_percent"), rows);
    }

    /** Records of a subject per GGD region or province over the whole range. */
    DataTable map(Filters f, SmallCells cells) {
        Map<String, Long> byRegion = new TreeMap<>();
        surveillance
                .regionCounts(
                        f.source(),
                        f.scope(),
                        f.subject(),
                        CountPeriod.MONTH,
                        f.from().withDayOfMonth(1),
                        f.to())
                .forEach(c -> byRegion.merge(c.region(), c.n(), Long::sum));
        Map<String, Long> byArea = new LinkedHashMap<>();
        List<Region> areas = regions.all(f.level() == Filters.Level.GGD ? RegionKind.GGD_REGION : RegionKind.PROVINCE);
        areas.forEach(a -> byArea.put(a.code().value(), 0L));
        for (Region ggd : regions.all(RegionKind.GGD_REGION)) {
            long n = byRegion.getOrDefault(ggd.code().value(), 0L);
            String area = f.level() == Filters.Level.GGD || ggd.province() == null
                    ? ggd.code().value()
                    : ggd.province().value();
            byArea.merge(area, n, Long::sum);
        }
        long withoutRegion = byRegion.getOrDefault(SeriesKey.NATIONAL, 0L)
                - byArea.values().stream().mapToLong(Long::longValue).sum();
        List<List<Object>> rows = new ArrayList<>();
        for (Region area : areas) {
            rows.add(List.of(
                    area.code().value(),
                    area.name(),
                    cells.count(byArea.get(area.code().value()))));
        }
        rows.add(List.of("-", "without_region", cells.count(Math.max(0, withoutRegion))));
        return new DataTable(List.of("region", "name", "records"), rows);
    }

    /** The distribution of a measure per month or year: how many values, and five quantiles. */
    DataTable composition(Filters f, SmallCells cells) {
        Map<LocalDate, SortedMap<Integer, Long>> byPeriod = new TreeMap<>();
        LocalDate from = start(f.period(), f.from());
        for (BinCount bin : composition.bins(f.measure(), compositionRegions(f.region()), from, f.to())) {
            byPeriod.computeIfAbsent(start(f.period(), bin.month()), k -> new TreeMap<>())
                    .merge(bin.bin(), bin.n(), Long::sum);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(f.to()); start = next(f.period(), start)) {
            SortedMap<Integer, Long> bins = byPeriod.getOrDefault(start, new TreeMap<>());
            long n = bins.values().stream().mapToLong(Long::longValue).sum();
            List<Object> row = new ArrayList<>();
            row.add(label(f.period(), start));
            row.add(cells.count(n));
            for (double p : QUANTILES) {
                double q = Quantiles.of(bins, f.measure().width(), p);
                row.add(orNull(cells.figure(Double.isNaN(q) ? null : round(q, 1), n)));
            }
            rows.add(row);
        }
        return new DataTable(List.of("period", "values", "p10", "p25", "median", "p75", "p90"), rows);
    }

    /** Samples sold as a substance per period, how many held something else too, and their share. */
    DataTable adulteration(Filters f, SmallCells cells) {
        LocalDate from = start(f.period(), f.from());
        Map<LocalDate, long[]> byPeriod = new TreeMap<>();
        for (SampleCount c : composition.samples(compositionRegions(f.region()), from.withDayOfMonth(1), f.to())) {
            if (c.soldAs().equals(f.soldAs())) {
                long[] n = byPeriod.computeIfAbsent(start(f.period(), c.month()), k -> new long[3]);
                n[0] += c.n();
                n[1] += c.adulterated() ? c.n() : 0;
                n[2] += c.found().equals(c.soldAs()) ? c.n() : 0;
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(f.to()); start = next(f.period(), start)) {
            long[] n = byPeriod.getOrDefault(start, new long[3]);
            rows.add(List.of(
                    label(f.period(), start),
                    cells.count(n[0]),
                    cells.count(n[2]),
                    cells.count(n[1]),
                    orNull(cells.figure(n[0] == 0 ? null : round(100.0 * n[1] / n[0], 1), n[0]))));
        }
        return new DataTable(
                List.of("period", "samples", "contained_sold_as", "adulterated", "adulterated_percent"), rows);
    }

    /** What samples sold as each substance held, over the whole range: the most tested substances, then the rest. */
    DataTable soldAs(Filters f, SmallCells cells) {
        Map<String, long[]> bySoldAs = new LinkedHashMap<>();
        for (SampleCount c :
                composition.samples(compositionRegions(f.region()), f.from().withDayOfMonth(1), f.to())) {
            long[] n = bySoldAs.computeIfAbsent(c.soldAs(), k -> new long[5]);
            n[0] += c.n();
            int column = c.found().equals(SampleCells.NOTHING)
                    ? 4
                    : !c.found().equals(c.soldAs()) ? 3 : c.adulterated() ? 2 : 1;
            n[column] += c.n();
        }
        List<Map.Entry<String, long[]>> sorted = bySoldAs.entrySet().stream()
                .filter(e -> !e.getKey().equals(SampleCells.NOTHING))
                .sorted(Comparator.comparing((Map.Entry<String, long[]> e) -> e.getValue()[0])
                        .reversed())
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        long[] rest = new long[5];
        for (int i = 0; i < sorted.size(); i++) {
            if (i < SOLD_AS_ROWS) {
                rows.add(soldAsRow(sorted.get(i).getKey(), sorted.get(i).getValue(), cells));
            } else {
                for (int c = 0; c < rest.length; c++) {
                    rest[c] += sorted.get(i).getValue()[c];
                }
            }
        }
        if (rest[0] > 0) {
            rows.add(soldAsRow("other", rest, cells));
        }
        long[] unknown = bySoldAs.get(SampleCells.NOTHING);
        if (unknown != null) {
            rows.add(soldAsRow("unknown", unknown, cells));
        }
        return new DataTable(
                List.of("sold_as", "samples", "as_sold_only", "as_sold_and_more", "something_else", "nothing_found"),
                rows);
    }

    private static List<Object> soldAsRow(String soldAs, long[] n, SmallCells cells) {
        List<Object> row = new ArrayList<>();
        row.add(soldAs);
        for (long v : n) {
            row.add(cells.count(v));
        }
        return row;
    }

    /** Mean daily loads of a metabolite per week (or other measured period) and Dutch city. */
    DataTable wastewater(Filters f) {
        List<WastewaterRecord> loads = ingest.wastewater(f.metabolite(), f.from(), f.to()).stream()
                .filter(l -> SeriesKey.NATIONAL.equals(l.country()))
                .toList();
        Set<String> cities = loads.stream().map(WastewaterRecord::city).collect(Collectors.toCollection(TreeSet::new));
        Map<LocalDate, Map<String, BigDecimal>> byStart = new TreeMap<>();
        loads.forEach(l -> byStart.computeIfAbsent(l.period().start(), k -> new TreeMap<>())
                .put(l.city(), l.loadMgPerDayPer1000()));
        List<String> columns = new ArrayList<>();
        columns.add("period");
        columns.addAll(cities);
        List<List<Object>> rows = new ArrayList<>();
        byStart.forEach((start, byCity) -> {
            List<Object> row = new ArrayList<>();
            row.add(start.toString());
            cities.forEach(city -> row.add(
                    orNull(byCity.get(city) == null ? null : byCity.get(city).doubleValue())));
            rows.add(row);
        });
        return new DataTable(columns, rows);
    }

    /**
     * The published indicators about a substance per year: one column per indicator and population group, so that use
     * (prevalence, percent) and treatment demand (clients, a count) can be read side by side.
     */
    DataTable indicators(Filters f, SmallCells cells) {
        Map<String, Map<Integer, IndicatorRecord>> bySeries = new TreeMap<>();
        for (IndicatorRecord r : ingest.indicators(f.substance())) {
            if (r.regionCode() == null || SeriesKey.NATIONAL.equals(r.regionCode())) {
                bySeries.computeIfAbsent(
                                r.indicator().code() + " · " + r.populationGroup() + " ("
                                        + r.unit().code() + ")",
                                k -> new TreeMap<>())
                        .put(r.period().start().getYear(), r);
            }
        }
        Set<Integer> years = new TreeSet<>();
        bySeries.values().forEach(s -> years.addAll(s.keySet()));
        List<String> columns = new ArrayList<>();
        columns.add("year");
        columns.addAll(bySeries.keySet());
        List<List<Object>> rows = new ArrayList<>();
        for (int year : years) {
            List<Object> row = new ArrayList<>();
            row.add(String.valueOf(year));
            for (Map<Integer, IndicatorRecord> series : bySeries.values()) {
                IndicatorRecord r = series.get(year);
                row.add(
                        r == null
                                ? NO_VALUE
                                : r.unit() == IndicatorRecord.Unit.COUNT
                                        ? cells.count(r.value().longValue())
                                        : r.value()
                                                .setScale(2, RoundingMode.HALF_UP)
                                                .doubleValue());
            }
            rows.add(row);
        }
        return new DataTable(columns, rows);
    }

    /** The GGD regions (and NL, for records without one) of a region filter; empty for the whole country. */
    private List<String> compositionRegions(String region) {
        if (SeriesKey.NATIONAL.equals(region)) {
            return List.of();
        }
        if (region.startsWith("GG")) {
            return List.of(region);
        }
        return regions.all(RegionKind.GGD_REGION).stream()
                .filter(r -> r.province() != null && r.province().value().equals(region))
                .map(r -> r.code().value())
                .toList();
    }

    /** Counts of one region (NL as counted, a province as the sum of its GGD regions), summed into periods. */
    private Map<LocalDate, Long> inRegion(List<RegionCount> counts, String region, Period period) {
        Set<String> wanted = region.startsWith("PV") ? Set.copyOf(compositionRegions(region)) : Set.of(region);
        Map<LocalDate, Long> byPeriod = new TreeMap<>();
        counts.stream()
                .filter(c -> wanted.contains(c.region()))
                .forEach(c -> byPeriod.merge(start(period, c.start()), c.n(), Long::sum));
        return byPeriod;
    }

    static LocalDate start(Period period, LocalDate day) {
        return switch (period) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    private static LocalDate next(Period period, LocalDate start) {
        return switch (period) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    private static String label(Period period, LocalDate start) {
        return switch (period) {
            case WEEK -> nl.signaal.shared.IsoWeek.of(start).toString();
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** Rows are lists that may hold nulls (no value); List.of refuses them. */
    private static Object orNull(@org.jspecify.annotations.Nullable Object value) {
        return value == null ? NO_VALUE : value;
    }

    /** An empty cell: no value (as opposed to zero or suppressed). */
    static final Object NO_VALUE = "";
}
