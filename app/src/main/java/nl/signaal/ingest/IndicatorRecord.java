/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A published indicator: survey prevalence or treatment demand, for a population group, region and period.
 *
 * @param substance the substance the indicator is about, as named by the source ({@code cannabis}, {@code cocaine})
 * @param populationGroup e.g. {@code adults 18-64}, {@code pupils 12-16}
 * @param ciLow lower bound of the 95% interval, where the source gives one
 * @param ciHigh upper bound of the 95% interval, where the source gives one
 */
public record IndicatorRecord(
        String externalId,
        Indicator indicator,
        @Nullable String substance,
        String populationGroup,
        @Nullable String country,
        @Nullable String regionCode,
        Period period,
        BigDecimal value,
        Unit unit,
        @Nullable BigDecimal ciLow,
        @Nullable BigDecimal ciHigh,
        @Nullable Integer sampleSize)
        implements Observation {

    @Override
    public ObservationKind kind() {
        return ObservationKind.INDICATOR;
    }

    /** What is measured. */
    public enum Indicator implements Coded {
        LIFETIME_PREVALENCE("lifetime_prevalence"),
        LAST_YEAR_PREVALENCE("last_year_prevalence"),
        LAST_MONTH_PREVALENCE("last_month_prevalence"),
        TREATMENT_CLIENTS("treatment_clients"),
        TREATMENT_ENTRANTS("treatment_entrants"),
        DRUG_DEATHS("drug_deaths");

        private final String code;

        Indicator(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @JsonCreator
        static Indicator of(String text) {
            return Coded.parseOrThrow(Indicator.class, text);
        }
    }

    /** The unit of {@code value}. */
    public enum Unit implements Coded {
        PERCENT("percent", "%"),
        COUNT("count", "n"),
        PER_100K("per_100k", "per 100000");

        private final String code;
        private final String[] aliases;

        Unit(String code, String... aliases) {
            this.code = code;
            this.aliases = aliases;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String[] aliases() {
            return aliases.clone();
        }

        @JsonCreator
        static Unit of(String text) {
            return Coded.parseOrThrow(Unit.class, text);
        }
    }
}
