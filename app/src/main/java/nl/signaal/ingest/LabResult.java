/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One substance a lab found in a sample (or a forensic lab in a seizure).
 *
 * @param substance the name exactly as the lab reported it; resolution to a known substance happens later
 * @param amount how much, never without its {@code unit} and {@code saltForm}
 * @param method the analytical method as the lab names it (GC-MS, LC-MS, FTIR …)
 * @param smiles the structure the lab identified, when it gives one: it lets Signaal recognise a substance that no
 *     list names yet
 */
public record LabResult(
        String substance,
        @Nullable BigDecimal amount,
        @Nullable Unit unit,
        @Nullable SaltForm saltForm,
        @Nullable Abundance abundance,
        @Nullable String method,
        @Nullable String smiles) {

    /** A result without a structure, as most labs report. */
    public LabResult(
            String substance,
            @Nullable BigDecimal amount,
            @Nullable Unit unit,
            @Nullable SaltForm saltForm,
            @Nullable Abundance abundance,
            @Nullable String method) {
        this(substance, amount, unit, saltForm, abundance, method, null);
    }

    /** Unit of an amount: per dose unit (tablet, blotter, capsule), purity of a powder, or concentration of a liquid. */
    public enum Unit implements Coded {
        MG_PER_UNIT("mg", "mg/unit", "mg per tablet"),
        UG_PER_UNIT("ug", "µg", "mcg", "ug/unit"),
        PERCENT("percent", "%"),
        MG_PER_ML("mg/ml");

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

    /** The chemical form an amount is expressed in (MDMA·HCl weighs more than MDMA base). */
    public enum SaltForm implements Coded {
        BASE("base", "free base"),
        HYDROCHLORIDE("hydrochloride", "hcl"),
        SULFATE("sulfate", "sulphate"),
        PHOSPHATE("phosphate"),
        TARTRATE("tartrate"),
        CITRATE("citrate"),
        OTHER("other"),
        UNKNOWN("unknown");

        private final String code;
        private final String[] aliases;

        SaltForm(String code, String... aliases) {
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
        static SaltForm of(String text) {
            return Coded.parseOrThrow(SaltForm.class, text);
        }
    }

    /** How much of the sample the substance makes up. */
    public enum Abundance implements Coded {
        MAJOR("major", "primary"),
        MINOR("minor"),
        TRACE("trace");

        private final String code;
        private final String[] aliases;

        Abundance(String code, String... aliases) {
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
        static Abundance of(String text) {
            return Coded.parseOrThrow(Abundance.class, text);
        }
    }
}
