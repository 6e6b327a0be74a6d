/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.ObservationsAccepted;
import nl.signaal.ingest.RecordFindings;
import nl.signaal.signal.SignalKind;
import nl.signaal.substance.Substance;
import nl.signaal.substance.SubstanceFirstDetected;
import nl.signaal.substance.SubstanceManagement;
import nl.signaal.surveillance.SeriesKey;
import nl.signaal.surveillance.SpaceTimeClusterDetected;
import nl.signaal.surveillance.StatisticalAlarmRaised;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what other modules report into evidence: every accepted record goes through the {@link RecordRules}, a first
 * detection and the alarms of the statistics become evidence of their own. Records dated longer ago than the rules'
 * {@code max_record_age_days} when they arrive are history and fire no rule.
 *
 * <p>Each event is handled in a transaction of {@link SignalWrites}, after the publishing transaction committed; the
 * event publication registry marks it complete only when that succeeded, and offers it again after a restart.
 */
@Component
class SignalListeners {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final Set<ObservationKind> JUDGED = Set.of(
            ObservationKind.SAMPLE,
            ObservationKind.LAB_RESULTS,
            ObservationKind.SEIZURE,
            ObservationKind.TOXICOLOGY_CASE,
            ObservationKind.INCIDENT);

    private final IngestManagement ingest;
    private final SubstanceManagement substances;
    private final RuleSets ruleSets;
    private final RecordRules rules;
    private final Fusion fusion;
    private final SignalWrites writes;
    private final Clock clock;

    SignalListeners(
            IngestManagement ingest,
            SubstanceManagement substances,
            RuleSets ruleSets,
            RecordRules rules,
            Fusion fusion,
            SignalWrites writes,
            Clock clock) {
        this.ingest = ingest;
        this.substances = substances;
        this.ruleSets = ruleSets;
        this.rules = rules;
        this.fusion = fusion;
        this.writes = writes;
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    void on(ObservationsAccepted accepted) {
        writes.run(() -> handle(accepted));
    }

    @Async
    @TransactionalEventListener
    void on(SubstanceFirstDetected first) {
        writes.run(() -> handle(first));
    }

    @Async
    @TransactionalEventListener
    void on(StatisticalAlarmRaised alarm) {
        writes.run(() -> handle(alarm));
    }

    @Async
    @TransactionalEventListener
    void on(SpaceTimeClusterDetected cluster) {
        writes.run(() -> handle(cluster));
    }

    private void handle(ObservationsAccepted accepted) {
        if (!JUDGED.contains(accepted.kind())) {
            return;
        }
        StoredRuleSet version = ruleSets.current();
        LocalDate oldest = today().minusDays(version.rules().maxRecordAgeDays());
        Map<String, Optional<Substance>> recognised = new HashMap<>();
        for (RecordFindings record : ingest.findings(accepted.batchId())) {
            if (!"NL".equals(record.country()) || record.date().isBefore(oldest)) {
                continue;
            }
            List<EvidenceDraft> evidence = rules.judge(
                    record,
                    version,
                    (name, smiles) -> recognised
                            .computeIfAbsent(
                                    name + '\u0000' + smiles,
                                    k -> Optional.ofNullable(
                                            substances.recognise(name, smiles).substance()))
                            .orElse(null));
            evidence.forEach(e -> fusion.add(e, version.rules().fusionDays()));
        }
    }

    private void handle(SubstanceFirstDetected first) {
        StoredRuleSet version = ruleSets.current();
        RuleSet.FirstDetection rule = version.rules().firstDetection();
        if (first.scope() != SubstanceFirstDetected.Scope.SUBSTANCE
                || first.date().isBefore(today().minusDays(version.rules().maxRecordAgeDays()))) {
            return;
        }
        String region = first.regionCode();
        boolean national = region == null;
        if (national ? !rule.national() : rule.regionalGroups().stream().noneMatch(first.groups()::contains)) {
            return;
        }
        String name = substances.find(first.subject()).map(Substance::name).orElse(first.subject());
        String where = national ? "the Netherlands" : region;
        fusion.add(
                new EvidenceDraft(
                        SignalKind.FIRST_DETECTION,
                        "SUBSTANCE",
                        first.subject(),
                        name,
                        "NL",
                        null,
                        first.kind(),
                        first.recordId(),
                        ingest.externalId(first.kind(), first.recordId()).orElse(null),
                        null,
                        first.date(),
                        national ? "NL" : region,
                        national ? 0.9 : 0.6,
                        "first detection of %s in %s (reported as \"%s\")".formatted(name, where, first.reportedName()),
                        version.version(),
                        "FIRST_DETECTION:" + first.subject() + ":" + (national ? "NL" : region)),
                version.rules().fusionDays());
    }

    private void handle(StatisticalAlarmRaised alarm) {
        SeriesKey series = alarm.series();
        RuleSet.Statistics rule = ruleSets.current().rules().statistics();
        if (series.scope() == SeriesKey.Scope.ALL // more records of a source than usual is no danger of its own
                || (series.scope() == SeriesKey.Scope.GROUP && !rule.groups().contains(series.subject()))
                || (series.scope() == SeriesKey.Scope.SUBSTANCE
                        && rule.ignoredSubstances().contains(series.subject()))) {
            return;
        }
        boolean mayOpen = SeriesKey.NATIONAL.equals(series.region())
                || rule.regionalSources().contains(series.source().path());
        String name = subjectName(series.scope(), series.subject());
        String key = series.text();
        double excess = alarm.observed() > 0 ? 1.0 - alarm.upperbound() / alarm.observed() : 0.0;
        fusion.add(
                new EvidenceDraft(
                        SignalKind.STATISTICAL_ABERRATION,
                        series.scope().name(),
                        series.subject(),
                        name,
                        series.region(),
                        null,
                        null,
                        null,
                        null,
                        key,
                        alarm.week().sunday(),
                        series.region(),
                        Math.clamp(excess, 0.0, 1.0),
                        "%s with %s in %s, %s: %d observed, %.1f expected, threshold %.1f (%s)"
                                .formatted(
                                        series.source().path().replace('-', ' '),
                                        name,
                                        series.region(),
                                        alarm.week(),
                                        alarm.observed(),
                                        alarm.expected(),
                                        alarm.upperbound(),
                                        alarm.method()),
                        0,
                        "STATISTICAL_ABERRATION:" + key + ":" + alarm.week() + ":" + alarm.method()),
                ruleSets.current().rules().fusionDays(),
                mayOpen);
    }

    private void handle(SpaceTimeClusterDetected cluster) {
        String name = subjectName(SeriesKey.Scope.SUBSTANCE, cluster.substance());
        String centre = cluster.regions().getFirst();
        fusion.add(
                new EvidenceDraft(
                        SignalKind.SPACE_TIME_CLUSTER,
                        "SUBSTANCE",
                        cluster.substance(),
                        name,
                        centre,
                        null,
                        null,
                        null,
                        null,
                        new SeriesKey(ObservationKind.INCIDENT, SeriesKey.Scope.SUBSTANCE, cluster.substance(), centre)
                                .text(),
                        cluster.to(),
                        centre,
                        Math.clamp(1.0 - cluster.pValue() * 10, 0.0, 1.0),
                        "space-time cluster of incidents with %s in %s from %s to %s: %d observed, %.1f expected, p = %s"
                                .formatted(
                                        name,
                                        String.join(", ", cluster.regions()),
                                        cluster.from(),
                                        cluster.to(),
                                        cluster.observed(),
                                        cluster.expected(),
                                        cluster.pValue()),
                        0,
                        "SPACE_TIME_CLUSTER:" + cluster.substance() + ":" + String.join(",", cluster.regions()) + ":"
                                + cluster.from()),
                ruleSets.current().rules().fusionDays());
    }

    private String subjectName(SeriesKey.Scope scope, String subject) {
        if (scope == SeriesKey.Scope.SUBSTANCE) {
            return substances.find(subject).map(Substance::name).orElse(subject);
        }
        return subject;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NETHERLANDS));
    }
}
