/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import nl.signaal.shared.IsoWeek;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the demo data look like: how many weeks, the national baseline, and the events injected into it. Read from
 * JSON (format in {@code docs/demo-scenarios.md}; the default ships as {@code demo/default-scenario.json}).
 *
 * @param weeks how many ISO weeks of data, ending with {@code end}
 * @param end the last week, as {@code 2025-W52}; {@code null} or {@code auto} for the last complete week before today
 */
public record Scenario(
        String name,
        @Nullable String description,
        int weeks,
        @Nullable String end,
        Baseline baseline,
        List<Event> events) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a number left out (samples_per_week of an incident rise) is 0, as documented
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        if (weeks < 1 || weeks > 52 * 30) {
            throw new IllegalArgumentException("weeks must be between 1 and 1560, not " + weeks);
        }
        baseline = baseline == null ? Baseline.DEFAULT : baseline;
        events = events == null ? List.of() : List.copyOf(events);
    }

    public static Scenario read(InputStream json) {
        return JSON.readValue(json, Scenario.class);
    }

    public static Scenario defaultScenario() {
        try (InputStream in = Scenario.class.getResourceAsStream("/demo/default-scenario.json")) {
            if (in == null) {
                throw new IllegalStateException(
                        "the default scenario demo/default-scenario.json is missing from the jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last week of data. */
    public IsoWeek endWeek(IsoWeek lastCompleteWeek) {
        return end == null || end.equalsIgnoreCase("auto") ? lastCompleteWeek : IsoWeek.parse(end);
    }

    /**
     * Yearly volumes of the national baseline, before events are added. Wastewater (seven plants, six metabolites, every
     * week) and the yearly indicators have no volume to set.
     *
     * @param samplesPerYear drug-checking samples (DIMS: about 10-12 thousand a year)
     * @param incidentsPerYear drug-related incidents reported by first aid, ambulances and emergency departments
     *     (Monitor Drugsincidenten: about 4,000 a year)
     * @param seizuresPerYear seizures analysed by a forensic laboratory
     * @param toxicologyCasesPerYear post-mortem toxicology cases
     */
    public record Baseline(int samplesPerYear, int incidentsPerYear, int seizuresPerYear, int toxicologyCasesPerYear) {

        /** The volumes of the default scenario, used when a scenario gives no baseline. */
        public static final Baseline DEFAULT = new Baseline(11_000, 4_000, 600, 250);

        public Baseline {
            if (samplesPerYear < 0 || incidentsPerYear < 0 || seizuresPerYear < 0 || toxicologyCasesPerYear < 0) {
                throw new IllegalArgumentException("the baseline volumes must not be negative");
            }
        }
    }

    /**
     * Something that happens on top of the baseline, for a number of weeks from {@code fromWeek}.
     *
     * @param id a name for the event, used in evaluation reports
     * @param substance the substance as labs write it (e.g. {@code protonitazene}, {@code PMMA})
     * @param soldAs what it is sold as ({@code oxycodone}, {@code MDMA}), for mis-sold and adulterant events
     * @param region the CBS code of the GGD region where it happens; {@code null} means all over the country
     * @param fromWeek an ISO week ({@code 2025-W10}) or a negative offset from the end ({@code -20})
     * @param form the form of its samples and seizures ({@code tablet}, {@code powder} …), as in the ingest API
     * @param logo the tablet logo, for tablets
     * @param channel where its samples were bought ({@code online}, {@code dealer} …), as in the ingest API
     * @param weeks how many weeks it lasts
     * @param samplesPerWeek mean extra drug-checking samples a week showing it (Poisson)
     * @param incidentsPerWeek mean extra incidents a week; for incident-rise, added to what {@code factor} brings
     * @param amountMg the dose per tablet (mg per unit), for high-dose events and, where given, the others
     * @param factor how many times the usual incident rate, for incident-rise events
     * @param seizuresPerWeek mean extra seizures a week of the same product
     * @param deathsPerWeek mean deaths a week: each one a fatal incident and a post-mortem toxicology case
     * @param saltForm the salt form of {@code amountMg} ({@code hydrochloride}, {@code base} …); {@code
     *     hydrochloride} for high-dose events, {@code unknown} for the others, when not given
     */
    public record Event(
            String id,
            Type type,
            String substance,
            @Nullable String soldAs,
            @Nullable String form,
            @Nullable String logo,
            @Nullable String colour,
            @Nullable String channel,
            @Nullable String region,
            String fromWeek,
            int weeks,
            double samplesPerWeek,
            double incidentsPerWeek,
            @Nullable Double amountMg,
            @Nullable Double factor,
            double seizuresPerWeek,
            double deathsPerWeek,
            @Nullable String saltForm) {

        public Event {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("every event needs an id");
            }
            if (type == null || substance == null || substance.isBlank() || fromWeek == null) {
                throw new IllegalArgumentException("event " + id + " needs a type, a substance and a from_week");
            }
            if (weeks < 1) {
                throw new IllegalArgumentException("event " + id + " must last at least one week, not " + weeks);
            }
            if (samplesPerWeek < 0 || incidentsPerWeek < 0 || seizuresPerWeek < 0 || deathsPerWeek < 0) {
                throw new IllegalArgumentException("event " + id + ": a number per week must not be negative");
            }
        }

        /** The first week of the event, given the last week of the data. */
        public IsoWeek firstWeek(IsoWeek end) {
            String from = fromWeek.trim();
            try {
                return from.startsWith("-") ? end.plusWeeks(Long.parseLong(from)) : IsoWeek.parse(from);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "event " + id + ": from_week '" + fromWeek + "' is neither an ISO week (2025-W10) nor a "
                                + "negative number of weeks before the end (-20)",
                        e);
            }
        }

        /** The last week of the event, given the last week of the data. */
        public IsoWeek lastWeek(IsoWeek end) {
            return firstWeek(end).plusWeeks(weeks - 1L);
        }
    }

    /** The kinds of event a scenario can inject. */
    public enum Type {
        /** A potent substance sold as something else (a nitazene in "oxycodone" tablets). */
        MIS_SOLD("mis-sold"),
        /** Tablets with a much higher dose than usual, recognisable by logo and colour. */
        HIGH_DOSE("high-dose"),
        /** A dangerous adulterant in a common drug (PMMA in ecstasy, atropine in cocaine). */
        ADULTERANT("adulterant"),
        /** More incidents with a substance in one region than usual. */
        INCIDENT_RISE("incident-rise"),
        /** A substance never seen before appears. */
        NEW_SUBSTANCE("new-substance");

        private final String code;

        Type(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }

        @JsonCreator
        static Type of(String text) {
            for (Type t : values()) {
                if (t.code.equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return t;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not an event type: mis-sold, high-dose, adulterant, "
                    + "incident-rise, new-substance");
        }
    }
}
