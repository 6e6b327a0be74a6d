/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.ReportedSubstance;
import nl.signaal.ingest.StoredRecord;
import nl.signaal.shared.IsoWeek;
import nl.signaal.substance.Substance;
import nl.signaal.surveillance.SeriesKey;
import org.jspecify.annotations.Nullable;

/**
 * What one batch adds to the series: distinct records per series and week, the same per calendar month (for trends by
 * month and year, which weeks cannot give: a week may span two months), and incidents per substance, GGD region and
 * day for the space-time scan. A Dutch record counts in its GGD region (if it has one) and nationally; a foreign one
 * nowhere. A record counts once in a series however many of its substances fall in it (two cathinones in one sample
 * are one sample in the cathinone series).
 */
public record BatchCounts(Map<PeriodCell, Long> weeks, Map<PeriodCell, Long> months, Map<DayCell, Long> days) {

    /** One week or month of one series; {@code start} is the ISO week's Monday or the month's first day. */
    public record PeriodCell(SeriesKey key, LocalDate start) {}

    /** Incidents with a substance in a GGD region on a day. */
    public record DayCell(String substance, String region, LocalDate day) {}

    public BatchCounts {
        weeks = Map.copyOf(weeks);
        months = Map.copyOf(months);
        days = Map.copyOf(days);
    }

    /** Weekly counts alone, as the statistics read them. */
    public BatchCounts(Map<PeriodCell, Long> weeks, Map<DayCell, Long> days) {
        this(weeks, Map.of(), days);
    }

    /**
     * @param recognise the catalogue substance of a mention, {@code null} when the name is not recognised (the record
     *     then counts in its population only)
     */
    public static BatchCounts of(
            List<StoredRecord> records,
            List<ReportedSubstance> mentions,
            Function<ReportedSubstance, @Nullable Substance> recognise) {
        Map<PeriodCell, Set<UUID>> weeks = new HashMap<>();
        Map<PeriodCell, Set<UUID>> months = new HashMap<>();
        Map<DayCell, Set<UUID>> days = new HashMap<>();
        for (StoredRecord r : records) {
            for (String region : regions(r.country(), r.regionCode())) {
                add(
                        weeks,
                        months,
                        new SeriesKey(r.kind(), SeriesKey.Scope.ALL, SeriesKey.ALL, region),
                        r.date(),
                        r.recordId());
            }
        }
        for (ReportedSubstance mention : mentions) {
            List<String> regions = regions(mention.country(), mention.regionCode());
            if (regions.isEmpty()) {
                continue;
            }
            Substance substance = recognise.apply(mention);
            if (substance == null) {
                continue;
            }
            for (String region : regions) {
                add(
                        weeks,
                        months,
                        new SeriesKey(mention.kind(), SeriesKey.Scope.SUBSTANCE, substance.id(), region),
                        mention.date(),
                        mention.recordId());
                for (String group : substance.groups()) {
                    add(
                            weeks,
                            months,
                            new SeriesKey(mention.kind(), SeriesKey.Scope.GROUP, group, region),
                            mention.date(),
                            mention.recordId());
                }
                if (mention.kind() == ObservationKind.INCIDENT && !SeriesKey.NATIONAL.equals(region)) {
                    days.computeIfAbsent(new DayCell(substance.id(), region, mention.date()), k -> new HashSet<>())
                            .add(mention.recordId());
                }
            }
        }
        return new BatchCounts(sizes(weeks), sizes(months), sizes(days));
    }

    public boolean isEmpty() {
        return weeks.isEmpty() && months.isEmpty() && days.isEmpty();
    }

    /** The national series and the record's GGD region; nothing for a record from abroad. */
    static List<String> regions(String country, @Nullable String regionCode) {
        if (!SeriesKey.NATIONAL.equals(country)) {
            return List.of();
        }
        return regionCode != null && regionCode.startsWith("GG")
                ? List.of(SeriesKey.NATIONAL, regionCode)
                : List.of(SeriesKey.NATIONAL);
    }

    private static void add(
            Map<PeriodCell, Set<UUID>> weeks,
            Map<PeriodCell, Set<UUID>> months,
            SeriesKey key,
            LocalDate date,
            UUID record) {
        weeks.computeIfAbsent(new PeriodCell(key, IsoWeek.of(date).monday()), k -> new HashSet<>())
                .add(record);
        months.computeIfAbsent(new PeriodCell(key, date.withDayOfMonth(1)), k -> new HashSet<>())
                .add(record);
    }

    private static <K> Map<K, Long> sizes(Map<K, Set<UUID>> cells) {
        Map<K, Long> sizes = new HashMap<>();
        cells.forEach((cell, ids) -> sizes.put(cell, (long) ids.size()));
        return sizes;
    }
}
