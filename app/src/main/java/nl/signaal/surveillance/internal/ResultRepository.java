/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.surveillance.SeriesKey;
import nl.signaal.surveillance.SpaceTimeClusterDetected;
import nl.signaal.surveillance.StatisticsRun;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Results of the statistics runs, the runs themselves and the clusters published. */
@Repository
public class ResultRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ResultRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The series whose alarm for this week and method has been published. */
    Set<SeriesKey> published(LocalDate week, String method) {
        Set<SeriesKey> published = new HashSet<>();
        jdbc.sql("""
                        SELECT source, scope, subject, region FROM surveillance_result
                        WHERE week = :week AND method = :method AND published
                        """).param("week", week).param("method", method).query(rs -> {
            published.add(new SeriesKey(
                    ObservationKind.valueOf(rs.getString("source")),
                    SeriesKey.Scope.valueOf(rs.getString("scope")),
                    rs.getString("subject"),
                    rs.getString("region")));
        });
        return published;
    }

    /** Replaces the results of a week and method by these. */
    void replace(LocalDate week, String method, UUID runId, List<Result> results) {
        jdbc.sql("DELETE FROM surveillance_result WHERE week = :week AND method = :method")
                .param("week", week)
                .param("method", method)
                .update();
        batch.batchUpdate(
                """
                INSERT INTO surveillance_result (source, scope, subject, region, week, method, observed, expected,
                                                 upperbound, alarm, published, years_back, run_id)
                VALUES (:source, :scope, :subject, :region, :week, :method, :observed, :expected, :upperbound, :alarm,
                        :published, :yearsBack, :runId)
                """,
                results.stream()
                        .map(r -> new MapSqlParameterSource()
                                .addValue("source", r.key().source().name())
                                .addValue("scope", r.key().scope().name())
                                .addValue("subject", r.key().subject())
                                .addValue("region", r.key().region())
                                .addValue("week", week)
                                .addValue("method", method)
                                .addValue("observed", r.observed())
                                .addValue("expected", r.expected())
                                .addValue("upperbound", r.upperbound())
                                .addValue("alarm", r.alarm())
                                .addValue("published", r.published())
                                .addValue("yearsBack", r.yearsBack())
                                .addValue("runId", runId))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /** The stored results of one series and method by Monday, from one Monday to another, inclusive. */
    Map<LocalDate, Result> results(SeriesKey key, String method, LocalDate from, LocalDate to) {
        Map<LocalDate, Result> results = new HashMap<>();
        jdbc.sql("""
                        SELECT week, observed, expected, upperbound, alarm, published, years_back FROM surveillance_result
                        WHERE source = :source AND scope = :scope AND subject = :subject AND region = :region
                          AND method = :method AND week BETWEEN :from AND :to
                        """)
                .param("source", key.source().name())
                .param("scope", key.scope().name())
                .param("subject", key.subject())
                .param("region", key.region())
                .param("method", method)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    results.put(
                            rs.getObject("week", LocalDate.class),
                            new Result(
                                    key,
                                    rs.getLong("observed"),
                                    rs.getObject("expected", Double.class),
                                    rs.getObject("upperbound", Double.class),
                                    rs.getBoolean("alarm"),
                                    rs.getBoolean("published"),
                                    rs.getInt("years_back")));
                });
        return results;
    }

    void insertRun(StatisticsRun run, Instant startedAt) {
        jdbc.sql("""
                        INSERT INTO surveillance_run (id, week, started_at, duration_ms, series_evaluated,
                                                      series_skipped, alarms, clusters)
                        VALUES (:id, :week, :startedAt, :duration, :evaluated, :skipped, :alarms, :clusters)
                        """)
                .param("id", run.id())
                .param("week", run.week().monday())
                .param("startedAt", Timestamp.from(startedAt))
                .param("duration", run.durationMillis())
                .param("evaluated", run.seriesEvaluated())
                .param("skipped", run.seriesSkipped())
                .param("alarms", run.alarms())
                .param("clusters", run.clusters())
                .update();
    }

    /** Records a cluster; false if the same cluster (substance, regions, first day) was recorded before. */
    boolean recordCluster(SpaceTimeClusterDetected cluster) {
        String regions = String.join(",", cluster.regions());
        boolean known = jdbc.sql("""
                                SELECT COUNT(*) FROM surveillance_cluster
                                WHERE substance = :substance AND regions = :regions AND from_day = :from
                                """)
                        .param("substance", cluster.substance())
                        .param("regions", regions)
                        .param("from", cluster.from())
                        .query(Long.class)
                        .single()
                > 0;
        if (known) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO surveillance_cluster (substance, regions, from_day, to_day, observed, expected,
                                                          p_value, run_id)
                        VALUES (:substance, :regions, :from, :to, :observed, :expected, :p, :run)
                        """)
                .param("substance", cluster.substance())
                .param("regions", regions)
                .param("from", cluster.from())
                .param("to", cluster.to())
                .param("observed", cluster.observed())
                .param("expected", cluster.expected())
                .param("p", cluster.pValue())
                .param("run", cluster.runId())
                .update();
        return true;
    }

    /**
     * One evaluated week of a series.
     *
     * @param expected {@code null} where the method gave none
     * @param published whether the alarm event for this series, week and method has gone out
     * @param yearsBack the {@code b} used
     */
    record Result(
            SeriesKey key,
            long observed,
            @Nullable Double expected,
            @Nullable Double upperbound,
            boolean alarm,
            boolean published,
            int yearsBack) {}
}
