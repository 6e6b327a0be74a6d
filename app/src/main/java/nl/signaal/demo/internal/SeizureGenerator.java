/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.SampleRecord.Form;
import nl.signaal.ingest.SeizureRecord;
import nl.signaal.ingest.TabletFeatures;
import nl.signaal.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

/**
 * The baseline of police and customs seizures analysed by a forensic laboratory: negative binomial (shape 20) around
 * the scenario's yearly volume (about 600), by {@link Product#seizureShare}. Cocaine is seized three times as often,
 * relative to population, in Rotterdam-Rijnmond (the port) and synthetic drugs twice as often in Brabant and Limburg,
 * where they are made (Nationale Drug Monitor, "Aanbod"). Quantities are lognormal: a few grams to kilograms, now and
 * then a port seizure of hundreds of kilos of cocaine. Analysis takes one to eight weeks.
 */
final class SeizureGenerator {

    private static final List<String> SOUTH = List.of("GG5206", "GG5406", "GG5608", "GG6011", "GG6106");
    private static final Map<Product, Weighted<String>> REGIONS = regions();
    private static final Weighted<Integer> DAYS =
            Weighted.of(0, 18).or(1, 18).or(2, 18).or(3, 18).or(4, 16).or(5, 7).or(6, 5);

    private final long seed;
    private final double perYear;
    private final LocalDate lastDay;

    SeizureGenerator(long seed, double perYear, LocalDate lastDay) {
        this.seed = seed;
        this.perYear = perYear;
        this.lastDay = lastDay;
    }

    List<Draft<SeizureRecord>> week(IsoWeek week) {
        Draws draws = Draws.of(seed, "seizures", week);
        int count = draws.negativeBinomial(perYear / SampleGenerator.WEEKS_PER_YEAR, 20);
        List<Draft<SeizureRecord>> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Product product = draws.pick(Product.SEIZURES);
            Form form = draws.pick(product.forms);
            String region = draws.pick(REGIONS.getOrDefault(product, Population.byInhabitants()));
            TabletFeatures tablet = form == Form.TABLET
                    ? (product == Product.ECSTASY_TABLET ? TabletLooks.ecstasy(draws) : TabletLooks.small(draws))
                    : null;
            LocalDate date = day(week, draws);
            String description = describe(form, draws.pick(product.soldAs));
            List<LabResult> results = SampleAnalysis.results(product, form, draws);
            drafts.add(Draft.baseline(
                    date,
                    quantity(product, form, region, draws)
                            .seizure(date, analysisDate(date, draws), region, form, description, tablet, results)));
        }
        return drafts;
    }

    LocalDate day(IsoWeek week, Draws draws) {
        return week.monday().plusDays(draws.pick(DAYS));
    }

    LocalDate analysisDate(LocalDate seized, Draws draws) {
        LocalDate analysed = seized.plusDays(draws.between(7, 56));
        return analysed.isAfter(lastDay) ? lastDay : analysed;
    }

    static String describe(Form form, String suspected) {
        String looks = switch (form) {
            case TABLET -> "tablets";
            case POWDER -> "white powder";
            case CRYSTAL -> "crystals";
            case LIQUID -> "liquid";
            case BLOTTER -> "blotters";
            case CAPSULE -> "capsules";
            case OTHER -> "lumps";
        };
        return looks + ", suspected " + suspected;
    }

    /** How much was seized: units for tablets, blotters and capsules, grams for the rest. */
    static Quantity quantity(@Nullable Product product, Form form, String region, Draws draws) {
        boolean units = form == Form.TABLET || form == Form.BLOTTER || form == Form.CAPSULE;
        if (units) {
            int count = Math.clamp(Math.round(draws.lognormalMedian(100, 1.6)), 1, 500_000);
            double unitMg = form == Form.BLOTTER ? 20 : 340;
            return new Quantity(count, Rounding.round(count * unitMg / 1000, 1));
        }
        double grams = draws.lognormalMedian(form == Form.LIQUID ? 200 : 20, 1.8);
        if (product == Product.COCAINE && region.equals("GG4607") && draws.chance(0.1)) {
            grams = draws.uniform(50_000, 2_000_000);
        }
        return new Quantity(null, Rounding.round(Math.clamp(grams, 0.1, 5_000_000), grams < 10 ? 2 : 0));
    }

    /** A seizure's size. */
    record Quantity(@Nullable Integer units, BigDecimal grossWeightG) {

        Function<String, SeizureRecord> seizure(
                LocalDate date,
                LocalDate analysed,
                String region,
                Form form,
                String description,
                @Nullable TabletFeatures tablet,
                List<LabResult> results) {
            return id -> new SeizureRecord(
                    id, date, analysed, "NL", region, null, form, description, tablet, units, grossWeightG, results);
        }
    }

    private static Map<Product, Weighted<String>> regions() {
        Map<Product, Weighted<String>> map = new java.util.EnumMap<>(Product.class);
        map.put(Product.COCAINE, Population.weighted(code -> code.equals("GG4607") ? 3 : 1));
        Weighted<String> south = Population.weighted(code -> SOUTH.contains(code) ? 2 : 1);
        for (Product synthetic :
                List.of(Product.ECSTASY_TABLET, Product.MDMA_CRYSTAL, Product.AMPHETAMINE, Product.METHAMPHETAMINE)) {
            map.put(synthetic, south);
        }
        return map;
    }
}
