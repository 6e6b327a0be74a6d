/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.signaal.demo.Scenario;
import nl.signaal.ingest.Coded;
import nl.signaal.ingest.SampleRecord.PurchaseChannel;
import nl.signaal.shared.IsoWeek;

/**
 * Adds the scenario's events to the baseline, week by week. Every event draws from its own random stream, so adding
 * or removing one changes no other record. Per week an event adds Poisson numbers of samples ({@link EventProducts}),
 * seizures, incidents and deaths ({@link EventIncidents}) with the means the scenario gives. An incident-rise event
 * adds {@code (factor - 1)} times the incidents the baseline expects with its substance in its region, plus {@code
 * incidents_per_week}, drawn the way the baseline draws its incidents.
 */
final class EventInjector {

    private final List<PlannedEvent> planned;
    private final long seed;
    private final SampleGenerator samples;
    private final IncidentGenerator incidents;
    private final SeizureGenerator seizures;

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
        List<PlannedEvent> plans = new ArrayList<>();
        for (Scenario.Event event : events) {
            if (!ids.add(event.id())) {
                throw new IllegalArgumentException("two events have the id " + event.id());
            }
            plans.add(PlannedEvent.of(event, end));
        }
        this.planned = List.copyOf(plans);
    }

    List<PlannedEvent> planned() {
        return planned;
    }

    void week(IsoWeek week, WeekDrafts drafts) {
        for (PlannedEvent plan : planned) {
            if (plan.covers(week)) {
                Draws draws = Draws.of(seed, "event:" + plan.event().id(), week);
                IncidentSubstance risen = plan.risen();
                if (risen != null) {
                    rise(plan, risen, week, draws, drafts);
                } else {
                    inject(plan, week, draws, drafts);
                }
            }
        }
    }

    private void rise(PlannedEvent plan, IncidentSubstance risen, IsoWeek week, Draws draws, WeekDrafts drafts) {
        Scenario.Event event = plan.event();
        Double factor = event.factor();
        double extra = (factor == null ? 0 : factor - 1) * incidents.expected(risen, event.region(), week)
                + event.incidentsPerWeek();
        for (int i = draws.poisson(extra); i > 0; i--) {
            String region = event.region() != null ? event.region() : IncidentGenerator.region(risen, draws);
            LocalDate date = IncidentGenerator.day(week, draws);
            drafts.incidents()
                    .add(new Draft<>(date, event.id(), IncidentGenerator.incident(risen, region, date, week, draws)));
        }
    }

    private void inject(PlannedEvent plan, IsoWeek week, Draws draws, WeekDrafts drafts) {
        Scenario.Event event = plan.event();
        String id = event.id();
        String soldAs = event.soldAs() != null ? event.soldAs() : "unknown";
        for (int i = draws.poisson(event.samplesPerWeek()); i > 0; i--) {
            LocalDate date = samples.day(week, draws);
            String region = event.region() != null ? event.region() : draws.pick(SampleGenerator.REGIONS);
            PurchaseChannel channel = event.channel() == null
                    ? draws.pick(SampleGenerator.CHANNELS)
                    : Coded.parseOrThrow(PurchaseChannel.class, event.channel());
            Product product = plan.product();
            drafts.samples()
                    .add(new Draft<>(
                            date,
                            id,
                            SampleGenerator.sample(
                                    date,
                                    samples.resultDate(date, draws),
                                    region,
                                    soldAs,
                                    plan.form(),
                                    EventProducts.tablet(plan, draws),
                                    product == null ? null : SampleGenerator.price(product.price, draws),
                                    channel,
                                    EventProducts.results(plan, draws))));
        }
        for (int i = draws.poisson(event.seizuresPerWeek()); i > 0; i--) {
            LocalDate date = seizures.day(week, draws);
            String region = region(event, draws);
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
                                            SeizureGenerator.describe(plan.form(), soldAs),
                                            EventProducts.tablet(plan, draws),
                                            EventProducts.results(plan, draws))));
        }
        for (int i = draws.poisson(event.incidentsPerWeek()); i > 0; i--) {
            LocalDate date = IncidentGenerator.day(week, draws);
            drafts.incidents()
                    .add(new Draft<>(
                            date, id, EventIncidents.incident(plan, region(event, draws), week, date, false, draws)));
        }
        for (int i = draws.poisson(event.deathsPerWeek()); i > 0; i--) {
            LocalDate date = week.monday().plusDays(draws.between(0, 6));
            String region = region(event, draws);
            drafts.incidents()
                    .add(new Draft<>(date, id, EventIncidents.incident(plan, region, week, date, true, draws)));
            drafts.toxicology().add(new Draft<>(date, id, EventIncidents.death(plan, region, date, draws)));
        }
    }

    /** The event's region, or one drawn by population for an event all over the country. */
    private static String region(Scenario.Event event, Draws draws) {
        return event.region() != null ? event.region() : draws.pick(Population.byInhabitants());
    }
}
