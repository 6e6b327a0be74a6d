/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A post-mortem toxicology case: a death in which drugs were found. No identity, only age band and sex.
 *
 * @param drugRelated whether the forensic doctor judged drugs to have caused or contributed to the death
 */
public record ToxicologyCaseRecord(
        String externalId,
        LocalDate deathDate,
        @Nullable String country,
        @Nullable String regionCode,
        @Nullable String place,
        @Nullable AgeBand ageBand,
        @Nullable Sex sex,
        @Nullable Boolean drugRelated,
        @Nullable List<Finding> findings)
        implements Observation {

    @Override
    public ObservationKind kind() {
        return ObservationKind.TOXICOLOGY_CASE;
    }

    public List<Finding> findingsOrEmpty() {
        return findings == null ? List.of() : findings;
    }

    /**
     * A substance found in a body fluid or tissue.
     *
     * @param substance the name as the laboratory reported it
     * @param contributory whether it is thought to have contributed to the death
     */
    public record Finding(
            String substance,
            @Nullable BigDecimal concentration,
            @Nullable ConcentrationUnit unit,
            @Nullable Matrix matrix,
            @Nullable Boolean contributory) {}

    /** Unit of a concentration in a body fluid. */
    public enum ConcentrationUnit implements Coded {
        NG_PER_ML("ng/ml", "ug/l", "µg/l"),
        MG_PER_L("mg/l", "ug/ml", "µg/ml");

        private final String code;
        private final String[] aliases;

        ConcentrationUnit(String code, String... aliases) {
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
        static ConcentrationUnit of(String text) {
            return Coded.parseOrThrow(ConcentrationUnit.class, text);
        }
    }

    /** What was analysed. */
    public enum Matrix implements Coded {
        FEMORAL_BLOOD("femoral_blood", "femoral blood"),
        HEART_BLOOD("heart_blood", "heart blood", "cardiac blood"),
        BLOOD("blood"),
        URINE("urine"),
        VITREOUS("vitreous", "vitreous humour"),
        HAIR("hair"),
        OTHER("other");

        private final String code;
        private final String[] aliases;

        Matrix(String code, String... aliases) {
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
        static Matrix of(String text) {
            return Coded.parseOrThrow(Matrix.class, text);
        }
    }
}
