/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.ReportedSubstance;
import nl.signaal.ingest.StoredRecord;
import nl.signaal.substance.Substance;
import nl.signaal.surveillance.internal.BatchCounts;
import nl.signaal.surveillance.internal.BatchCounts.DayCell;
import nl.signaal.surveillance.internal.BatchCounts.PeriodCell;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What a batch adds to the series, without a database. */
class SurveillanceBatchCountsUnitTests {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 2);
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 31);
    private static final Substance CRACK = substance("crack", "stimulants", "cocaine-forms");

    @Test
    void countsDistinctRecordsPerSubstanceGroupRegionAndPopulation() {
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        UUID abroad = UUID.randomUUID();
        List<StoredRecord> records =
                List.of(record(one, "NL", "GG4607"), record(two, "NL", null), record(abroad, "BE", null));
        List<ReportedSubstance> mentions = List.of(
                mention(one, "NL", "GG4607", "crack", false),
                mention(one, "NL", "GG4607", "crack cocaine", true),
                mention(two, "NL", null, "unknown powder", true),
                mention(abroad, "BE", null, "crack", true));

        BatchCounts counts = BatchCounts.of(records, mentions, m -> m.name().startsWith("crack") ? CRACK : null);

        assertThat(counts.weeks())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        week(SeriesKey.Scope.ALL, SeriesKey.ALL, "NL"), 2L,
                        week(SeriesKey.Scope.ALL, SeriesKey.ALL, "GG4607"), 1L,
                        week(SeriesKey.Scope.SUBSTANCE, "crack", "NL"), 1L,
                        week(SeriesKey.Scope.SUBSTANCE, "crack", "GG4607"), 1L,
                        week(SeriesKey.Scope.GROUP, "stimulants", "NL"), 1L,
                        week(SeriesKey.Scope.GROUP, "stimulants", "GG4607"), 1L,
                        week(SeriesKey.Scope.GROUP, "cocaine-forms", "NL"), 1L,
                        week(SeriesKey.Scope.GROUP, "cocaine-forms", "GG4607"), 1L));
        assertThat(counts.days())
                .as("incidents per GGD region and day, for the scan")
                .containsExactlyEntriesOf(Map.of(new DayCell("crack", "GG4607", DAY), 1L));
    }

    private static PeriodCell week(SeriesKey.Scope scope, String subject, String region) {
        return new PeriodCell(new SeriesKey(ObservationKind.INCIDENT, scope, subject, region), MONDAY);
    }

    private static StoredRecord record(UUID id, String country, @Nullable String region) {
        return new StoredRecord(ObservationKind.INCIDENT, id, DAY, country, region);
    }

    private static ReportedSubstance mention(
            UUID id, String country, @Nullable String region, String name, boolean confirmed) {
        return new ReportedSubstance(ObservationKind.INCIDENT, id, DAY, country, region, name, null, confirmed);
    }

    private static Substance substance(String id, String... groups) {
        return new Substance(id, id, null, null, Set.of(groups), List.of(), null, null, false, null, null, true);
    }
}
