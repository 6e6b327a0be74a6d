/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.ingest.SampleRecord.Form;
import nl.signaal.ingest.SampleRecord.PurchaseChannel;
import nl.signaal.ingest.TabletFeatures;
import nl.signaal.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

/**
 * The baseline of drug-checking samples. The weekly number is negative binomial (shape 50) around the scenario's
 * yearly volume (DIMS: about 10-12 thousand samples a year) times {@link Season#samples}. Samples come in mostly on
 * weekdays, at services spread by population with more in the university cities, where most testing locations are.
 * Results follow 3-10 days later (never after the last day of the data).
 */
final class SampleGenerator {

    /** Mean ISO weeks in a year: 365.2425 / 7. */
    static final double WEEKS_PER_YEAR = 52.1775;

    static final Weighted<String> REGIONS = Population.weighted(code -> switch (code) {
        case "GG3406" -> 2.0;
        case "GG2514", "GG2014" -> 1.4;
        case "GG0111" -> 1.3;
        case "GG5608" -> 1.2;
        case "GG4607", "GG7014" -> 1.1;
        default -> 0.8;
    });
    static final Weighted<PurchaseChannel> CHANNELS = Weighted.of(PurchaseChannel.DEALER, 55)
            .or(PurchaseChannel.FRIEND, 28)
            .or(PurchaseChannel.ONLINE, 8)
            .or(PurchaseChannel.STREET, 5)
            .or(PurchaseChannel.OTHER, 4);
    /** Days after Monday: services open on weekdays. */
    private static final Weighted<Integer> DAYS =
            Weighted.of(0, 20).or(1, 20).or(2, 20).or(3, 20).or(4, 15).or(5, 3).or(6, 2);

    private final long seed;
    private final double perYear;
    private final LocalDate lastDay;

    /** @param lastDay the last day of the data: no date may come after it */
    SampleGenerator(long seed, double perYear, LocalDate lastDay) {
        this.seed = seed;
        this.perYear = perYear;
        this.lastDay = lastDay;
    }

    List<Draft<SampleRecord>> week(IsoWeek week) {
        Draws draws = Draws.of(seed, "samples", week);
        int count = draws.negativeBinomial(perYear / WEEKS_PER_YEAR * Season.samples(week), 50);
        List<Draft<SampleRecord>> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Product product = draws.pick(Product.SAMPLES);
            Form form = draws.pick(product.forms);
            TabletFeatures tablet = null;
            if (form == Form.TABLET) {
                tablet = product == Product.ECSTASY_TABLET ? TabletLooks.ecstasy(draws) : TabletLooks.small(draws);
            }
            LocalDate date = day(week, draws);
            drafts.add(Draft.baseline(
                    date,
                    sample(
                            date,
                            resultDate(date, draws),
                            draws.pick(REGIONS),
                            draws.pick(product.soldAs),
                            form,
                            tablet,
                            price(product.price, draws),
                            draws.pick(CHANNELS),
                            SampleAnalysis.results(product, form, draws))));
        }
        return drafts;
    }

    LocalDate day(IsoWeek week, Draws draws) {
        return week.monday().plusDays(draws.pick(DAYS));
    }

    LocalDate resultDate(LocalDate sampleDate, Draws draws) {
        return min(sampleDate.plusDays(draws.between(3, 10)), lastDay);
    }

    static @Nullable BigDecimal price(double usual, Draws draws) {
        if (draws.chance(0.2)) {
            return null;
        }
        double price = usual * draws.lognormal(0, 0.25);
        return Rounding.round(price, price < 10 ? 1 : 0);
    }

    static Function<String, SampleRecord> sample(
            LocalDate date,
            LocalDate resultDate,
            String region,
            String soldAs,
            Form form,
            @Nullable TabletFeatures tablet,
            @Nullable BigDecimal price,
            PurchaseChannel channel,
            List<LabResult> results) {
        return id -> new SampleRecord(
                id,
                date,
                resultDate,
                "NL",
                region,
                null,
                "Testservice " + Population.city(region),
                soldAs,
                form,
                tablet,
                price,
                channel,
                null,
                results,
                null);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
