/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance.internal;

import nl.signaal.surveillance.SurveillanceManagement;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the statistics over the last complete week every night ({@code signaal.surveillance.schedule}). */
@Component
class NightlyRun {

    private final SurveillanceManagement surveillance;

    NightlyRun(SurveillanceManagement surveillance) {
        this.surveillance = surveillance;
    }

    @Scheduled(cron = "${signaal.surveillance.schedule}")
    void run() {
        surveillance.run(surveillance.lastCompleteWeek());
    }
}
