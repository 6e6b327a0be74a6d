/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.signaal.ingest.ObservationKind;
import org.junit.jupiter.api.Test;

class SyntheticObservationsUnitTests {

    private final SyntheticObservations observations =
            new SyntheticObservations(LocalDate.of(2021, 11, 29), LocalDate.of(2026, 11, 22), 42);

    @Test
    void thePlanHoldsExactlyTheObservationsInSharesAndBatchesOfAtMostTheSize() {
        List<SyntheticObservations.Planned> plan = SyntheticObservations.plan(10_000_001, 250_000);

        assertThat(plan.stream().mapToLong(SyntheticObservations.Planned::rows).sum())
                .isEqualTo(10_000_001);
        assertThat(plan).allSatisfy(b -> assertThat(b.rows()).isBetween(1, 250_000));
        Map<ObservationKind, Long> rows = plan.stream()
                .collect(Collectors.groupingBy(
                        SyntheticObservations.Planned::kind,
                        Collectors.summingLong(SyntheticObservations.Planned::rows)));
        assertThat(rows)
                .containsEntry(ObservationKind.SAMPLE, 6_000_001L)
                .containsEntry(ObservationKind.INCIDENT, 3_000_000L)
                .containsEntry(ObservationKind.SEIZURE, 700_000L)
                .containsEntry(ObservationKind.TOXICOLOGY_CASE, 300_000L);
        // the kinds interleave: each is loading in the first half of the load
        assertThat(plan.subList(0, plan.size() / 2).stream()
                        .map(SyntheticObservations.Planned::kind)
                        .distinct())
                .hasSize(4);
    }

    @Test
    void aBatchHasExactlyItsRowsUnderTheHeaderAndIsTheSameEveryTime() {
        for (ObservationKind kind : List.of(
                ObservationKind.SAMPLE,
                ObservationKind.INCIDENT,
                ObservationKind.SEIZURE,
                ObservationKind.TOXICOLOGY_CASE)) {
            var planned = new SyntheticObservations.Planned(kind, 3, 5, 1_001);
            var batch = observations.batch(planned);
            String[] lines = new String(batch.csv(), StandardCharsets.UTF_8).split("\n");

            assertThat(lines).hasSize(1_002);
            assertThat(batch.rows()).isEqualTo(1_001);
            assertThat(batch.records()).isBetween(1_001 / 4, 1_001);
            assertThat(lines[1]).startsWith("SYN42-" + kind.name().charAt(0) + "-0003-1,");
            assertThat(observations.batch(planned).csv()).isEqualTo(batch.csv());
        }
    }

    @Test
    void samplesCarryMdmaInMilligramsAndCocaineAsPercentages() {
        String csv = new String(
                observations
                        .batch(new SyntheticObservations.Planned(ObservationKind.SAMPLE, 1, 1, 20_000))
                        .csv(),
                StandardCharsets.UTF_8);

        assertThat(csv).contains(",MDMA,1", ",mg,hydrochloride,major,", ",percent,hydrochloride,major,", "levamisole");
        assertThat(csv).contains(",extacy,tablet,").contains(",cocain,powder,");
    }

    @Test
    void theBatchesOfAKindFollowEachOtherInTime() {
        // 2021-11-29 to 2026-11-22 is 1,820 days: the second of four batches holds days 455 to 909 (counted from 0)
        String csv = new String(
                observations
                        .batch(new SyntheticObservations.Planned(ObservationKind.INCIDENT, 2, 4, 5_000))
                        .csv(),
                StandardCharsets.UTF_8);

        List<LocalDate> dates = csv.lines()
                .skip(1)
                .map(line -> LocalDate.parse(line.split(",")[1]))
                .toList();
        assertThat(dates)
                .allSatisfy(d -> assertThat(d).isBetween(LocalDate.of(2023, 2, 27), LocalDate.of(2024, 5, 26)));
        assertThat(dates.stream().distinct().count()).isGreaterThan(400);
    }
}
