/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.time.LocalDate;
import java.util.List;
import nl.signaal.ingest.Coded;
import nl.signaal.ingest.IndicatorRecord;
import nl.signaal.ingest.Period;
import nl.signaal.ingest.WastewaterRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the stored measurements (wastewater loads, published indicators) back, for charts. */
@Repository
public class MeasurementRepository {

    private final JdbcClient jdbc;

    MeasurementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The measurements of a metabolite over periods that start between two days (inclusive), by city and period. */
    public List<WastewaterRecord> wastewater(String metabolite, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT external_id, site_id, city, country, region_code, metabolite, period_start, period_end,
                               load_mg_per_day_per_1000, population_served
                        FROM ingest_wastewater
                        WHERE metabolite = :metabolite AND period_start BETWEEN :from AND :to
                        ORDER BY city, period_start
                        """)
                .param("metabolite", metabolite)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new WastewaterRecord(
                        rs.getString("external_id"),
                        rs.getString("site_id"),
                        rs.getString("city"),
                        rs.getString("country"),
                        rs.getString("region_code"),
                        rs.getString("metabolite"),
                        new Period(
                                rs.getObject("period_start", LocalDate.class),
                                rs.getObject("period_end", LocalDate.class)),
                        rs.getBigDecimal("load_mg_per_day_per_1000"),
                        rs.getObject("population_served", Integer.class)))
                .list();
    }

    /** The metabolites measured, by name. */
    public List<String> metabolites() {
        return jdbc.sql("SELECT DISTINCT metabolite FROM ingest_wastewater ORDER BY metabolite")
                .query(String.class)
                .list();
    }

    /** The indicators about a substance (as named by the publisher), by indicator, group and period. */
    public List<IndicatorRecord> indicators(String substance) {
        return jdbc.sql("""
                        SELECT external_id, indicator, substance, population_group, country, region_code, period_start,
                               period_end, indicator_value, unit, ci_low, ci_high, sample_size
                        FROM ingest_indicator WHERE substance = :substance
                        ORDER BY indicator, population_group, period_start
                        """)
                .param("substance", substance)
                .query((rs, row) -> new IndicatorRecord(
                        rs.getString("external_id"),
                        Coded.parseOrThrow(IndicatorRecord.Indicator.class, rs.getString("indicator")),
                        rs.getString("substance"),
                        rs.getString("population_group"),
                        rs.getString("country"),
                        rs.getString("region_code"),
                        new Period(
                                rs.getObject("period_start", LocalDate.class),
                                rs.getObject("period_end", LocalDate.class)),
                        rs.getBigDecimal("indicator_value"),
                        Coded.parseOrThrow(IndicatorRecord.Unit.class, rs.getString("unit")),
                        rs.getBigDecimal("ci_low"),
                        rs.getBigDecimal("ci_high"),
                        rs.getObject("sample_size", Integer.class)))
                .list();
    }

    /** The substances indicators are published about, by name. */
    public List<String> indicatorSubstances() {
        return jdbc.sql(
                        "SELECT DISTINCT substance FROM ingest_indicator WHERE substance IS NOT NULL ORDER BY substance")
                .query(String.class)
                .list();
    }
}
