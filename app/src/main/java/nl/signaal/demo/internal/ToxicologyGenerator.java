/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.signaal.ingest.AgeBand;
import nl.signaal.ingest.Sex;
import nl.signaal.ingest.ToxicologyCaseRecord;
import nl.signaal.ingest.ToxicologyCaseRecord.ConcentrationUnit;
import nl.signaal.ingest.ToxicologyCaseRecord.Finding;
import nl.signaal.ingest.ToxicologyCaseRecord.Matrix;
import nl.signaal.shared.IsoWeek;

/**
 * The baseline of post-mortem toxicology: Poisson around the scenario's yearly volume (about 250 cases; CBS counts
 * some 300 drug deaths a year, not all examined). Most deceased are men aged 35-64 (CBS, "Drugsdoden"); findings are
 * mixtures, mostly opioids (methadone, heroin as morphine), cocaine, benzodiazepines and alcohol, in femoral blood at
 * lognormal concentrations around typical post-mortem levels (e.g. methadone median 500 ng/ml). These shares and levels
 * are rough magnitudes for a demonstration, not published estimates.
 */
final class ToxicologyGenerator {

    /** A substance the laboratory may find: chance per case, name as reported, typical concentration. */
    record Typical(double chance, String name, double median, ConcentrationUnit unit, double contributory) {}

    static final Typical ETHANOL = new Typical(0.30, "ethanol", 1_200, ConcentrationUnit.MG_PER_L, 0.5);

    static final List<Typical> FINDINGS = List.of(
            new Typical(0.35, "cocaine", 200, ConcentrationUnit.NG_PER_ML, 0.7),
            new Typical(0.30, "benzoylecgonine", 1_500, ConcentrationUnit.NG_PER_ML, 0.1),
            new Typical(0.25, "methadone", 500, ConcentrationUnit.NG_PER_ML, 0.8),
            new Typical(0.18, "morphine", 150, ConcentrationUnit.NG_PER_ML, 0.8),
            ETHANOL,
            new Typical(0.25, "diazepam", 300, ConcentrationUnit.NG_PER_ML, 0.3),
            new Typical(0.10, "amphetamine", 500, ConcentrationUnit.NG_PER_ML, 0.5),
            new Typical(0.08, "MDMA", 1_000, ConcentrationUnit.NG_PER_ML, 0.7),
            new Typical(0.06, "GHB", 300, ConcentrationUnit.MG_PER_L, 0.8),
            new Typical(0.15, "THC", 3, ConcentrationUnit.NG_PER_ML, 0.05),
            new Typical(0.04, "oxycodone", 300, ConcentrationUnit.NG_PER_ML, 0.8),
            new Typical(0.03, "tramadol", 1_500, ConcentrationUnit.NG_PER_ML, 0.6),
            new Typical(0.01, "fentanyl", 15, ConcentrationUnit.NG_PER_ML, 0.9),
            new Typical(0.02, "ketamine", 500, ConcentrationUnit.NG_PER_ML, 0.4));

    static final Weighted<AgeBand> AGES = Weighted.of(AgeBand.AGE_18_24, 7)
            .or(AgeBand.AGE_25_34, 15)
            .or(AgeBand.AGE_35_44, 25)
            .or(AgeBand.AGE_45_54, 30)
            .or(AgeBand.AGE_55_64, 20)
            .or(AgeBand.AGE_65_PLUS, 3);
    static final Weighted<Sex> SEXES = Weighted.of(Sex.MALE, 80).or(Sex.FEMALE, 20);
    private static final Weighted<String> REGIONS =
            Population.weighted(code -> Population.BIG_CITIES.contains(code) ? 1.5 : 1);

    private final long seed;
    private final double perYear;

    ToxicologyGenerator(long seed, double perYear) {
        this.seed = seed;
        this.perYear = perYear;
    }

    List<Draft<ToxicologyCaseRecord>> week(IsoWeek week) {
        Draws draws = Draws.of(seed, "toxicology", week);
        int count = draws.poisson(perYear / SampleGenerator.WEEKS_PER_YEAR);
        List<Draft<ToxicologyCaseRecord>> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<Finding> findings = new ArrayList<>();
            for (Typical typical : FINDINGS) {
                if (draws.chance(typical.chance())) {
                    findings.add(finding(typical, draws));
                }
            }
            if (findings.isEmpty()) {
                // a case always has a finding; methadone is the most common opioid in Dutch drug deaths
                findings.add(finding(FINDINGS.get(2), draws));
            }
            LocalDate date = week.monday().plusDays(draws.between(0, 6));
            drafts.add(Draft.baseline(date, of(date, draws.pick(REGIONS), draws.chance(0.85), findings, draws)));
        }
        return drafts;
    }

    static Finding finding(Typical typical, Draws draws) {
        double concentration = draws.lognormalMedian(typical.median(), 0.8);
        return new Finding(
                typical.name(),
                Rounding.round(concentration, concentration < 10 ? 1 : 0),
                typical.unit(),
                Matrix.FEMORAL_BLOOD,
                draws.chance(typical.contributory()));
    }

    static Function<String, ToxicologyCaseRecord> of(
            LocalDate date, String region, boolean drugRelated, List<Finding> findings, Draws draws) {
        AgeBand age = draws.pick(AGES);
        Sex sex = draws.pick(SEXES);
        List<Finding> found = List.copyOf(findings);
        return id -> new ToxicologyCaseRecord(id, date, "NL", region, null, age, sex, drugRelated, found);
    }
}
