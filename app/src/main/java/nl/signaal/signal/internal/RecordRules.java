/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.RecordFindings;
import nl.signaal.signal.SignalKind;
import nl.signaal.signal.internal.SignalRepository.CountedRecord;
import nl.signaal.substance.Substance;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules on one record (DESIGN §6): a high-potency opioid (most urgent where it was sold as something else), a
 * dangerous substance where something else was sold, a dose above a threshold in several units of one product, a
 * dangerous adulterant, and a cluster of severe incidents with one substance in one region. Returns the evidence; the
 * caller fuses it into signals.
 */
@Component
class RecordRules {

    static final String INCIDENT_CLUSTER = "incident-cluster";
    static final String HIGH_DOSE = "high-dose";

    private final SignalRepository repository;

    RecordRules(SignalRepository repository) {
        this.repository = repository;
    }

    /**
     * @param recognise the substance a reported name (and structure) is, or {@code null} when it is not recognised
     */
    List<EvidenceDraft> judge(
            RecordFindings record,
            StoredRuleSet version,
            BiFunction<String, @Nullable String, @Nullable Substance> recognise) {
        RuleSet rules = version.rules();
        Map<Substance, RecordFindings.Finding> found = new LinkedHashMap<>();
        for (RecordFindings.Finding finding : record.findings()) {
            Substance substance = recognise.apply(finding.substance(), finding.smiles());
            if (substance != null) {
                found.putIfAbsent(substance, finding);
            }
        }
        Substance soldAs = record.soldAs() == null ? null : recognise.apply(record.soldAs(), null);
        boolean soldAsFound = soldAs != null && found.containsKey(soldAs);
        List<EvidenceDraft> evidence = new ArrayList<>();
        Drafts drafts = new Drafts(record, version.version());
        found.forEach((substance, finding) -> {
            if (!finding.confirmed()) {
                return;
            }
            boolean misSold = soldAs != null && !soldAsFound && !soldAs.equals(substance);
            if (rules.potentOpioids().contains(substance)) {
                boolean soldAsOpioid = soldAs != null && rules.potentOpioids().contains(soldAs);
                evidence.add(drafts.product(
                        misSold && !soldAsOpioid ? SignalKind.POTENT_OPIOID_MIS_SOLD : SignalKind.POTENT_OPIOID,
                        substance,
                        misSold && !soldAsOpioid ? 1.0 : 0.8,
                        describe(record, substance, soldAs)));
            } else if (misSold && rules.misSold().contains(substance)) {
                evidence.add(drafts.product(SignalKind.MIS_SOLD, substance, 0.7, describe(record, substance, soldAs)));
            }
            if (rules.adulterants().contains(substance) && !substance.equals(soldAs) && !misSold) {
                evidence.add(drafts.product(
                        SignalKind.DANGEROUS_ADULTERANT, substance, 0.5, describe(record, substance, soldAs)));
            }
        });
        for (RuleSet.HighDose rule : rules.highDose()) {
            highDose(record, rule, found, drafts).forEach(evidence::add);
        }
        if (record.kind() == ObservationKind.INCIDENT) {
            found.keySet()
                    .forEach(s -> incidentCluster(record, rules.incidentCluster(), s, drafts)
                            .forEach(evidence::add));
        }
        return evidence;
    }

    private List<EvidenceDraft> highDose(
            RecordFindings record, RuleSet.HighDose rule, Map<Substance, RecordFindings.Finding> found, Drafts drafts) {
        if (record.form() == null || !rule.forms().contains(record.form())) {
            return List.of();
        }
        for (Map.Entry<Substance, RecordFindings.Finding> entry : found.entrySet()) {
            Substance substance = entry.getKey();
            BigDecimal amount = entry.getValue().amount();
            if (!substance.id().equals(rule.substance())
                    || amount == null
                    || !rule.unit()
                            .equalsIgnoreCase(String.valueOf(entry.getValue().unit()))
                    || amount.compareTo(rule.above()) <= 0) {
                continue;
            }
            String product = product(record);
            if (product == null && rule.minUnits() > 1) {
                continue; // without a logo there is no telling which units belong to one batch
            }
            String grouping = product == null ? record.recordId().toString() : product;
            repository.count(counted(HIGH_DOSE, record, substance, grouping));
            List<CountedRecord> units = repository.counted(
                    HIGH_DOSE, substance.id(), grouping, record.date().minusDays(rule.days() - 1L), record.date());
            if (units.size() < rule.minUnits()) {
                continue;
            }
            String summary = "%d units of %s above %s %s of %s within %d days; this one %s %s"
                    .formatted(
                            units.size(),
                            product == null ? "one product" : product,
                            rule.above().toPlainString(),
                            rule.unit(),
                            substance.name(),
                            rule.days(),
                            amount.stripTrailingZeros().toPlainString(),
                            rule.unit());
            double strength = Math.min(1.0, amount.doubleValue() / rule.above().doubleValue() - 0.5);
            return units.stream()
                    .map(u -> drafts.counted(SignalKind.HIGH_DOSE, substance, product, u, strength, summary, "NL"))
                    .toList();
        }
        return List.of();
    }

    private List<EvidenceDraft> incidentCluster(
            RecordFindings record, RuleSet.IncidentCluster rule, Substance substance, Drafts drafts) {
        String region = record.regionCode();
        Integer severity = record.severity();
        if (region == null
                || !region.startsWith("GG")
                || severity == null
                || severity < rule.minSeverity()
                || rule.ignoredSubstances().contains(substance.id())) {
            return List.of();
        }
        repository.count(counted(INCIDENT_CLUSTER, record, substance, region));
        List<CountedRecord> incidents = repository.counted(
                INCIDENT_CLUSTER, substance.id(), region, record.date().minusDays(rule.days() - 1L), record.date());
        if (incidents.size() < rule.minIncidents()) {
            return List.of();
        }
        String summary = "%d incidents of severity %d or more with %s in %s within %d days"
                .formatted(incidents.size(), rule.minSeverity(), substance.name(), region, rule.days());
        double strength = Math.min(1.0, (double) incidents.size() / (2.0 * rule.minIncidents()));
        return incidents.stream()
                .map(i -> drafts.counted(SignalKind.INCIDENT_CLUSTER, substance, null, i, strength, summary, region))
                .toList();
    }

    private static CountedRecord counted(String rule, RecordFindings record, Substance substance, String grouping) {
        return new CountedRecord(
                rule,
                record.recordId(),
                substance.id(),
                grouping,
                record.date(),
                record.kind(),
                record.externalId(),
                Objects.requireNonNullElse(record.regionCode(), "NL"));
    }

    /** What identifies a product: its logo and colour, as labs write them, in lower case. */
    static @Nullable String product(RecordFindings record) {
        if (record.tabletLogo() == null || record.tabletLogo().isBlank()) {
            return null;
        }
        String colour =
                record.tabletColour() == null ? "" : record.tabletColour().trim() + " ";
        return (colour + record.tabletLogo().trim()).toLowerCase(Locale.ROOT);
    }

    private static String describe(RecordFindings record, Substance substance, @Nullable Substance soldAs) {
        StringBuilder text = new StringBuilder(substance.name())
                .append(" in ")
                .append(record.kind().path().replace('-', ' '))
                .append(' ')
                .append(record.externalId());
        if (record.soldAs() != null) {
            text.append(", sold as ").append(record.soldAs());
            if (soldAs != null && !soldAs.equals(substance)) {
                text.append(" (").append(soldAs.name()).append(')');
            }
        }
        String product = product(record);
        if (product != null) {
            text.append(", ").append(product);
        }
        return text.toString();
    }

    /** Evidence about one record. */
    private record Drafts(RecordFindings record, int ruleVersion) {

        /** Evidence found in a product (a sample, seizure or case): one national signal wherever it turns up. */
        EvidenceDraft product(SignalKind kind, Substance substance, double strength, String summary) {
            return new EvidenceDraft(
                    kind,
                    "SUBSTANCE",
                    substance.id(),
                    substance.name(),
                    "NL",
                    null,
                    record.kind(),
                    record.recordId(),
                    record.externalId(),
                    null,
                    record.date(),
                    Objects.requireNonNullElse(record.regionCode(), "NL"),
                    strength,
                    summary,
                    ruleVersion,
                    kind + ":" + record.recordId() + ":" + substance.id());
        }

        EvidenceDraft counted(
                SignalKind kind,
                Substance substance,
                @Nullable String product,
                CountedRecord unit,
                double strength,
                String summary,
                String signalRegion) {
            return new EvidenceDraft(
                    kind,
                    "SUBSTANCE",
                    substance.id(),
                    substance.name(),
                    signalRegion,
                    product,
                    unit.source(),
                    unit.recordId(),
                    unit.externalId(),
                    null,
                    unit.date(),
                    unit.region(),
                    strength,
                    summary,
                    ruleVersion,
                    kind + ":" + unit.recordId() + ":" + substance.id());
        }
    }
}
