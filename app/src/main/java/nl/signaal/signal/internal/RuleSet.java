/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import nl.signaal.substance.Substance;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules that judge every record as it arrives, with their thresholds: what counts as a high-potency opioid, which
 * substances are dangerous where something else was sold, dose thresholds, dangerous adulterants, the incident-cluster
 * rule, and where first detections open signals. Read from JSON in snake_case ({@code signal/rules.json} ships with
 * Signaal); unknown fields are refused so that a typo is an error rather than a silently ignored rule.
 *
 * @param maxRecordAgeDays records dated longer ago than this when they arrive are history: stored and counted, but no
 *     rule fires on them
 * @param fusionDays evidence joins a signal whose latest evidence is at most this many days older
 */
public record RuleSet(
        @Nullable String note,
        int maxRecordAgeDays,
        int fusionDays,
        Substances potentOpioids,
        Substances misSold,
        List<HighDose> highDose,
        Substances adulterants,
        IncidentCluster incidentCluster,
        FirstDetection firstDetection,
        Statistics statistics) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    public RuleSet {
        positive("max_record_age_days", maxRecordAgeDays);
        positive("fusion_days", fusionDays);
        highDose = List.copyOf(highDose);
    }

    /**
     * Reads and checks rules.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public static RuleSet read(String json) {
        try {
            return JSON.readValue(json, RuleSet.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause();
            String message = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
            throw new IllegalArgumentException("the rules are not valid: " + message + where(e), e);
        }
    }

    static String shipped() {
        try (InputStream in = RuleSet.class.getResourceAsStream("/signal/rules.json")) {
            if (in == null) {
                throw new IllegalStateException("signal/rules.json is missing from the jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read signal/rules.json", e);
        }
    }

    public String toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    }

    private static String where(JacksonException e) {
        String path = e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
        return path.isEmpty() ? "" : " (at " + path + ")";
    }

    private static void positive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be at least 1, not " + value);
        }
    }

    /** Substances by id and by group id. */
    public record Substances(List<String> substances, List<String> groups) {

        public Substances {
            substances = List.copyOf(substances);
            groups = List.copyOf(groups);
        }

        public boolean contains(Substance substance) {
            return substances.contains(substance.id()) || groups.stream().anyMatch(substance.groups()::contains);
        }
    }

    /**
     * A dose threshold: {@code minUnits} units of the same product (logo and colour) holding more than {@code above}
     * {@code unit} of {@code substance} within {@code days} days. One unit above the threshold can be an outlier of
     * the ordinary market (DIMS finds a few a week above 250 mg MDMA); several of one product are a batch.
     */
    public record HighDose(String substance, Set<String> forms, String unit, BigDecimal above, int minUnits, int days) {

        public HighDose {
            if (substance == null || substance.isBlank()) {
                throw new IllegalArgumentException("a high_dose rule needs a substance");
            }
            forms = Set.copyOf(forms);
            if (above == null || above.signum() <= 0) {
                throw new IllegalArgumentException("high_dose.above must be above 0");
            }
            positive("high_dose.min_units", minUnits);
            positive("high_dose.days", days);
        }
    }

    /**
     * {@code minIncidents} incidents of at least {@code minSeverity} (Poisoning Severity Score) with one substance in
     * one GGD region within {@code days} days.
     *
     * @param ignoredSubstances substances that do not make a cluster, such as alcohol, which accompanies some 40% of
     *     drug incidents
     */
    public record IncidentCluster(int minIncidents, int minSeverity, int days, List<String> ignoredSubstances) {

        public IncidentCluster {
            ignoredSubstances = List.copyOf(ignoredSubstances);
            positive("incident_cluster.min_incidents", minIncidents);
            if (minSeverity < 0 || minSeverity > 4) {
                throw new IllegalArgumentException("incident_cluster.min_severity must be 0 to 4, not " + minSeverity);
            }
            positive("incident_cluster.days", days);
        }
    }

    /**
     * Which alarms of the statistics are evidence. Some 3,000 series are tested every week at alpha 0.005, so a few
     * alarms a week are chance; these settings keep the ones that can stand on their own.
     *
     * @param groups the groups whose series' alarms count (a broad group such as stimulants repeats its substances)
     * @param ignoredSubstances substances whose series' alarms do not count (alcohol, caffeine)
     * @param regionalSources the sources (as in URLs: {@code incidents}, {@code samples}) whose regional series may
     *     open a signal; an alarm of another source's regional series only joins a signal that is already open, as
     *     supporting evidence. National series may always open one.
     */
    public record Statistics(List<String> groups, List<String> ignoredSubstances, List<String> regionalSources) {

        public Statistics {
            groups = List.copyOf(groups);
            ignoredSubstances = List.copyOf(ignoredSubstances);
            regionalSources = List.copyOf(regionalSources);
        }
    }

    /**
     * Which first detections open signals: every substance first seen in the country, and substances of these groups
     * first seen in a GGD region.
     */
    public record FirstDetection(boolean national, List<String> regionalGroups) {

        public FirstDetection {
            regionalGroups = List.copyOf(regionalGroups);
        }
    }
}
