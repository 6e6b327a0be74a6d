/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.signaal.demo.Scenario;
import nl.signaal.ingest.AgeBand;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.IncidentRecord.ReportedSubstance;
import nl.signaal.ingest.IncidentRecord.ReportedSubstance.Status;
import nl.signaal.ingest.IncidentRecord.ReporterType;
import nl.signaal.ingest.IncidentRecord.Setting;
import nl.signaal.ingest.ToxicologyCaseRecord;
import nl.signaal.ingest.ToxicologyCaseRecord.ConcentrationUnit;
import nl.signaal.ingest.ToxicologyCaseRecord.Finding;
import nl.signaal.ingest.ToxicologyCaseRecord.Matrix;
import nl.signaal.shared.IsoWeek;

/**
 * The incidents and deaths of an event, which look like its substance: an opioid (a nitazene, fentanyl, or anything
 * sold as oxycodone or heroin) happens at home or in the street, is severe (Poisoning Severity Score 3 in two thirds)
 * and gets naloxone in 80%; the others happen where party drugs' incidents do. Reporters suspect what it was sold as
 * and a lab confirms the substance itself in half of the incidents. A death is a fatal incident reported by a forensic
 * doctor plus a post-mortem case in which the substance is found, at a typical post-mortem level, and judged
 * contributory.
 */
final class EventIncidents {

    private static final List<String> OPIOIDS =
            List.of("nitaze", "fentan", "oxycod", "heroin", "heroïn", "morphin", "methadon", "tramadol", "brorphine");
    private static final Weighted<AgeBand> OPIOID_AGES = Weighted.of(AgeBand.AGE_18_24, 30)
            .or(AgeBand.AGE_25_34, 40)
            .or(AgeBand.AGE_35_44, 20)
            .or(AgeBand.AGE_45_54, 10);

    private EventIncidents() {}

    static Function<String, IncidentRecord> incident(
            PlannedEvent plan, String region, IsoWeek week, LocalDate date, boolean fatal, Draws draws) {
        Scenario.Event event = plan.event();
        boolean opioid = isOpioid(event.substance()) || (event.soldAs() != null && isOpioid(event.soldAs()));
        Setting setting = opioid
                ? draws.pick(
                        Weighted.of(Setting.HOME, 60).or(Setting.STREET, 30).or(Setting.OTHER, 10))
                : IncidentGenerator.setting(IncidentSubstance.Group.PARTY, week, draws);
        ReporterType reporter = fatal ? ReporterType.FORENSIC_DOCTOR : IncidentGenerator.reporter(setting, draws);
        int severity = fatal
                ? 4
                : draws.pick(
                        opioid
                                ? Weighted.of(2, 35).or(3, 65)
                                : event.type() == Scenario.Type.NEW_SUBSTANCE
                                        ? Weighted.of(1, 40).or(2, 40).or(3, 20)
                                        : Weighted.of(1, 20).or(2, 45).or(3, 35));
        List<ReportedSubstance> reported = new ArrayList<>();
        if (event.soldAs() != null) {
            reported.add(new ReportedSubstance(event.soldAs(), Status.SUSPECTED));
            if (fatal || draws.chance(0.5)) {
                reported.add(new ReportedSubstance(event.substance(), Status.CONFIRMED));
            }
        } else {
            reported.add(new ReportedSubstance(
                    event.substance(), fatal || draws.chance(0.5) ? Status.CONFIRMED : Status.SUSPECTED));
        }
        return IncidentGenerator.of(
                date,
                region,
                setting,
                opioid ? draws.pick(OPIOID_AGES) : IncidentGenerator.ages(IncidentSubstance.Group.PARTY, draws),
                draws.pick(IncidentGenerator.SEXES),
                severity,
                opioid && draws.chance(0.8),
                IncidentGenerator.outcome(severity, draws),
                reporter,
                reported);
    }

    /** The post-mortem case of a death: the substance, now and then with alcohol. */
    static Function<String, ToxicologyCaseRecord> death(PlannedEvent plan, String region, LocalDate date, Draws draws) {
        Scenario.Event event = plan.event();
        // nitazenes act at a few ng/ml in blood, phenethylamines such as PMMA at hundreds
        double median = isOpioid(event.substance()) ? 3 : 800;
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding(
                event.substance(),
                Rounding.round(draws.lognormalMedian(median, 0.6), 1),
                ConcentrationUnit.NG_PER_ML,
                Matrix.FEMORAL_BLOOD,
                true));
        if (draws.chance(0.3)) {
            findings.add(ToxicologyGenerator.finding(ToxicologyGenerator.ETHANOL, draws));
        }
        return ToxicologyGenerator.of(date, region, true, findings, draws);
    }

    static boolean isOpioid(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return OPIOIDS.stream().anyMatch(lower::contains);
    }
}
