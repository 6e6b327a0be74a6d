/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A wastewater measurement: the mean daily load of a drug or metabolite at a treatment plant over a period.
 *
 * @param siteId the treatment plant's code (e.g. EUDA/SCORE {@code NL001})
 * @param city the city the plant serves, as given
 * @param metabolite the measured substance or metabolite as reported (e.g. {@code benzoylecgonine}, {@code MDMA})
 * @param period a day ({@code 2024-03-13}), ISO week ({@code 2024-W11}), month ({@code 2024-03}) or year ({@code 2024})
 * @param loadMgPerDayPer1000 mean load in mg per day per 1,000 inhabitants
 * @param populationServed inhabitants connected to the plant
 */
public record WastewaterRecord(
        String externalId,
        String siteId,
        String city,
        @Nullable String country,
        @Nullable String regionCode,
        String metabolite,
        Period period,
        BigDecimal loadMgPerDayPer1000,
        @Nullable Integer populationServed)
        implements Observation {

    @Override
    public ObservationKind kind() {
        return ObservationKind.WASTEWATER;
    }
}
