/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.estimate.Histories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The uploaded capture histories. */
@Repository
class EstimateRepository {

    private final JdbcClient jdbc;

    EstimateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void save(Dataset dataset) {
        Dataset.Benchmark b = dataset.benchmark();
        jdbc.sql("""
                        INSERT INTO estimate_dataset (id, name, lists, created_at, created_by, benchmark_label,
                            benchmark_count, multiplier, multiplier_low, multiplier_high)
                        VALUES (:id, :name, :lists, :at, :by, :label, :count, :multiplier, :low, :high)
                        """)
                .param("id", dataset.id())
                .param("name", dataset.name())
                .param("lists", String.join(",", dataset.histories().lists()))
                .param("at", Timestamp.from(dataset.createdAt()))
                .param("by", dataset.createdBy())
                .param("label", b == null ? null : b.label())
                .param("count", b == null ? null : b.count())
                .param("multiplier", b == null ? null : b.multiplier())
                .param("low", b == null ? null : b.low())
                .param("high", b == null ? null : b.high())
                .update();
        dataset.histories()
                .strata()
                .forEach((stratum, counts) -> counts.forEach((history, people) -> jdbc.sql("""
                        INSERT INTO estimate_cell (dataset_id, stratum, history, people)
                        VALUES (:id, :stratum, :history, :people)
                        """)
                        .param("id", dataset.id())
                        .param("stratum", stratum)
                        .param("history", history)
                        .param("people", people)
                        .update()));
    }

    /** Every upload, newest first, without its histories. */
    List<DatasetSummary> list() {
        return jdbc.sql("""
                        SELECT d.id, d.name, d.lists, d.created_at, d.created_by,
                               (SELECT SUM(c.people) FROM estimate_cell c WHERE c.dataset_id = d.id) AS observed
                        FROM estimate_dataset d ORDER BY d.created_at DESC, d.name
                        """)
                .query((rs, i) -> new DatasetSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        Arrays.asList(rs.getString("lists").split(",")),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"),
                        rs.getLong("observed")))
                .list();
    }

    Optional<Dataset> find(UUID id) {
        Map<String, Map<String, Long>> strata = new HashMap<>();
        jdbc.sql("SELECT stratum, history, people FROM estimate_cell WHERE dataset_id = :id")
                .param("id", id)
                .query(rs -> {
                    strata.computeIfAbsent(rs.getString("stratum"), s -> new HashMap<>())
                            .put(rs.getString("history"), rs.getLong("people"));
                });
        return jdbc.sql("SELECT * FROM estimate_dataset WHERE id = :id")
                .param("id", id)
                .query((rs, i) -> dataset(rs, strata))
                .optional();
    }

    private static Dataset dataset(ResultSet rs, Map<String, Map<String, Long>> strata) throws SQLException {
        long count = rs.getLong("benchmark_count");
        Dataset.Benchmark benchmark = rs.wasNull()
                ? null
                : new Dataset.Benchmark(
                        rs.getString("benchmark_label"),
                        count,
                        rs.getBigDecimal("multiplier").stripTrailingZeros(),
                        plain(rs.getBigDecimal("multiplier_low")),
                        plain(rs.getBigDecimal("multiplier_high")));
        return new Dataset(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                new Histories(
                        new ArrayList<>(Arrays.asList(rs.getString("lists").split(","))), strata),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                benchmark);
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.stripTrailingZeros();
    }
}
