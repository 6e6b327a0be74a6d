/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What identifies a tablet (or capsule) to people who might have the same one. Sizes in mm, weight in mg. */
public record TabletFeatures(
        @Nullable String logo,
        @Nullable String colour,
        @Nullable BigDecimal diameterMm,
        @Nullable BigDecimal thicknessMm,
        @Nullable BigDecimal weightMg,
        @Nullable ScoreLine scoreLine) {

    public boolean isEmpty() {
        return logo == null
                && colour == null
                && diameterMm == null
                && thicknessMm == null
                && weightMg == null
                && scoreLine == null;
    }

    /** The break line on a tablet. */
    public enum ScoreLine implements Coded {
        NONE("none", "no"),
        SINGLE("single", "yes"),
        CROSS("cross");

        private final String code;
        private final String[] aliases;

        ScoreLine(String code, String... aliases) {
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
        static ScoreLine of(String text) {
            return Coded.parseOrThrow(ScoreLine.class, text);
        }
    }
}
