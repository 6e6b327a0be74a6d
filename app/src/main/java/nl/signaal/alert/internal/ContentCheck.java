/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import nl.signaal.alert.IdentifyingFeatures;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningText;
import nl.signaal.region.RegionKind;
import nl.signaal.region.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a warning's content must be before it is stored: every problem at once, each naming its field, so the author can
 * fix them all in one go.
 */
@Component
class ContentCheck {

    static final int MAX_SHORT = 200;
    static final int MAX_LONG = 5_000;

    private final Regions regions;

    ContentCheck(Regions regions) {
        this.regions = regions;
    }

    /** @throws IllegalArgumentException listing every problem */
    void check(WarningContent content, Instant now) {
        FieldProblems problems = new FieldProblems();
        // a request body may leave out what the types promise
        required("nl", content.nl(), problems);
        required("urgency", content.urgency(), problems);
        required("severity", content.severity(), problems);
        required("certainty", content.certainty(), problems);
        required("response", content.response(), problems);
        required("features", content.features(), problems);
        required("valid_until", content.validUntil(), problems);
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        text("nl", content.nl(), problems);
        if (content.en() != null) {
            text("en", content.en(), problems);
        }
        if (content.audience().isEmpty()) {
            problems.add("audience", "audience_none");
        }
        if (content.areas().isEmpty()) {
            problems.add("areas", "areas_none");
        }
        if (new HashSet<>(content.areas()).size() != content.areas().size()) {
            problems.add("areas", "area_twice");
        }
        for (String area : content.areas()) {
            boolean known = regions.find(area)
                    .filter(r -> r.kind() == RegionKind.COUNTRY
                            || r.kind() == RegionKind.PROVINCE
                            || r.kind() == RegionKind.GGD_REGION)
                    .isPresent();
            if (!known) {
                problems.add("areas", "area_unknown", area);
            }
        }
        features(content.features(), problems);
        if (!content.validUntil().isAfter(now)) {
            problems.add("valid_until", "valid_until_past", content.validUntil());
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
    }

    private static void required(String name, @Nullable Object value, FieldProblems problems) {
        if (value == null) {
            problems.add(name, "required");
        }
    }

    private static void text(String language, WarningText text, FieldProblems problems) {
        field(language + ".event", text.event(), MAX_SHORT, problems);
        field(language + ".headline", text.headline(), MAX_SHORT, problems);
        field(language + ".description", text.description(), MAX_LONG, problems);
        field(language + ".advice", text.advice(), MAX_LONG, problems);
    }

    private static void features(IdentifyingFeatures f, FieldProblems problems) {
        optional("features.substance", f.substance(), problems);
        optional("features.sold_as", f.soldAs(), problems);
        optional("features.form", f.form(), problems);
        optional("features.logo", f.logo(), problems);
        optional("features.colour", f.colour(), problems);
        optional("features.dose", f.dose(), problems);
        BigDecimal weight = f.weightMg();
        if (weight != null && (weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100_000)) > 0)) {
            problems.add("features.weight_mg", "weight", weight);
        }
    }

    private static void field(String name, @Nullable String value, int max, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            problems.add(name, "required");
        } else {
            optional(name, value, max, problems);
        }
    }

    private static void optional(String name, @Nullable String value, FieldProblems problems) {
        optional(name, value, MAX_SHORT, problems);
    }

    private static void optional(String name, @Nullable String value, int max, FieldProblems problems) {
        if (value != null && value.length() > max) {
            problems.add(name, "too_long", value.length(), max);
        }
    }
}
