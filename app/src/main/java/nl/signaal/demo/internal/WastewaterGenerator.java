/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import nl.signaal.ingest.Period;
import nl.signaal.ingest.WastewaterRecord;
import nl.signaal.shared.IsoWeek;

/**
 * Weekly wastewater measurements at the Dutch treatment plants of the EUDA/SCORE campaigns, one per plant, metabolite
 * and ISO week, as a programme sampling every day would report them: the mean of seven daily loads in mg per day per
 * 1,000 inhabitants.
 *
 * <p>Levels are the plants' daily means in the EUDA "Wastewater analysis and drugs" data (2022-2024, NL rows of {@code
 * ww-all-data.csv}, where {@code cocaine} is benzoylecgonine and {@code cannabis} THC-COOH), rounded, for calendar year
 * 2024; other years follow a yearly trend (cocaine +3%, ketamine +10%, in line with the rising use the Nationale Drug
 * Monitor reports). A day's load is the level times the day of the week (Friday to Sunday loads are about twice the
 * weekday loads for MDMA and 1.3 times for cocaine in the EUDA data; amphetamine, methamphetamine and THC-COOH hardly
 * vary), times the season (MDMA and ketamine peak in the festival season, at New Year and King's Day, and in Amsterdam
 * in the week of the Amsterdam Dance Event; cocaine rises 10% in December), times lognormal day-to-day noise (sd of
 * the log 0.15).
 */
final class WastewaterGenerator {

    /** A treatment plant of the EUDA/SCORE campaigns: site id, city, GGD region, inhabitants served. */
    record Site(String id, String city, String region, int population, List<Double> levels) {}

    static final List<String> METABOLITES =
            List.of("benzoylecgonine", "MDMA", "amphetamine", "methamphetamine", "ketamine", "THC-COOH");

    /** Weekend (Friday-Sunday) over weekday load, per metabolite in {@link #METABOLITES} order. */
    private static final double[] WEEKEND = {1.3, 2.0, 1.0, 1.0, 1.1, 1.0};
    /** Yearly growth per metabolite. */
    private static final double[] TREND = {1.03, 1.0, 1.0, 1.0, 1.10, 1.0};

    private static final int LEVEL_YEAR = 2024;

    /** Daily means in mg/day/1000, per metabolite in {@link #METABOLITES} order (EUDA, NL sites, 2022-2024). */
    static final List<Site> SITES = List.of(
            new Site("NL001", "Amsterdam", "GG3406", 699_648, List.of(1_200.0, 220.0, 150.0, 50.0, 130.0, 230.0)),
            new Site("NL002", "Eindhoven", "GG5608", 468_599, List.of(790.0, 80.0, 310.0, 30.0, 90.0, 125.0)),
            new Site("NL003", "Groningen", "GG0111", 250_722, List.of(930.0, 105.0, 250.0, 3.5, 41.0, 260.0)),
            new Site("NL004", "Leeuwarden", "GG7206", 104_355, List.of(1_190.0, 75.0, 330.0, 6.0, 26.0, 200.0)),
            new Site("NL007", "Rotterdam", "GG4607", 619_563, List.of(1_030.0, 170.0, 205.0, 11.0, 70.0, 185.0)),
            new Site("NL010", "Utrecht", "GG2514", 273_738, List.of(710.0, 113.0, 265.0, 7.0, 44.0, 123.0)),
            new Site("NL011", "Zwolle", "GG1009", 125_418, List.of(490.0, 50.0, 270.0, 1.1, 30.0, 98.0)));

    private final long seed;

    WastewaterGenerator(long seed) {
        this.seed = seed;
    }

    List<WastewaterRecord> week(IsoWeek week) {
        Draws draws = Draws.of(seed, "wastewater", week);
        Period period = Period.parse(week.toString());
        List<WastewaterRecord> records = new ArrayList<>(SITES.size() * METABOLITES.size());
        for (Site site : SITES) {
            for (int m = 0; m < METABOLITES.size(); m++) {
                double level = site.levels().get(m) * Math.pow(TREND[m], week.year() - LEVEL_YEAR);
                double season = season(m, site, week);
                double sum = 0;
                for (DayOfWeek day : DayOfWeek.values()) {
                    sum += level * dayFactor(m, day) * season * draws.lognormal(0, 0.15);
                }
                String metabolite = METABOLITES.get(m);
                records.add(new WastewaterRecord(
                        "WW-" + site.id() + "-" + metabolite + "-" + week,
                        site.id(),
                        site.city(),
                        "NL",
                        site.region(),
                        metabolite,
                        period,
                        Rounding.round(sum / 7, sum / 7 < 10 ? 2 : 1),
                        site.population()));
            }
        }
        return records;
    }

    /**
     * The day's share of the level: the weekday load is scaled so that the mean over a week is the level, as the
     * EUDA daily mean is.
     */
    private static double dayFactor(int metabolite, DayOfWeek day) {
        double weekday = 7 / (4 + 3 * WEEKEND[metabolite]);
        boolean weekend = day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return weekend ? weekday * WEEKEND[metabolite] : weekday;
    }

    private static double season(int metabolite, Site site, IsoWeek week) {
        String name = METABOLITES.get(metabolite);
        if (name.equals("MDMA") || name.equals("ketamine")) {
            double factor = 0.9 + 0.2 * Season.summer(week);
            if (Season.holdsNewYear(week) || Season.holdsKingsDay(week)) {
                factor *= 1.4;
            }
            if (site.id().equals("NL001") && Season.holdsDanceEvent(week)) {
                factor *= 1.6;
            }
            return factor;
        }
        if (name.equals("benzoylecgonine") && week.monday().getMonthValue() == 12) {
            return 1.1;
        }
        return 1;
    }
}
