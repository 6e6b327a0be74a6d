/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.signaal.demo.Scenario;
import nl.signaal.ingest.Coded;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.LabResult.Abundance;
import nl.signaal.ingest.LabResult.SaltForm;
import nl.signaal.ingest.LabResult.Unit;
import nl.signaal.ingest.SampleRecord.Form;
import nl.signaal.ingest.TabletFeatures;
import org.jspecify.annotations.Nullable;

/**
 * What an event's samples and seizures contain and look like:
 *
 * <ul>
 *   <li>mis-sold and new-substance: only the event's substance, at {@code amount_mg} ± 10% per unit where given;
 *   <li>high-dose: the substance at {@code amount_mg} ± 6% (MDMA spelled the ways labs spell it), in tablets of the
 *       given logo and colour that weigh about 1.6 times the dose;
 *   <li>adulterant: what the sold-as drug usually holds, plus the adulterant, at {@code amount_mg} ± 10% where given.
 * </ul>
 */
final class EventProducts {

    private EventProducts() {}

    static @Nullable TabletFeatures tablet(PlannedEvent plan, Draws draws) {
        if (plan.form() != Form.TABLET && plan.form() != Form.CAPSULE) {
            return null;
        }
        Scenario.Event event = plan.event();
        if (event.type() == Scenario.Type.HIGH_DOSE && event.amountMg() != null) {
            return TabletLooks.of(event.logo(), event.colour(), event.amountMg() * draws.normal(1.6, 0.1), draws);
        }
        if (event.logo() == null && event.colour() == null && plan.product() == Product.ECSTASY_TABLET) {
            return TabletLooks.ecstasy(draws);
        }
        double weight = plan.product() == Product.ECSTASY_TABLET ? 340 : 150;
        return TabletLooks.of(event.logo(), event.colour(), draws.normal(weight, weight / 8, 60, 900), draws);
    }

    static List<LabResult> results(PlannedEvent plan, Draws draws) {
        Scenario.Event event = plan.event();
        String method = draws.pick(SampleAnalysis.METHODS);
        return switch (event.type()) {
            case HIGH_DOSE ->
                List.of(new LabResult(
                        spelled(event.substance(), draws),
                        Rounding.round(draws.normal(amount(event), amount(event) * 0.06), 0),
                        Unit.MG_PER_UNIT,
                        saltForm(event, SaltForm.HYDROCHLORIDE),
                        Abundance.MAJOR,
                        method));
            case ADULTERANT -> {
                Product product = plan.product() == null ? Product.ECSTASY_TABLET : plan.product();
                List<LabResult> results = new ArrayList<>(SampleAnalysis.results(product, plan.form(), draws));
                results.add(substance(plan, Abundance.MINOR, method, draws));
                yield List.copyOf(results);
            }
            case MIS_SOLD, NEW_SUBSTANCE, INCIDENT_RISE -> List.of(substance(plan, Abundance.MAJOR, method, draws));
        };
    }

    /** The event's own substance, with its amount per unit when the scenario gives one and the form has units. */
    private static LabResult substance(PlannedEvent plan, Abundance abundance, String method, Draws draws) {
        Scenario.Event event = plan.event();
        boolean units = plan.form() == Form.TABLET || plan.form() == Form.CAPSULE || plan.form() == Form.BLOTTER;
        if (event.amountMg() == null || !units) {
            return new LabResult(event.substance(), null, null, null, abundance, method);
        }
        double mg = Math.max(0.1, draws.normal(event.amountMg(), event.amountMg() * 0.1));
        return new LabResult(
                event.substance(),
                Rounding.round(mg, mg < 10 ? 2 : 0),
                Unit.MG_PER_UNIT,
                saltForm(event, SaltForm.UNKNOWN),
                mg >= 50 ? Abundance.MAJOR : abundance,
                method);
    }

    private static double amount(Scenario.Event event) {
        return event.amountMg() == null ? 0 : event.amountMg();
    }

    private static String spelled(String substance, Draws draws) {
        return substance.toUpperCase(Locale.ROOT).equals("MDMA") ? draws.pick(SampleAnalysis.MDMA) : substance;
    }

    private static SaltForm saltForm(Scenario.Event event, SaltForm otherwise) {
        return event.saltForm() == null ? otherwise : Coded.parseOrThrow(SaltForm.class, event.saltForm());
    }
}
