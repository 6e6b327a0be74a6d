/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.util.ArrayList;
import java.util.List;
import nl.signaal.ingest.IndicatorRecord;
import nl.signaal.ingest.IndicatorRecord.Indicator;
import nl.signaal.ingest.IndicatorRecord.Unit;
import nl.signaal.ingest.Period;

/**
 * Yearly national indicators, as the Nationale Drug Monitor (Trimbos-instituut and WODC) publishes them, for calendar
 * year 2023 and a yearly trend for the other years, with sampling noise:
 *
 * <ul>
 *   <li>last-year prevalence among adults 18-64 (Leefstijlmonitor / Gezondheidsenquête, CBS-RIVM, about 8,000
 *       respondents): cannabis 8%, ecstasy 3%, cocaine 2.5%, amphetamine 1%, ketamine 0.8%; cocaine rising 5% a year
 *       and ketamine 10%;
 *   <li>last-year prevalence among pupils 12-16 (Peilstationsonderzoek Scholieren, about 5,000 pupils): cannabis 7%,
 *       nitrous oxide 4%, ecstasy 1%, cocaine 0.7%, cannabis and nitrous oxide falling;
 *   <li>clients in addiction care with cannabis or cocaine as their main problem (LADIS): about 10,500 and 8,300,
 *       falling 2.5% and 1.5% a year — use up, treatment down, the contrast the factsheets draw.
 * </ul>
 *
 * Prevalences come with a 95% interval {@code p ± 1.96 √(deff · p(1-p) / n)}, design effect 1.5 for adults and 2 for
 * pupils (a clustered school sample). The figures are approximations of the published ones, to a tenth of a percent at
 * best; treat them as plausible, not as the official numbers.
 */
final class IndicatorGenerator {

    /** One indicator series: the 2023 value and its yearly growth factor. */
    record Series(Indicator indicator, String substance, String group, String slug, double value2023, double growth) {}

    static final List<Series> SERIES = List.of(
            new Series(Indicator.LAST_YEAR_PREVALENCE, "cannabis", "adults 18-64", "adults", 8.0, 1.01),
            new Series(Indicator.LAST_YEAR_PREVALENCE, "ecstasy", "adults 18-64", "adults", 3.0, 1.01),
            new Series(Indicator.LAST_YEAR_PREVALENCE, "cocaine", "adults 18-64", "adults", 2.5, 1.05),
            new Series(Indicator.LAST_YEAR_PREVALENCE, "amphetamine", "adults 18-64", "adults", 1.0, 1.0),
            new Series(Indicator.LAST_YEAR_PREVALENCE, "ketamine", "adults 18-64", "adults", 0.8, 1.10),
            new Series(Indicator.LAST_YEAR_PREVALENCE, "cannabis", "pupils 12-16", "pupils", 7.0, 0.98),
            new Series(Indicator.LAST_YEAR_PREVALENCE, "nitrous oxide", "pupils 12-16", "pupils", 4.0, 0.95),
            new Series(Indicator.LAST_YEAR_PREVALENCE, "ecstasy", "pupils 12-16", "pupils", 1.0, 1.0),
            new Series(Indicator.LAST_YEAR_PREVALENCE, "cocaine", "pupils 12-16", "pupils", 0.7, 1.0),
            new Series(Indicator.TREATMENT_CLIENTS, "cannabis", "clients in addiction care", "clients", 10_500, 0.975),
            new Series(Indicator.TREATMENT_CLIENTS, "cocaine", "clients in addiction care", "clients", 8_300, 0.985));

    private static final int ADULT_RESPONDENTS = 8_000;
    private static final int PUPILS = 5_000;

    private final long seed;

    IndicatorGenerator(long seed) {
        this.seed = seed;
    }

    List<IndicatorRecord> year(int year) {
        Draws draws = Draws.of(seed, "indicators-" + year);
        Period period = Period.parse(Integer.toString(year));
        List<IndicatorRecord> records = new ArrayList<>(SERIES.size());
        for (Series series : SERIES) {
            double expected = series.value2023() * Math.pow(series.growth(), year - 2023);
            String id = "IND-%d-%s-%s-%s"
                    .formatted(
                            year, series.indicator().code(), series.substance().replace(' ', '-'), series.slug());
            if (series.indicator() == Indicator.TREATMENT_CLIENTS) {
                long clients = Math.round(draws.normal(expected, expected * 0.015));
                records.add(new IndicatorRecord(
                        id,
                        series.indicator(),
                        series.substance(),
                        series.group(),
                        "NL",
                        null,
                        period,
                        Rounding.round((double) clients, 0),
                        Unit.COUNT,
                        null,
                        null,
                        null));
                continue;
            }
            boolean adults = series.slug().equals("adults");
            int n = adults ? ADULT_RESPONDENTS : PUPILS;
            double deff = adults ? 1.5 : 2;
            double p = expected / 100;
            double observed = Math.clamp(draws.normal(p, Math.sqrt(deff * p * (1 - p) / n)), 0.0005, 0.99);
            double halfWidth = 1.96 * Math.sqrt(deff * observed * (1 - observed) / n);
            records.add(new IndicatorRecord(
                    id,
                    series.indicator(),
                    series.substance(),
                    series.group(),
                    "NL",
                    null,
                    period,
                    Rounding.round(100 * observed, 1),
                    Unit.PERCENT,
                    Rounding.round(100 * Math.max(0, observed - halfWidth), 1),
                    Rounding.round(100 * Math.min(1, observed + halfWidth), 1),
                    n));
        }
        return records;
    }
}
