/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.signaal.alert.Audience;
import nl.signaal.alert.Certainty;
import nl.signaal.alert.IdentifyingFeatures;
import nl.signaal.alert.InvalidWarningException;
import nl.signaal.alert.ResponseType;
import nl.signaal.alert.Severity;
import nl.signaal.alert.Urgency;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningText;
import org.jspecify.annotations.Nullable;

/**
 * The warning form of the desk pages, field by field as the browser sends it. Its field names are the API's with the
 * dots taken out ({@code nl.headline} is {@code nlHeadline}), so a problem the content check names is shown next to its
 * field.
 */
public record WarningForm(
        @Nullable String nlEvent,
        @Nullable String nlHeadline,
        @Nullable String nlDescription,
        @Nullable String nlAdvice,
        @Nullable String enEvent,
        @Nullable String enHeadline,
        @Nullable String enDescription,
        @Nullable String enAdvice,
        @Nullable List<String> audience,
        @Nullable String urgency,
        @Nullable String severity,
        @Nullable String certainty,
        @Nullable String response,
        @Nullable String areas,
        @Nullable String substance,
        @Nullable String soldAs,
        @Nullable String form,
        @Nullable String logo,
        @Nullable String colour,
        @Nullable String weightMg,
        @Nullable String dose,
        @Nullable String photo,
        @Nullable String validUntil) {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static WarningForm empty() {
        return new WarningForm(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("PROFESSIONALS"),
                "EXPECTED",
                "SEVERE",
                "LIKELY",
                "AVOID",
                "NL",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static WarningForm of(WarningContent c) {
        WarningText en = c.en();
        IdentifyingFeatures f = c.features();
        return new WarningForm(
                c.nl().event(),
                c.nl().headline(),
                c.nl().description(),
                c.nl().advice(),
                en == null ? null : en.event(),
                en == null ? null : en.headline(),
                en == null ? null : en.description(),
                en == null ? null : en.advice(),
                c.audience().stream().map(Enum::name).sorted().toList(),
                c.urgency().name(),
                c.severity().name(),
                c.certainty().name(),
                c.response().name(),
                String.join(" ", c.areas()),
                f.substance(),
                f.soldAs(),
                f.form(),
                f.logo(),
                f.colour(),
                f.weightMg() == null ? null : f.weightMg().toPlainString(),
                f.dose(),
                c.photo(),
                c.validUntil().atZone(AMSTERDAM).minusNanos(1).toLocalDate().toString());
    }

    /**
     * The content this form describes; the photo is the one just uploaded, or the one the form carried.
     *
     * @throws InvalidWarningException for values that cannot be read (a date, a number, a choice)
     */
    WarningContent content(@Nullable String uploadedPhoto) {
        FieldProblems problems = new FieldProblems();
        Urgency u = choice(Urgency.class, "urgency", urgency, problems);
        Severity s = choice(Severity.class, "severity", severity, problems);
        Certainty c = choice(Certainty.class, "certainty", certainty, problems);
        ResponseType r = choice(ResponseType.class, "response", response, problems);
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (String a : audience == null ? List.<String>of() : audience) {
            Audience parsed = choice(Audience.class, "audience", a, problems);
            if (parsed != null) {
                audiences.add(parsed);
            }
        }
        BigDecimal weight = null;
        if (present(weightMg)) {
            try {
                weight = new BigDecimal(weightMg.trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add("features.weight_mg", "not_number", weightMg);
            }
        }
        LocalDate until = null;
        try {
            until = present(validUntil) ? LocalDate.parse(validUntil.trim()) : null;
        } catch (DateTimeParseException e) {
            problems.add("valid_until", "not_date", validUntil);
        }
        if (until == null && !problems.has("valid_until")) {
            problems.add("valid_until", "required");
        }
        if (!problems.isEmpty() || u == null || s == null || c == null || r == null || until == null) {
            throw problems.exception();
        }
        boolean english =
                Stream.of(enEvent, enHeadline, enDescription, enAdvice).anyMatch(WarningForm::present);
        return new WarningContent(
                new WarningText(text(nlEvent), text(nlHeadline), text(nlDescription), text(nlAdvice)),
                english ? new WarningText(text(enEvent), text(enHeadline), text(enDescription), text(enAdvice)) : null,
                audiences,
                u,
                s,
                c,
                r,
                areas == null
                        ? List.of()
                        : Arrays.stream(areas.trim().toUpperCase(Locale.ROOT).split("[\\s,;]+"))
                                .filter(a -> !a.isEmpty())
                                .toList(),
                new IdentifyingFeatures(
                        optional(substance),
                        optional(soldAs),
                        optional(form),
                        optional(logo),
                        optional(colour),
                        weight,
                        optional(dose)),
                uploadedPhoto != null ? uploadedPhoto : optional(photo),
                // valid through the whole of the day the author named
                until.plusDays(1).atStartOfDay(AMSTERDAM).toInstant());
    }

    private static <E extends Enum<E>> @Nullable E choice(
            Class<E> type, String field, @Nullable String value, FieldProblems problems) {
        if (!present(value)) {
            problems.add(field, "required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(field, "not_choice", value, EnumSet.allOf(type));
            return null;
        }
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String optional(@Nullable String value) {
        return present(value) ? value.strip() : null;
    }
}
