/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.signaal.demo.Scenario;
import nl.signaal.ingest.AgeBand;
import nl.signaal.ingest.Coded;
import nl.signaal.ingest.IncidentRecord.Outcome;
import nl.signaal.ingest.IncidentRecord.ReportedSubstance;
import nl.signaal.ingest.IncidentRecord.ReportedSubstance.Status;
import nl.signaal.ingest.IncidentRecord.ReporterType;
import nl.signaal.ingest.IncidentRecord.Setting;
import nl.signaal.ingest.LabResult.SaltForm;
import nl.signaal.ingest.SampleRecord.Form;
import nl.signaal.ingest.SampleRecord.PurchaseChannel;
import nl.signaal.ingest.ToxicologyCaseRecord.ConcentrationUnit;
import nl.signaal.ingest.ToxicologyCaseRecord.Finding;
import nl.signaal.ingest.ToxicologyCaseRecord.Matrix;
import nl.signaal.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

/**
 * Adds the scenario's events to the baseline, week by week. Every event draws from its own random stream, so adding
 * or removing one changes no other record. Per week an event adds Poisson numbers of samples, incidents, seizures and
 * deaths with the means the scenario gives; an incident-rise event adds {@code (factor - 1)} times the incidents the
 * baseline expects with its substance in its region, drawn the way the baseline draws them.
 *
 * <p>Incidents of an event look like its substance: an opioid (a nitazene, fentanyl, or anything sold as oxycodone or
 * heroin) happens at home or in the street, is severe (Poisoning Severity Score 3 in two thirds) and gets naloxone in
 * 80%; the others happen where ecstasy incidents do. Reporters suspect what it was sold as and a lab confirms the
 * substance itself in half of the incidents. A death is a fatal incident reported by a forensic doctor plus a
 * post-mortem case in which the substance is found and judged contributory.
 */
final class EventInjector {

    private static final List<String> OPIOIDS =
            List.of("nitaze", "fentan", "oxycod", "heroin", "heroïn", "morphin", "methadon", "tramadol", "brorphine");
    private static final Weighted<AgeBand> OPIOID_AGES = Weighted.of(AgeBand.AGE_18_24, 30)
            .or(AgeBand.AGE_25_34, 40)
            .or(AgeBand.AGE_35_44, 20)
            .or(AgeBand.AGE_45_54, 10);

    private final List<Planned> planned;
    private final long seed;
    private final SampleGenerator samples;
    private final IncidentGenerator incidents;
    private final SeizureGenerator seizures;

    /** An event with its weeks resolved and its fields checked. */
    record Planned(
            Scenario.Event event,
            IsoWeek first,
            IsoWeek last,
            Form form,
            @Nullable Product product,
            @Nullable IncidentSubstance risen) {

        boolean covers(IsoWeek week) {
            return week.compareTo(first) >= 0 && week.compareTo(last) <= 0;
        }
    }

    /** @throws IllegalArgumentException when an event cannot be generated, naming the event and the reason */
    EventInjector(
            List<Scenario.Event> events,
            IsoWeek end,
            long seed,
            SampleGenerator samples,
            IncidentGenerator incidents,
            SeizureGenerator seizures) {
        this.seed = seed;
        this.samples = samples;
        this.incidents = incidents;
        this.seizures = seizures;
        Set<String> ids = new HashSet<>();
        List<Planned> plans = new ArrayList<>();
        for (Scenario.Event event : events) {
            if (!ids.add(event.id())) {
                throw new IllegalArgumentException("two events have the id " + event.id());
            }
            plans.add(plan(event, end));
        }
        this.planned = List.copyOf(plans);
    }

    List<Planned> planned() {
        return planned;
    }

    void week(IsoWeek week, WeekDrafts drafts) {
        for (Planned plan : planned) {
            if (plan.covers(week)) {
                inject(plan, week, Draws.of(seed, "event:" + plan.event().id(), week), drafts);
            }
        }
    }

    private void inject(Planned plan, IsoWeek week, Draws draws, WeekDrafts drafts) {
        Scenario.Event event = plan.event();
        String id = event.id();
        if (plan.risen() != null) {
            double extra = (event.factor() == null ? 0 : event.factor() - 1)
                            * incidents.expected(plan.risen(), event.region(), week)
                    + event.incidentsPerWeek();
            for (int i = draws.poisson(extra); i > 0; i--) {
                String region = event.region() != null ? event.region() : IncidentGenerator.region(plan.risen(), draws);
                LocalDate date = IncidentGenerator.day(week, draws);
                drafts.incidents()
                        .add(new Draft<>(
                                date, id, IncidentGenerator.incident(plan.risen(), region, date, week, draws)));
            }
            return;
        }
        for (int i = draws.poisson(event.samplesPerWeek()); i > 0; i--) {
            LocalDate date = samples.day(week, draws);
            String region = event.region() != null ? event.region() : draws.pick(SampleGenerator.REGIONS);
            PurchaseChannel channel = event.channel() == null
                    ? draws.pick(SampleGenerator.CHANNELS)
                    : Coded.parseOrThrow(PurchaseChannel.class, event.channel());
            drafts.samples()
                    .add(new Draft<>(
                            date,
                            id,
                            SampleGenerator.sample(
                                    date,
                                    samples.resultDate(date, draws),
                                    region,
                                    soldAs(event),
                                    plan.form(),
                                    EventProducts.tablet(plan, draws),
                                    plan.product() == null ? null : SampleGenerator.price(plan.product().price, draws),
                                    channel,
                                    EventProducts.results(plan, draws))));
        }
        for (int i = draws.poisson(event.seizuresPerWeek()); i > 0; i--) {
            LocalDate date = seizures.day(week, draws);
            String region = event.region() != null ? event.region() : draws.pick(Population.byInhabitants());
            drafts.seizures()
                    .add(new Draft<>(
                            date,
                            id,
                            SeizureGenerator.quantity(plan.product(), plan.form(), region, draws)
                                    .seizure(
                                            date,
                                            seizures.analysisDate(date, draws),
                                            region,
                                            plan.form(),
                                            SeizureGenerator.describe(plan.form(), soldAs(event)),
                                            EventProducts.tablet(plan, draws),
                                            EventProducts.results(plan, draws))));
        }
        for (int i = draws.poisson(event.incidentsPerWeek()); i > 0; i--) {
            LocalDate date = IncidentGenerator.day(week, draws);
            drafts.incidents().add(new Draft<>(date, id, incident(plan, week, date, false, draws)));
        }
        for (int i = draws.poisson(event.deathsPerWeek()); i > 0; i--) {
            LocalDate date = week.monday().plusDays(draws.between(0, 6));
            drafts.incidents().add(new Draft<>(date, id, incident(plan, week, date, true, draws)));
            String region = event.region() != null ? event.region() : draws.pick(Population.byInhabitants());
            List<Finding> findings = new ArrayList<>();
            findings.add(new Finding(
                    event.substance(),
                    Rounding.round(draws.lognormalMedian(postMortemNgPerMl(event), 0.6), 1),
                    ConcentrationUnit.NG_PER_ML,
                    Matrix.FEMORAL_BLOOD,
                    true));
            if (draws.chance(0.3)) {
                findings.add(ToxicologyGenerator.finding(ToxicologyGenerator.FINDINGS.get(4), draws));
            }
            drafts.toxicology().add(new Draft<>(date, id, ToxicologyGenerator.of(date, region, true, findings, draws)));
        }
    }

    private java.util.function.Function<String, nl.signaal.ingest.IncidentRecord> incident(
            Planned plan, IsoWeek week, LocalDate date, boolean fatal, Draws draws) {
        Scenario.Event event = plan.event();
        boolean opioid = isOpioid(event.substance()) || (event.soldAs() != null && isOpioid(event.soldAs()));
        String region = event.region() != null ? event.region() : draws.pick(Population.byInhabitants());
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
        Outcome outcome = IncidentGenerator.outcome(severity, draws);
        return IncidentGenerator.of(
                date,
                region,
                setting,
                opioid ? draws.pick(OPIOID_AGES) : IncidentGenerator.ages(IncidentSubstance.Group.PARTY, draws),
                draws.pick(IncidentGenerator.SEXES),
                severity,
                opioid && draws.chance(0.8),
                outcome,
                reporter,
                reported);
    }

    private static String soldAs(Scenario.Event event) {
        return event.soldAs() != null ? event.soldAs() : "unknown";
    }

    static boolean isOpioid(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return OPIOIDS.stream().anyMatch(lower::contains);
    }

    /** Typical post-mortem blood levels: nitazenes act at a few ng/ml, phenethylamines at hundreds. */
    private static double postMortemNgPerMl(Scenario.Event event) {
        return isOpioid(event.substance()) ? 3 : 800;
    }

    private static Planned plan(Scenario.Event event, IsoWeek end) {
        String id = event.id();
        IsoWeek first = event.firstWeek(end);
        if (event.region() != null && !Population.isRegion(event.region())) {
            throw new IllegalArgumentException("event " + id + ": region " + event.region()
                    + " is not the CBS code of a GGD region (e.g. GG3406); leave it out for the whole country");
        }
        if (event.channel() != null) {
            Coded.parseOrThrow(PurchaseChannel.class, event.channel());
        }
        if (event.saltForm() != null) {
            Coded.parseOrThrow(SaltForm.class, event.saltForm());
        }
        Product product = Product.soldAs(event.soldAs(), null);
        Form form = event.form() != null
                ? Coded.parseOrThrow(Form.class, event.form())
                : product != null ? product.forms.items().getFirst() : Form.POWDER;
        product = Product.soldAs(event.soldAs(), form) != null ? Product.soldAs(event.soldAs(), form) : product;
        IncidentSubstance risen = null;
        switch (event.type()) {
            case HIGH_DOSE -> {
                if (event.amountMg() == null || event.amountMg() <= 0) {
                    throw new IllegalArgumentException("event " + id + ": a high-dose event needs amount_mg");
                }
            }
            case ADULTERANT -> {
                if (product == null) {
                    throw new IllegalArgumentException("event " + id + ": an adulterant event needs sold_as naming a "
                            + "common drug (XTC, MDMA, cocaine, speed, ketamine …), not " + event.soldAs());
                }
            }
            case INCIDENT_RISE -> {
                risen = IncidentSubstance.named(event.substance());
                if (risen == null) {
                    throw new IllegalArgumentException("event " + id + ": an incident rise needs a substance the "
                            + "baseline has incidents with: " + IncidentSubstance.knownNames());
                }
                if ((event.factor() == null || event.factor() < 1) && event.incidentsPerWeek() <= 0) {
                    throw new IllegalArgumentException(
                            "event " + id + ": an incident rise needs a factor of at least 1 (3 for three times)");
                }
            }
            case MIS_SOLD, NEW_SUBSTANCE -> {}
        }
        return new Planned(event, first, event.lastWeek(end), form, product, risen);
    }
}
