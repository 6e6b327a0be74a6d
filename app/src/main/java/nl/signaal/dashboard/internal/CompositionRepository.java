/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.dashboard.internal.SampleCells.Measure;
import nl.signaal.dashboard.internal.SampleCells.MeasureCell;
import nl.signaal.dashboard.internal.SampleCells.SampleCell;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The composition tables. Increments as in the surveillance counts: an UPDATE that adds, then an INSERT for the cells
 * without a row, in a fixed order; a lost race on a new cell fails the transaction and {@link CompositionCounter} runs
 * the batch again.
 */
@Repository
class CompositionRepository {

    private static final Comparator<SampleCell> SAMPLE_ORDER = Comparator.comparing(SampleCell::month)
            .thenComparing(SampleCell::region)
            .thenComparing(SampleCell::soldAs)
            .thenComparing(SampleCell::found)
            .thenComparing(SampleCell::adulterated);
    private static final Comparator<MeasureCell> MEASURE_ORDER = Comparator.comparing(MeasureCell::measure)
            .thenComparing(MeasureCell::month)
            .thenComparing(MeasureCell::region)
            .thenComparing(MeasureCell::bin);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    CompositionRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Marks a batch as counted; false if it was already. */
    boolean markCounted(UUID batchId, Instant now) {
        boolean counted = jdbc.sql("SELECT COUNT(*) FROM dashboard_batch WHERE batch_id = :id")
                        .param("id", batchId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!counted) {
            jdbc.sql("INSERT INTO dashboard_batch (batch_id, counted_at) VALUES (:id, :at)")
                    .param("id", batchId)
                    .param("at", Timestamp.from(now))
                    .update();
        }
        return !counted;
    }

    void add(SampleCells cells) {
        increment(
                cells.samples().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey(SAMPLE_ORDER))
                        .map(e -> new MapSqlParameterSource()
                                .addValue("month", e.getKey().month())
                                .addValue("region", e.getKey().region())
                                .addValue("soldAs", e.getKey().soldAs())
                                .addValue("found", e.getKey().found())
                                .addValue("adulterated", e.getKey().adulterated())
                                .addValue("n", e.getValue()))
                        .toList(),
                """
                UPDATE dashboard_sample SET n = n + :n WHERE month_start = :month AND region = :region
                  AND sold_as = :soldAs AND found = :found AND adulterated = :adulterated
                """,
                """
                INSERT INTO dashboard_sample (month_start, region, sold_as, found, adulterated, n)
                VALUES (:month, :region, :soldAs, :found, :adulterated, :n)
                """);
        increment(
                cells.measures().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey(MEASURE_ORDER))
                        .map(e -> new MapSqlParameterSource()
                                .addValue("measure", e.getKey().measure().name())
                                .addValue("month", e.getKey().month())
                                .addValue("region", e.getKey().region())
                                .addValue("bin", e.getKey().bin())
                                .addValue("n", e.getValue()))
                        .toList(),
                """
                UPDATE dashboard_measure SET n = n + :n
                WHERE measure = :measure AND month_start = :month AND region = :region AND bin = :bin
                """,
                """
                INSERT INTO dashboard_measure (measure, month_start, region, bin, n) VALUES (:measure, :month, :region, :bin, :n)
                """);
    }

    private void increment(List<MapSqlParameterSource> cells, String update, String insert) {
        if (cells.isEmpty()) {
            return;
        }
        int[] updated = batch.batchUpdate(update, cells.toArray(MapSqlParameterSource[]::new));
        List<MapSqlParameterSource> missing = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                missing.add(cells.get(i));
            }
        }
        if (!missing.isEmpty()) {
            batch.batchUpdate(insert, missing.toArray(MapSqlParameterSource[]::new));
        }
    }

    /** Samples between two months (inclusive) in the given regions (GGD codes and {@code NL}; empty: all). */
    List<SampleCount> samples(Collection<String> regions, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT month_start, sold_as, found, adulterated, SUM(n) AS n FROM dashboard_sample
                        WHERE month_start BETWEEN :from AND :to""" + regionFilter(regions) + """

                        GROUP BY month_start, sold_as, found, adulterated
                        """)
                .param("from", from)
                .param("to", to)
                .param("regions", regions.isEmpty() ? List.of("") : regions)
                .query((rs, row) -> new SampleCount(
                        rs.getObject("month_start", LocalDate.class),
                        rs.getString("sold_as"),
                        rs.getString("found"),
                        rs.getBoolean("adulterated"),
                        rs.getLong("n")))
                .list();
    }

    /** Counts per month and bin of a measure between two months (inclusive) in the given regions (empty: all). */
    List<BinCount> bins(Measure measure, Collection<String> regions, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT month_start, bin, SUM(n) AS n FROM dashboard_measure
                        WHERE measure = :measure AND month_start BETWEEN :from AND :to""" + regionFilter(regions) + """

                        GROUP BY month_start, bin
                        """)
                .param("measure", measure.name())
                .param("from", from)
                .param("to", to)
                .param("regions", regions.isEmpty() ? List.of("") : regions)
                .query((rs, row) ->
                        new BinCount(rs.getObject("month_start", LocalDate.class), rs.getInt("bin"), rs.getLong("n")))
                .list();
    }

    private static String regionFilter(Collection<String> regions) {
        return regions.isEmpty() ? "" : " AND region IN (:regions)";
    }

    record SampleCount(LocalDate month, String soldAs, String found, boolean adulterated, long n) {}

    record BinCount(LocalDate month, int bin, long n) {}
}
