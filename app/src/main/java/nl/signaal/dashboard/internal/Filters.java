/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import nl.signaal.dashboard.internal.SampleCells.Measure;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.surveillance.SeriesKey;

/**
 * The filters of a dashboard chart, read from the query string with a default for each one left out. A value that
 * cannot be used is a problem by parameter name (a message key and its argument), and the chart is not drawn.
 *
 * @param subject a substance id, a group id, or {@link SeriesKey#ALL} when the scope is all records
 * @param region {@code NL}, a province ({@code PVnn}) or a GGD region ({@code GGnnnn})
 */
record Filters(
        ObservationKind source,
        SeriesKey.Scope scope,
        String subject,
        String region,
        Period period,
        Level level,
        LocalDate from,
        LocalDate to,
        Measure measure,
        String soldAs,
        String metabolite,
        String substance,
        Map<String, Problem> problems) {

    static final int MAX_YEARS = 10;

    enum Period {
        WEEK,
        MONTH,
        YEAR
    }

    enum Level {
        GGD,
        PROVINCE
    }

    /** What is wrong with a parameter: a message key of {@code dashboard.problem.*} and the value given. */
    public record Problem(String key, String value) {}

    /** The sources that have counts by substance. */
    static final ObservationKind[] SOURCES = {
        ObservationKind.SAMPLE, ObservationKind.INCIDENT, ObservationKind.SEIZURE, ObservationKind.TOXICOLOGY_CASE
    };

    /** Whether a subject (substance or group id) and a region code are known. */
    interface Known {
        boolean subject(SeriesKey.Scope scope, String subject);

        boolean region(String code);
    }

    static Filters read(Map<String, String> params, LocalDate today, Defaults defaults, Known known) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        Reader in = new Reader(params, problems);
        ObservationKind source = in.choice("source", ObservationKind.class, ObservationKind.SAMPLE);
        if (!java.util.Arrays.asList(SOURCES).contains(source)) {
            problems.put("source", new Problem("dashboard.problem.choice", source.name()));
            source = ObservationKind.SAMPLE;
        }
        // a subject may name its scope (group:opioids, substance:mdma, all), as the forms send it
        String subjectText = params.getOrDefault("subject", "").trim();
        SeriesKey.Scope scope = in.choice("scope", SeriesKey.Scope.class, SeriesKey.Scope.SUBSTANCE);
        int colon = subjectText.indexOf(':');
        if (subjectText.equalsIgnoreCase("all")) {
            scope = SeriesKey.Scope.ALL;
        } else if (colon > 0) {
            String prefix = subjectText.substring(0, colon).toUpperCase(Locale.ROOT);
            scope = "GROUP".equals(prefix) ? SeriesKey.Scope.GROUP : SeriesKey.Scope.SUBSTANCE;
            subjectText = subjectText.substring(colon + 1);
        }
        String subject = scope == SeriesKey.Scope.ALL
                ? SeriesKey.ALL
                : subjectText.isEmpty() ? defaults.subject() : subjectText.toLowerCase(Locale.ROOT);
        if (scope != SeriesKey.Scope.ALL && !known.subject(scope, subject)) {
            problems.put("subject", new Problem("dashboard.problem.subject", subject));
        }
        String region = params.getOrDefault("region", "NL").trim().toUpperCase(Locale.ROOT);
        if (!known.region(region)) {
            problems.put("region", new Problem("dashboard.problem.region", region));
        }
        Period period = in.choice("period", Period.class, defaults.period());
        LocalDate lastMonth = today.withDayOfMonth(1).minusDays(1);
        LocalDate to = in.date("to", period == Period.WEEK ? today : lastMonth);
        LocalDate from = in.date(
                "from",
                period == Period.WEEK ? to.minusYears(2) : to.withDayOfYear(1).minusYears(4));
        if (from.isAfter(to)) {
            problems.put("from", new Problem("dashboard.problem.order", from.toString()));
        } else if (ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
            problems.put("from", new Problem("dashboard.problem.range", from.toString()));
        }
        return new Filters(
                source,
                scope,
                subject,
                region,
                period,
                in.choice("level", Level.class, Level.GGD),
                from,
                to,
                in.choice("measure", Measure.class, Measure.MDMA_MG),
                in.text("soldAs", "mdma", id -> known.subject(SeriesKey.Scope.SUBSTANCE, id)),
                in.text("metabolite", defaults.metabolite(), m -> true),
                in.text("substance", defaults.indicatorSubstance(), s -> true),
                problems);
    }

    /** Defaults that depend on the data held. */
    record Defaults(String subject, Period period, String metabolite, String indicatorSubstance) {}

    /** The query string as a new chart link would repeat it. */
    String query(String... names) {
        StringBuilder query = new StringBuilder();
        for (String name : names) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(value(name));
        }
        return query.toString();
    }

    String value(String name) {
        return switch (name) {
            case "source" -> source.name();
            case "scope" -> scope.name();
            case "subject" ->
                scope == SeriesKey.Scope.ALL ? "all" : scope.name().toLowerCase(Locale.ROOT) + ":" + subject;
            case "region" -> region;
            case "period" -> period.name();
            case "level" -> level.name();
            case "from" -> from.toString();
            case "to" -> to.toString();
            case "measure" -> measure.name();
            case "soldAs" -> soldAs;
            case "metabolite" -> metabolite;
            case "substance" -> substance;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private record Reader(Map<String, String> params, Map<String, Problem> problems) {

        <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
            String text = params.getOrDefault(name, "").trim();
            if (text.isEmpty()) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.put(name, new Problem("dashboard.problem.choice", text));
                return fallback;
            }
        }

        LocalDate date(String name, LocalDate fallback) {
            String text = params.getOrDefault(name, "").trim();
            if (text.isEmpty()) {
                return fallback;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.put(name, new Problem("dashboard.problem.date", text));
                return fallback;
            }
        }

        String text(String name, String fallback, Predicate<String> known) {
            String text = params.getOrDefault(name, "").trim();
            if (text.isEmpty()) {
                return fallback;
            }
            if (!known.test(text)) {
                problems.put(name, new Problem("dashboard.problem.unknown", text));
            }
            return text;
        }
    }
}
