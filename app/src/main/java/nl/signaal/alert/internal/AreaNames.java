/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.util.List;
import java.util.stream.Collectors;
import nl.signaal.region.Region;
import nl.signaal.region.Regions;
import org.springframework.stereotype.Component;

/** The names of a warning's areas, for pages, feeds and messages. */
@Component
public class AreaNames {

    private final Regions regions;

    AreaNames(Regions regions) {
        this.regions = regions;
    }

    public String name(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }

    public String names(List<String> codes) {
        return codes.stream().map(this::name).collect(Collectors.joining(", "));
    }
}
