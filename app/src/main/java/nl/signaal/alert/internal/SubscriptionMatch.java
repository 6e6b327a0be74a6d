/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.util.Collections;
import java.util.List;
import nl.signaal.alert.WarningContent;
import nl.signaal.region.Region;
import nl.signaal.region.Regions;
import nl.signaal.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Whether a warning concerns a subscriber: severe enough, for one of its audiences, and about its area. A national
 * warning concerns every area; a subscription without areas wants every warning; a GGD region lies in its province.
 */
@Component
class SubscriptionMatch {

    private final Regions regions;

    SubscriptionMatch(Regions regions) {
        this.regions = regions;
    }

    boolean matches(Subscription subscription, WarningContent warning) {
        return warning.severity().atLeast(subscription.minimumSeverity())
                && !Collections.disjoint(warning.audience(), subscription.audiences())
                && areas(subscription.areas(), warning.areas());
    }

    private boolean areas(List<String> subscribed, List<String> warned) {
        if (subscribed.isEmpty() || warned.contains("NL") || subscribed.contains("NL")) {
            return true;
        }
        for (String w : warned) {
            for (String s : subscribed) {
                if (w.equals(s) || within(w, s) || within(s, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether GGD region {@code inner} lies in province {@code outer}. */
    private boolean within(String inner, String outer) {
        return regions.find(inner)
                .map(Region::province)
                .map(RegionCode::value)
                .filter(outer::equals)
                .isPresent();
    }
}
