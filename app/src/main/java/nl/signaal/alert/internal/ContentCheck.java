/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.signaal.alert.IdentifyingFeatures;
import nl.signaal.alert.InvalidWarningException;
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
        Map<String, String> problems = new LinkedHashMap<>();
        // a request body may leave out what the types promise
        required("nl", content.nl(), problems);
        required("urgency", content.urgency(), problems);
        required("severity", content.severity(), problems);
        required("certainty", content.certainty(), problems);
        required("response", content.response(), problems);
        required("features", content.features(), problems);
        required("valid_until", content.validUntil(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidWarningException(problems);
        }
        text("nl", content.nl(), problems);
        if (content.en() != null) {
            text("en", content.en(), problems);
        }
        if (content.audience().isEmpty()) {
            add(problems, "audience", "name at least one of professionals, public");
        }
        if (content.areas().isEmpty()) {
            add(problems, "areas", "name at least one region (NL, a province PVxx or a GGD region GGxxxx)");
        }
        if (new HashSet<>(content.areas()).size() != content.areas().size()) {
            add(problems, "areas", "a region is named twice");
        }
        for (String area : content.areas()) {
            boolean known = regions.find(area)
                    .filter(r -> r.kind() == RegionKind.COUNTRY
                            || r.kind() == RegionKind.PROVINCE
                            || r.kind() == RegionKind.GGD_REGION)
                    .isPresent();
            if (!known) {
                add(problems, "areas", "\"" + area + "\" is not NL, a province (PV20…PV31) or a GGD region (GG0111…)");
            }
        }
        features(content.features(), problems);
        if (!content.validUntil().isAfter(now)) {
            add(problems, "valid_until", content.validUntil() + " has passed; a warning must be valid in the future");
        }
        if (!problems.isEmpty()) {
            throw new InvalidWarningException(problems);
        }
    }

    private static void add(Map<String, String> problems, String field, String problem) {
        problems.merge(field, problem, (a, b) -> a + "; " + b);
    }

    private static void required(String name, @Nullable Object value, Map<String, String> problems) {
        if (value == null) {
            add(problems, name, "required");
        }
    }

    private static void text(String language, WarningText text, Map<String, String> problems) {
        field(language + ".event", text.event(), MAX_SHORT, problems);
        field(language + ".headline", text.headline(), MAX_SHORT, problems);
        field(language + ".description", text.description(), MAX_LONG, problems);
        field(language + ".advice", text.advice(), MAX_LONG, problems);
    }

    private static void features(IdentifyingFeatures f, Map<String, String> problems) {
        optional("features.substance", f.substance(), problems);
        optional("features.sold_as", f.soldAs(), problems);
        optional("features.form", f.form(), problems);
        optional("features.logo", f.logo(), problems);
        optional("features.colour", f.colour(), problems);
        optional("features.dose", f.dose(), problems);
        BigDecimal weight = f.weightMg();
        if (weight != null && (weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100_000)) > 0)) {
            add(problems, "features.weight_mg", weight + " is not a weight in mg (above 0, at most 100000)");
        }
    }

    private static void field(String name, @Nullable String value, int max, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            add(problems, name, "required");
        } else {
            optional(name, value, max, problems);
        }
    }

    private static void optional(String name, @Nullable String value, Map<String, String> problems) {
        optional(name, value, MAX_SHORT, problems);
    }

    private static void optional(String name, @Nullable String value, int max, Map<String, String> problems) {
        if (value != null && value.length() > max) {
            add(problems, name, value.length() + " characters; at most " + max);
        }
    }
}
