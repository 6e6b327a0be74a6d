/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.surveillance.CountPeriod;
import nl.signaal.surveillance.RegionCount;
import nl.signaal.surveillance.SeriesKey;
import nl.signaal.surveillance.internal.BatchCounts.DayCell;
import nl.signaal.surveillance.internal.BatchCounts.PeriodCell;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The weekly counts and the incidents per day. Increments are an UPDATE that adds, then an INSERT for the cells that
 * had no row yet: portable SQL, and no increment is lost when two transactions add to the same cell (the UPDATE waits
 * for the other's row lock and adds to its result). Two transactions inserting the same new cell make one fail on the
 * primary key; {@link SeriesCounter} retries the whole batch then.
 */
@Repository
public class CountRepository {

    private static final Comparator<PeriodCell> PERIOD_ORDER = Comparator.comparing(
                    (PeriodCell c) -> c.key().source())
            .thenComparing(c -> c.key().scope())
            .thenComparing(c -> c.key().subject())
            .thenComparing(c -> c.key().region())
            .thenComparing(PeriodCell::start);
    private static final Comparator<DayCell> DAY_ORDER = Comparator.comparing(DayCell::substance)
            .thenComparing(DayCell::region)
            .thenComparing(DayCell::day);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    CountRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Marks a batch as counted; false if it was already. */
    boolean markCounted(UUID batchId, Instant now) {
        boolean counted = jdbc.sql("SELECT COUNT(*) FROM surveillance_batch WHERE batch_id = :id")
                        .param("id", batchId)
                        .query(Long.class)
                        .single()
                > 0;
        if (counted) {
            return false;
        }
        jdbc.sql("INSERT INTO surveillance_batch (batch_id, counted_at) VALUES (:id, :at)")
                .param("id", batchId)
                .param("at", Timestamp.from(now))
                .update();
        return true;
    }

    /** Adds the counts; call in a transaction. Cells are written in a fixed order, so two batches cannot deadlock. */
    public void add(BatchCounts counts) {
        increment(
                counts.weeks().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey(PERIOD_ORDER))
                        .map(e -> week(e.getKey(), e.getValue()))
                        .toList(),
                """
                UPDATE surveillance_count SET n = n + :n
                WHERE source = :source AND scope = :scope AND subject = :subject AND region = :region AND week = :week
                """,
                """
                INSERT INTO surveillance_count (source, scope, subject, region, week, n)
                VALUES (:source, :scope, :subject, :region, :week, :n)
                """);
        increment(
                counts.months().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey(PERIOD_ORDER))
                        .map(e -> week(e.getKey(), e.getValue()))
                        .toList(),
                """
                UPDATE surveillance_month_count SET n = n + :n
                WHERE source = :source AND scope = :scope AND subject = :subject AND region = :region AND month_start = :week
                """,
                """
                INSERT INTO surveillance_month_count (source, scope, subject, region, month_start, n)
                VALUES (:source, :scope, :subject, :region, :week, :n)
                """);
        increment(
                counts.days().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey(DAY_ORDER))
                        .map(e -> new MapSqlParameterSource()
                                .addValue("substance", e.getKey().substance())
                                .addValue("region", e.getKey().region())
                                .addValue("day", e.getKey().day())
                                .addValue("n", e.getValue()))
                        .toList(),
                """
                UPDATE surveillance_incident_day SET n = n + :n
                WHERE substance = :substance AND region = :region AND on_day = :day
                """,
                """
                INSERT INTO surveillance_incident_day (substance, region, on_day, n) VALUES (:substance, :region, :day, :n)
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

    private static MapSqlParameterSource week(PeriodCell cell, long n) {
        return new MapSqlParameterSource()
                .addValue("source", cell.key().source().name())
                .addValue("scope", cell.key().scope().name())
                .addValue("subject", cell.key().subject())
                .addValue("region", cell.key().region())
                .addValue("week", cell.start())
                .addValue("n", n);
    }

    /** The counts of one series from one Monday to another, inclusive, by Monday. */
    Map<LocalDate, Long> counts(SeriesKey key, LocalDate from, LocalDate to) {
        Map<LocalDate, Long> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT week, n FROM surveillance_count
                        WHERE source = :source AND scope = :scope AND subject = :subject AND region = :region
                          AND week BETWEEN :from AND :to
                        """)
                .param("source", key.source().name())
                .param("scope", key.scope().name())
                .param("subject", key.subject())
                .param("region", key.region())
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    counts.put(rs.getObject("week", LocalDate.class), rs.getLong("n"));
                });
        return counts;
    }

    /**
     * The counts of a subject in every region (GGD regions and {@code NL}) from one period start to another, inclusive:
     * weeks by Monday or calendar months by their first day.
     */
    List<RegionCount> regionCounts(
            ObservationKind source,
            SeriesKey.Scope scope,
            String subject,
            CountPeriod period,
            LocalDate from,
            LocalDate to) {
        String table = period == CountPeriod.WEEK ? "surveillance_count" : "surveillance_month_count";
        String start = period == CountPeriod.WEEK ? "week" : "month_start";
        return jdbc.sql("SELECT region, " + start + " AS period_start, n FROM " + table
                        + " WHERE source = :source AND scope = :scope AND subject = :subject"
                        + " AND " + start + " BETWEEN :from AND :to")
                .param("source", source.name())
                .param("scope", scope.name())
                .param("subject", subject)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new RegionCount(
                        rs.getString("region"), rs.getObject("period_start", LocalDate.class), rs.getLong("n")))
                .list();
    }

    /** Every count from one Monday to another, inclusive. */
    void eachCount(LocalDate from, LocalDate to, Consumer<Count> action) {
        jdbc.sql("""
                        SELECT source, scope, subject, region, week, n FROM surveillance_count
                        WHERE week BETWEEN :from AND :to
                        """).param("from", from).param("to", to).query(rs -> {
            action.accept(new Count(
                    new SeriesKey(
                            ObservationKind.valueOf(rs.getString("source")),
                            SeriesKey.Scope.valueOf(rs.getString("scope")),
                            rs.getString("subject"),
                            rs.getString("region")),
                    rs.getObject("week", LocalDate.class),
                    rs.getLong("n")));
        });
    }

    /** The Monday of the first week with a record of each source. */
    Map<ObservationKind, LocalDate> firstWeeks() {
        Map<ObservationKind, LocalDate> first = new EnumMap<>(ObservationKind.class);
        jdbc.sql("""
                        SELECT source, MIN(week) AS first_week FROM surveillance_count
                        WHERE scope = 'ALL' GROUP BY source
                        """).query(rs -> {
            first.put(ObservationKind.valueOf(rs.getString("source")), rs.getObject("first_week", LocalDate.class));
        });
        return first;
    }

    /** Incidents per substance, GGD region and day, from one day to another, inclusive. */
    List<DayCount> incidentDays(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT substance, region, on_day, n FROM surveillance_incident_day WHERE on_day BETWEEN :from AND :to
                        """)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new DayCount(
                        rs.getString("substance"),
                        rs.getString("region"),
                        rs.getObject("on_day", LocalDate.class),
                        rs.getLong("n")))
                .list();
    }

    record Count(SeriesKey key, LocalDate monday, long n) {}

    record DayCount(String substance, String region, LocalDate day, long n) {}
}
