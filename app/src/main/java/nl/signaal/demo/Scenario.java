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
            .build();

    public Scenario {
        if (weeks < 1 || weeks > 52 * 30) {
            throw new IllegalArgumentException("weeks must be between 1 and 1560, not " + weeks);
        }
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
     * Yearly volumes of the national baseline, before events are added.
     *
     * @param samplesPerYear drug-checking samples (DIMS: about 10-12 thousand a year)
     * @param incidentsPerYear drug-related incidents reported by first aid, ambulances and emergency departments
     */
    public record Baseline(int samplesPerYear, int incidentsPerYear, int seizuresPerYear, int toxicologyCasesPerYear) {}

    /**
     * Something that happens on top of the baseline, for a number of weeks from {@code fromWeek}.
     *
     * @param id a name for the event, used in evaluation reports
     * @param substance the substance as labs write it (e.g. {@code protonitazene}, {@code PMMA})
     * @param soldAs what it is sold as ({@code oxycodone}, {@code MDMA}), for mis-sold and adulterant events
     * @param region the CBS code of the GGD region where it happens; {@code null} means all over the country
     * @param fromWeek an ISO week ({@code 2025-W10}) or a negative offset from the end ({@code -20})
     * @param samplesPerWeek extra drug-checking samples a week showing it
     * @param incidentsPerWeek extra incidents a week (for incident-rise: ignored, {@code factor} applies)
     * @param amountMg the dose per tablet, for high-dose events
     * @param factor how many times the usual incident rate, for incident-rise events
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
            @Nullable Double factor) {

        /** The first week of the event, given the last week of the data. */
        public IsoWeek firstWeek(IsoWeek end) {
            String from = fromWeek.trim();
            return from.startsWith("-") ? end.plusWeeks(Long.parseLong(from)) : IsoWeek.parse(from);
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
