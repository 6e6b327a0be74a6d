/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import nl.signaal.signal.SignalEscalated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An escalated signal gets a warning draft at once, written by whoever escalated it, so the analyst finds it on the
 * warning desk to finish, and a coordinator can approve it.
 */
@Component
class SignalEscalations {

    private final AlertDesk desk;

    SignalEscalations(AlertDesk desk) {
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(SignalEscalated event) {
        desk.draftOnceFromSignal(event.signalId(), event.escalatedBy());
    }
}
