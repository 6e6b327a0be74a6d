/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import nl.signaal.demo.Scenario;
import nl.signaal.ingest.Coded;
import nl.signaal.ingest.LabResult.SaltForm;
import nl.signaal.ingest.SampleRecord.Form;
import nl.signaal.ingest.SampleRecord.PurchaseChannel;
import nl.signaal.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

/**
 * A scenario event with its weeks resolved and its fields checked.
 *
 * @param form the form of its samples and seizures: as given, else the usual form of what it is sold as
 * @param product the common drug it is sold as, or {@code null} when {@code sold_as} names none
 * @param risen for incident-rise events, the baseline substance whose incidents rise
 */
record PlannedEvent(
        Scenario.Event event,
        IsoWeek first,
        IsoWeek last,
        Form form,
        @Nullable Product product,
        @Nullable IncidentSubstance risen) {

    boolean covers(IsoWeek week) {
        return week.compareTo(first) >= 0 && week.compareTo(last) <= 0;
    }

    /** @throws IllegalArgumentException when the event cannot be generated, naming the event and the reason */
    static PlannedEvent of(Scenario.Event event, IsoWeek end) {
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
        Product named = Product.soldAs(event.soldAs(), null);
        Form form = event.form() != null
                ? Coded.parseOrThrow(Form.class, event.form())
                : named != null ? named.forms.items().getFirst() : Form.POWDER;
        Product inForm = Product.soldAs(event.soldAs(), form);
        Product product = inForm != null ? inForm : named;
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
        return new PlannedEvent(event, first, event.lastWeek(end), form, product, risen);
    }
}
