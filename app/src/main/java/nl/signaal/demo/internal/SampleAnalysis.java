/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.util.ArrayList;
import java.util.List;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.LabResult.Abundance;
import nl.signaal.ingest.LabResult.SaltForm;
import nl.signaal.ingest.LabResult.Unit;
import nl.signaal.ingest.SampleRecord.Form;

/**
 * What a lab finds in a drug-checking sample or a seized drug of a {@link Product}: the main substance with its amount
 * (never without unit and salt form), adulterants, and now and then something else altogether. Substance names are
 * written the various ways labs write them ("MDMA", "3,4-MDMA", "MDMA HCl", "cocaïne"), since Signaal keeps them as
 * reported and resolves them later.
 *
 * <p>Calibration, approximately, from the DIMS annual reports (Trimbos-instituut, "DIMS Jaarbericht" 2021-2023) and the
 * Nationale Drug Monitor:
 *
 * <ul>
 *   <li>MDMA per ecstasy tablet, as MDMA·HCl: lognormal with {@code mu = 5.118, sigma = 0.189}, which has mean 170 mg
 *       and 17% of tablets above 200 mg; about 7% of tablets sold as ecstasy hold no MDMA;
 *   <li>cocaine powder: purity (as hydrochloride) normal with mean 66%, sd 16%; levamisole in 25% of samples, phenacetin
 *       12%, lidocaine 8%, caffeine 7%, procaine 2%; 3% hold no cocaine;
 *   <li>amphetamine (as sulfate) 45% ± 18%, caffeine in a third; ketamine 82% ± 12%, 3-MMC 85% ± 10%, MDMA crystal 78%
 *       ± 10%; 2C-B tablets 14 ± 5 mg; LSD blotters 110 ± 45 µg; GHB liquid 450 ± 120 mg/ml (15% is GBL).
 * </ul>
 *
 * These are plausible magnitudes for a demonstration, not published estimates to cite as such.
 */
final class SampleAnalysis {

    static final Weighted<String> MDMA = Weighted.of("MDMA", 50)
            .or("MDMA HCl", 15)
            .or("3,4-MDMA", 15)
            .or("MDMA.HCl", 10)
            .or("3,4-methylenedioxymethamphetamine", 10);
    static final Weighted<String> COCAINE = Weighted.of("cocaine", 45)
            .or("cocaïne", 20)
            .or("Cocaine HCl", 15)
            .or("cocaine hydrochloride", 10)
            .or("cocaïne-HCl", 10);
    static final Weighted<String> METHODS =
            Weighted.of("GC-MS", 60).or("GC-FID", 20).or("UPLC-UV", 10).or("LC-MS", 10);

    /** Mean and P(> 200 mg) of this lognormal: 170 mg and 17%. */
    static final double MDMA_MU = 5.118;

    static final double MDMA_SIGMA = 0.189;

    private static final Weighted<String> AMPHETAMINE = Weighted.of("amphetamine", 40)
            .or("amfetamine", 35)
            .or("Amphetamine sulfate", 15)
            .or("amfetaminesulfaat", 10);
    private static final Weighted<String> KETAMINE =
            Weighted.of("ketamine", 70).or("ketamine HCl", 20).or("(R,S)-ketamine", 10);
    private static final Weighted<String> NOT_MDMA = Weighted.of("MDA", 25)
            .or("amphetamine", 15)
            .or("caffeine", 20)
            .or("MDEA", 10)
            .or("N-ethylpentylone", 10)
            .or("4-MMC", 10)
            .or("2C-B", 5)
            .or("m-CPP", 5);

    private SampleAnalysis() {}

    static List<LabResult> results(Product product, Form form, Draws draws) {
        String method = draws.pick(METHODS);
        List<LabResult> results = new ArrayList<>();
        switch (product) {
            case ECSTASY_TABLET -> ecstasyTablet(draws, method, results);
            case MDMA_CRYSTAL -> {
                if (draws.chance(0.95)) {
                    results.add(major(
                            draws.pick(MDMA),
                            draws.normal(78, 10, 10, 100),
                            Unit.PERCENT,
                            SaltForm.HYDROCHLORIDE,
                            method));
                } else {
                    results.add(named(
                            draws.pick(
                                    Weighted.of("MDA", 40).or("methylone", 30).or("3-MMC", 30)),
                            method));
                }
            }
            case COCAINE -> cocaine(draws, method, results);
            case CRACK ->
                results.add(major(
                        draws.pick(
                                Weighted.of("cocaine base", 60).or("crack", 20).or("cocaïne (base)", 20)),
                        draws.normal(75, 12, 10, 100),
                        Unit.PERCENT,
                        SaltForm.BASE,
                        method));
            case AMPHETAMINE -> {
                if (draws.chance(0.95)) {
                    results.add(major(
                            draws.pick(AMPHETAMINE),
                            draws.normal(45, 18, 3, 95),
                            Unit.PERCENT,
                            SaltForm.SULFATE,
                            method));
                } else {
                    results.add(named(draws.pick(Weighted.of("4-FA", 50).or("3-MMC", 50)), method));
                }
                if (draws.chance(0.33)) {
                    results.add(minor("caffeine", method));
                }
            }
            case METHAMPHETAMINE ->
                results.add(major(
                        draws.pick(Weighted.of("methamphetamine", 60)
                                .or("metamfetamine", 25)
                                .or("d-methamphetamine HCl", 15)),
                        draws.normal(80, 10, 20, 100),
                        Unit.PERCENT,
                        SaltForm.HYDROCHLORIDE,
                        method));
            case HEROIN -> {
                results.add(major(
                        draws.pick(Weighted.of("heroin", 40)
                                .or("diacetylmorfine", 30)
                                .or("diamorphine", 30)),
                        draws.normal(35, 12, 3, 80),
                        Unit.PERCENT,
                        SaltForm.BASE,
                        method));
                results.add(minor(draws.pick(Weighted.of("caffeine", 50).or("paracetamol", 50)), method));
            }
            case KETAMINE ->
                results.add(
                        draws.chance(0.96)
                                ? major(
                                        draws.pick(KETAMINE),
                                        draws.normal(82, 12, 20, 100),
                                        Unit.PERCENT,
                                        SaltForm.HYDROCHLORIDE,
                                        method)
                                : named(
                                        draws.pick(Weighted.of("2-fluorodeschloroketamine", 60)
                                                .or("deschloroketamine", 40)),
                                        method));
            case THREE_MMC ->
                results.add(
                        draws.chance(0.92)
                                ? major(
                                        draws.pick(Weighted.of("3-MMC", 60)
                                                .or("3-methylmethcathinone", 25)
                                                .or("3-MMC HCl", 15)),
                                        draws.normal(85, 10, 20, 100),
                                        Unit.PERCENT,
                                        SaltForm.HYDROCHLORIDE,
                                        method)
                                : named(
                                        draws.pick(Weighted.of("3-CMC", 50)
                                                .or("4-MMC", 30)
                                                .or("2-MMC", 20)),
                                        method));
            case TWO_CB -> {
                String name = draws.pick(
                        Weighted.of("2C-B", 70).or("2C-B HCl", 20).or("4-bromo-2,5-dimethoxyphenethylamine", 10));
                results.add(
                        form == Form.POWDER
                                ? major(
                                        name,
                                        draws.normal(70, 15, 10, 100),
                                        Unit.PERCENT,
                                        SaltForm.HYDROCHLORIDE,
                                        method)
                                : major(
                                        name,
                                        draws.normal(14, 5, 2, 40),
                                        Unit.MG_PER_UNIT,
                                        SaltForm.HYDROCHLORIDE,
                                        method));
            }
            case GHB ->
                results.add(
                        draws.chance(0.85)
                                ? major(
                                        draws.pick(Weighted.of("GHB", 70)
                                                .or("gamma-hydroxybutyrate", 15)
                                                .or("Na-GHB", 15)),
                                        draws.normal(450, 120, 50, 900),
                                        Unit.MG_PER_ML,
                                        SaltForm.OTHER,
                                        method)
                                : named(draws.pick(Weighted.of("GBL", 70).or("gamma-butyrolactone", 30)), method));
            case LSD ->
                results.add(
                        draws.chance(0.9)
                                ? major(
                                        draws.pick(Weighted.of("LSD", 75)
                                                .or("LSD-25", 15)
                                                .or("lysergide", 10)),
                                        draws.normal(110, 45, 10, 300),
                                        Unit.UG_PER_UNIT,
                                        SaltForm.BASE,
                                        method)
                                : named(
                                        draws.pick(Weighted.of("1P-LSD", 50)
                                                .or("1cP-LSD", 30)
                                                .or("1V-LSD", 20)),
                                        method));
        }
        return List.copyOf(results);
    }

    /** MDMA per tablet in mg (as MDMA·HCl), whole milligrams between 20 and 400. */
    static double mdmaMg(Draws draws) {
        return Math.clamp(Math.round(draws.lognormal(MDMA_MU, MDMA_SIGMA)), 20, 400);
    }

    static LabResult major(String substance, double amount, Unit unit, SaltForm saltForm, String method) {
        int digits = unit == Unit.PERCENT ? 1 : 0;
        return new LabResult(substance, Rounding.round(amount, digits), unit, saltForm, Abundance.MAJOR, method);
    }

    /** A substance found as the main one, without an amount (the lab identified but did not quantify it). */
    static LabResult named(String substance, String method) {
        return new LabResult(substance, null, null, null, Abundance.MAJOR, method);
    }

    static LabResult minor(String substance, String method) {
        return new LabResult(substance, null, null, null, Abundance.MINOR, method);
    }

    static LabResult trace(String substance, String method) {
        return new LabResult(substance, null, null, null, Abundance.TRACE, method);
    }

    private static void ecstasyTablet(Draws draws, String method, List<LabResult> results) {
        if (draws.chance(0.93)) {
            results.add(major(draws.pick(MDMA), mdmaMg(draws), Unit.MG_PER_UNIT, SaltForm.HYDROCHLORIDE, method));
            if (draws.chance(0.04)) {
                results.add(trace("MDA", method));
            }
            if (draws.chance(0.03)) {
                results.add(minor("caffeine", method));
            }
            return;
        }
        String other = draws.pick(NOT_MDMA);
        results.add(
                other.equals("MDA")
                        ? major(other, draws.normal(100, 25, 20, 250), Unit.MG_PER_UNIT, SaltForm.HYDROCHLORIDE, method)
                        : named(other, method));
    }

    private static void cocaine(Draws draws, String method, List<LabResult> results) {
        if (draws.chance(0.97)) {
            results.add(major(
                    draws.pick(COCAINE), draws.normal(66, 16, 5, 98), Unit.PERCENT, SaltForm.HYDROCHLORIDE, method));
        } else {
            results.add(named(
                    draws.pick(Weighted.of("lidocaine", 50).or("procaine", 30).or("caffeine", 20)), method));
            return;
        }
        if (draws.chance(0.25)) {
            results.add(draws.chance(0.5) ? minor("levamisole", method) : trace("levamisole", method));
        }
        if (draws.chance(0.12)) {
            results.add(minor("phenacetin", method));
        }
        if (draws.chance(0.08)) {
            results.add(minor("lidocaine", method));
        }
        if (draws.chance(0.07)) {
            results.add(minor("caffeine", method));
        }
        if (draws.chance(0.02)) {
            results.add(trace("procaine", method));
        }
    }
}
