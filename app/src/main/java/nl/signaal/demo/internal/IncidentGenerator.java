/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.signaal.ingest.AgeBand;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.IncidentRecord.Outcome;
import nl.signaal.ingest.IncidentRecord.ReportedSubstance;
import nl.signaal.ingest.IncidentRecord.ReportedSubstance.Status;
import nl.signaal.ingest.IncidentRecord.ReporterType;
import nl.signaal.ingest.IncidentRecord.Setting;
import nl.signaal.ingest.Sex;
import nl.signaal.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

/**
 * The baseline of drug incidents, modelled on the Monitor Drugsincidenten (Trimbos-instituut, annual reports
 * 2021-2023), approximately: about 4,000 registrations a year, spread over the GGD regions by population; the weekly
 * number negative binomial (shape 30) around the yearly volume times {@link Season#incidents}, with more on Friday to
 * Sunday. The main substance ({@link IncidentSubstance}) sets where it happened (festivals only in the festival
 * season) and the ages; the setting sets who reported it; the reporter sets the Poisoning Severity Score (mostly
 * minor, 10-15% severe at emergency departments); the score sets the outcome. Alcohol is also suspected in 40% of
 * incidents and a second drug in 15%. Reporters that test (emergency departments, forensic doctors) confirm a
 * substance more often.
 */
final class IncidentGenerator {

    private static final Weighted<Integer> DAYS =
            Weighted.of(0, 10).or(1, 9).or(2, 9).or(3, 11).or(4, 16).or(5, 25).or(6, 20);
    private static final Weighted<Setting> PARTY_SETTINGS = Weighted.of(Setting.FESTIVAL, 35)
            .or(Setting.NIGHTLIFE, 35)
            .or(Setting.HOME, 20)
            .or(Setting.STREET, 7)
            .or(Setting.OTHER, 3);
    private static final Weighted<Setting> COCAINE_SETTINGS = Weighted.of(Setting.NIGHTLIFE, 35)
            .or(Setting.FESTIVAL, 20)
            .or(Setting.HOME, 30)
            .or(Setting.STREET, 12)
            .or(Setting.OTHER, 3);
    private static final Weighted<Setting> CANNABIS_SETTINGS = Weighted.of(Setting.HOME, 40)
            .or(Setting.STREET, 25)
            .or(Setting.NIGHTLIFE, 15)
            .or(Setting.FESTIVAL, 15)
            .or(Setting.OTHER, 5);
    private static final Weighted<Setting> STREET_SETTINGS =
            Weighted.of(Setting.STREET, 55).or(Setting.HOME, 35).or(Setting.OTHER, 10);

    private static final Weighted<AgeBand> PARTY_AGES = Weighted.of(AgeBand.AGE_15_17, 5)
            .or(AgeBand.AGE_18_24, 50)
            .or(AgeBand.AGE_25_34, 32)
            .or(AgeBand.AGE_35_44, 9)
            .or(AgeBand.AGE_45_54, 3)
            .or(AgeBand.UNKNOWN, 1);
    private static final Weighted<AgeBand> COCAINE_AGES = Weighted.of(AgeBand.AGE_15_17, 1)
            .or(AgeBand.AGE_18_24, 30)
            .or(AgeBand.AGE_25_34, 38)
            .or(AgeBand.AGE_35_44, 18)
            .or(AgeBand.AGE_45_54, 9)
            .or(AgeBand.AGE_55_64, 3)
            .or(AgeBand.UNKNOWN, 1);
    private static final Weighted<AgeBand> CANNABIS_AGES = Weighted.of(AgeBand.UNDER_15, 1)
            .or(AgeBand.AGE_15_17, 10)
            .or(AgeBand.AGE_18_24, 40)
            .or(AgeBand.AGE_25_34, 25)
            .or(AgeBand.AGE_35_44, 12)
            .or(AgeBand.AGE_45_54, 8)
            .or(AgeBand.AGE_55_64, 3)
            .or(AgeBand.UNKNOWN, 1);
    private static final Weighted<AgeBand> STREET_AGES = Weighted.of(AgeBand.AGE_25_34, 15)
            .or(AgeBand.AGE_35_44, 30)
            .or(AgeBand.AGE_45_54, 33)
            .or(AgeBand.AGE_55_64, 18)
            .or(AgeBand.AGE_65_PLUS, 2)
            .or(AgeBand.UNKNOWN, 2);
    private static final Weighted<String> REGIONS = Population.byInhabitants();
    static final Weighted<Sex> SEXES =
            Weighted.of(Sex.MALE, 68).or(Sex.FEMALE, 31).or(Sex.UNKNOWN, 1);

    private final long seed;
    private final double perYear;

    IncidentGenerator(long seed, double perYear) {
        this.seed = seed;
        this.perYear = perYear;
    }

    List<Draft<IncidentRecord>> week(IsoWeek week) {
        Draws draws = Draws.of(seed, "incidents", week);
        int count = draws.negativeBinomial(perWeek(week), 30);
        List<Draft<IncidentRecord>> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String region = draws.pick(REGIONS);
            IncidentSubstance main = draws.pick(IncidentSubstance.in(region));
            LocalDate date = day(week, draws);
            drafts.add(Draft.baseline(date, incident(main, region, date, week, draws)));
        }
        return drafts;
    }

    /** Incidents expected in the week with {@code substance} as the main one, in a region or ({@code null}) in all. */
    double expected(IncidentSubstance substance, @Nullable String region, IsoWeek week) {
        double share = 0;
        for (Population.Region r : Population.REGIONS) {
            if (region == null || region.equals(r.code())) {
                share += Population.share(r.code())
                        * IncidentSubstance.in(r.code()).share(substance);
            }
        }
        return perWeek(week) * share;
    }

    /** The region of an incident with this main substance, in proportion to where such incidents happen. */
    static String region(IncidentSubstance substance, Draws draws) {
        return draws.pick(Population.weighted(code -> IncidentSubstance.in(code).share(substance)));
    }

    static LocalDate day(IsoWeek week, Draws draws) {
        return week.monday().plusDays(draws.pick(DAYS));
    }

    /** An incident as the baseline has them, with this main substance. */
    static Function<String, IncidentRecord> incident(
            IncidentSubstance main, String region, LocalDate date, IsoWeek week, Draws draws) {
        Setting setting = setting(main.group, week, draws);
        ReporterType reporter = reporter(setting, draws);
        int severity = severity(reporter, draws);
        List<ReportedSubstance> substances = new ArrayList<>();
        substances.add(new ReportedSubstance(draws.pick(main.names), confirms(reporter, draws)));
        if (draws.chance(0.15)) {
            IncidentSubstance other = draws.pick(IncidentSubstance.in(region));
            if (other != main) {
                substances.add(new ReportedSubstance(draws.pick(other.names), confirms(reporter, draws)));
            }
        }
        if (draws.chance(0.4)) {
            substances.add(new ReportedSubstance("alcohol", Status.SUSPECTED));
        }
        Boolean naloxone = null;
        if (reporter == ReporterType.AMBULANCE || reporter == ReporterType.EMERGENCY_DEPARTMENT) {
            naloxone = main == IncidentSubstance.HEROIN && severity >= 2 && draws.chance(0.5);
        }
        return of(
                date,
                region,
                setting,
                ages(main.group, draws),
                main.group == IncidentSubstance.Group.STREET
                        ? draws.pick(
                                Weighted.of(Sex.MALE, 80).or(Sex.FEMALE, 19).or(Sex.UNKNOWN, 1))
                        : draws.pick(SEXES),
                severity,
                naloxone,
                outcome(severity, draws),
                reporter,
                substances);
    }

    static Function<String, IncidentRecord> of(
            LocalDate date,
            String region,
            Setting setting,
            AgeBand age,
            Sex sex,
            int severity,
            @Nullable Boolean naloxone,
            Outcome outcome,
            ReporterType reporter,
            List<ReportedSubstance> substances) {
        List<ReportedSubstance> reported = List.copyOf(substances);
        return id -> new IncidentRecord(
                id, date, "NL", region, null, setting, age, sex, severity, naloxone, outcome, reporter, reported);
    }

    /** Festivals are a summer thing: outside the season a festival incident becomes a nightlife one. */
    static Setting setting(IncidentSubstance.Group group, IsoWeek week, Draws draws) {
        Setting setting = draws.pick(
                switch (group) {
                    case PARTY -> PARTY_SETTINGS;
                    case COCAINE -> COCAINE_SETTINGS;
                    case CANNABIS -> CANNABIS_SETTINGS;
                    case STREET -> STREET_SETTINGS;
                });
        if (setting == Setting.FESTIVAL && !draws.chance(0.1 + 0.9 * Season.summer(week))) {
            return Setting.NIGHTLIFE;
        }
        return setting;
    }

    static ReporterType reporter(Setting setting, Draws draws) {
        return draws.pick(
                switch (setting) {
                    case FESTIVAL ->
                        Weighted.of(ReporterType.EVENT_FIRST_AID, 85)
                                .or(ReporterType.AMBULANCE, 10)
                                .or(ReporterType.EMERGENCY_DEPARTMENT, 5);
                    case NIGHTLIFE ->
                        Weighted.of(ReporterType.EVENT_FIRST_AID, 40)
                                .or(ReporterType.AMBULANCE, 35)
                                .or(ReporterType.EMERGENCY_DEPARTMENT, 25);
                    case HOME ->
                        Weighted.of(ReporterType.AMBULANCE, 55)
                                .or(ReporterType.EMERGENCY_DEPARTMENT, 35)
                                .or(ReporterType.POISON_CENTRE, 7)
                                .or(ReporterType.FORENSIC_DOCTOR, 3);
                    case STREET ->
                        Weighted.of(ReporterType.AMBULANCE, 50)
                                .or(ReporterType.EMERGENCY_DEPARTMENT, 20)
                                .or(ReporterType.FORENSIC_DOCTOR, 25)
                                .or(ReporterType.OTHER, 5);
                    case OTHER ->
                        Weighted.of(ReporterType.EMERGENCY_DEPARTMENT, 40)
                                .or(ReporterType.AMBULANCE, 40)
                                .or(ReporterType.FORENSIC_DOCTOR, 10)
                                .or(ReporterType.OTHER, 10);
                });
    }

    /** Poisoning Severity Score (Persson et al. 1998): 0 none, 1 minor, 2 moderate, 3 severe, 4 fatal. */
    static int severity(ReporterType reporter, Draws draws) {
        boolean fatalPossible = reporter == ReporterType.AMBULANCE
                || reporter == ReporterType.EMERGENCY_DEPARTMENT
                || reporter == ReporterType.FORENSIC_DOCTOR;
        if (fatalPossible && draws.chance(0.004)) {
            return 4;
        }
        return draws.pick(
                switch (reporter) {
                    case EVENT_FIRST_AID ->
                        Weighted.of(0, 8).or(1, 70).or(2, 19).or(3, 3);
                    case AMBULANCE -> Weighted.of(0, 3).or(1, 50).or(2, 35).or(3, 12);
                    case EMERGENCY_DEPARTMENT ->
                        Weighted.of(0, 2).or(1, 45).or(2, 38).or(3, 15);
                    case FORENSIC_DOCTOR -> Weighted.of(1, 60).or(2, 30).or(3, 10);
                    case POISON_CENTRE -> Weighted.of(0, 20).or(1, 60).or(2, 17).or(3, 3);
                    case OTHER -> Weighted.of(0, 10).or(1, 60).or(2, 25).or(3, 5);
                });
    }

    static Outcome outcome(int severity, Draws draws) {
        return switch (severity) {
            case 0, 1 -> draws.chance(0.92) ? Outcome.DISCHARGED : Outcome.ADMITTED;
            case 2 ->
                draws.pick(Weighted.of(Outcome.DISCHARGED, 55)
                        .or(Outcome.ADMITTED, 40)
                        .or(Outcome.INTENSIVE_CARE, 5));
            case 3 ->
                draws.pick(Weighted.of(Outcome.DISCHARGED, 5)
                        .or(Outcome.ADMITTED, 45)
                        .or(Outcome.INTENSIVE_CARE, 50));
            default -> Outcome.DIED;
        };
    }

    static Status confirms(ReporterType reporter, Draws draws) {
        double p = switch (reporter) {
            case EMERGENCY_DEPARTMENT -> 0.25;
            case FORENSIC_DOCTOR -> 0.4;
            case POISON_CENTRE -> 0.1;
            case AMBULANCE -> 0.03;
            case EVENT_FIRST_AID -> 0.02;
            case OTHER -> 0.05;
        };
        return draws.chance(p) ? Status.CONFIRMED : Status.SUSPECTED;
    }

    static AgeBand ages(IncidentSubstance.Group group, Draws draws) {
        return draws.pick(
                switch (group) {
                    case PARTY -> PARTY_AGES;
                    case COCAINE -> COCAINE_AGES;
                    case CANNABIS -> CANNABIS_AGES;
                    case STREET -> STREET_AGES;
                });
    }

    private double perWeek(IsoWeek week) {
        return perYear / SampleGenerator.WEEKS_PER_YEAR * Season.incidents(week);
    }
}
