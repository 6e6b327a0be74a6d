/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A drug-related medical incident: no names, no dates of birth, no free text about the person.
 *
 * @param severity the Poisoning Severity Score, 0 (none) to 4 (fatal)
 * @param substances suspected and confirmed substances, names as reported
 */
public record IncidentRecord(
        String externalId,
        LocalDate incidentDate,
        @Nullable String country,
        @Nullable String regionCode,
        @Nullable String place,
        Setting setting,
        @Nullable AgeBand ageBand,
        @Nullable Sex sex,
        Integer severity,
        @Nullable Boolean naloxoneGiven,
        @Nullable Outcome outcome,
        ReporterType reporterType,
        @Nullable List<ReportedSubstance> substances)
        implements Observation {

    @Override
    public ObservationKind kind() {
        return ObservationKind.INCIDENT;
    }

    public List<ReportedSubstance> substancesOrEmpty() {
        return substances == null ? List.of() : substances;
    }

    /** A substance involved in an incident, suspected (history, packaging) or confirmed (toxicology). */
    public record ReportedSubstance(String substance, Status status) {

        /** How sure the reporter is that the substance was involved. */
        public enum Status implements Coded {
            SUSPECTED("suspected"),
            CONFIRMED("confirmed");

            private final String code;

            Status(String code) {
                this.code = code;
            }

            @Override
            public String code() {
                return code;
            }

            @JsonCreator
            static Status of(String text) {
                return Coded.parseOrThrow(Status.class, text);
            }
        }
    }

    /** Where the incident happened. */
    public enum Setting implements Coded {
        NIGHTLIFE("nightlife", "club"),
        FESTIVAL("festival"),
        HOME("home"),
        STREET("street", "public space"),
        OTHER("other");

        private final String code;
        private final String[] aliases;

        Setting(String code, String... aliases) {
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
        static Setting of(String text) {
            return Coded.parseOrThrow(Setting.class, text);
        }
    }

    /** What happened to the patient. */
    public enum Outcome implements Coded {
        DISCHARGED("discharged"),
        ADMITTED("admitted"),
        INTENSIVE_CARE("intensive_care", "icu", "intensive care"),
        DIED("died", "fatal");

        private final String code;
        private final String[] aliases;

        Outcome(String code, String... aliases) {
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
        static Outcome of(String text) {
            return Coded.parseOrThrow(Outcome.class, text);
        }
    }

    /** Who reported the incident. */
    public enum ReporterType implements Coded {
        AMBULANCE("ambulance"),
        EMERGENCY_DEPARTMENT("emergency_department", "ed", "emergency department"),
        EVENT_FIRST_AID("event_first_aid", "first aid"),
        FORENSIC_DOCTOR("forensic_doctor", "forensic doctor"),
        POISON_CENTRE("poison_centre", "poison center", "poison centre"),
        OTHER("other");

        private final String code;
        private final String[] aliases;

        ReporterType(String code, String... aliases) {
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
        static ReporterType of(String text) {
            return Coded.parseOrThrow(ReporterType.class, text);
        }
    }
}
