/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import java.util.List;
import nl.signaal.shared.IsoWeek;
import org.springframework.stereotype.Service;

/** Placeholder until the series are kept: every week empty. */
@Service
public class SurveillanceManagement {

    public List<SeriesWeek> series(SeriesKey key, IsoWeek from, IsoWeek to) {
        return List.of();
    }
}
