/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.region.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.signaal.region.Region;
import nl.signaal.region.RegionKind;
import nl.signaal.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RegionRepository {

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Region> findAll() {
        return jdbc.sql("""
                        SELECT code, name, kind, province_code
                        FROM region_region
                        """)
                .query((rs, n) -> {
                    String province = rs.getString("province_code");
                    return new Region(
                            new RegionCode(rs.getString("code")),
                            rs.getString("name"),
                            RegionKind.valueOf(rs.getString("kind")),
                            province == null ? null : new RegionCode(province));
                })
                .list();
    }

    /** Place name to GGD region code. */
    public Map<String, String> findPlaces() {
        return jdbc
                .sql("SELECT name, region_code FROM region_place")
                .query((rs, n) -> Map.entry(rs.getString("name"), rs.getString("region_code")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
