/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.region.LatLon;
import nl.signaal.region.Region;
import nl.signaal.region.RegionKind;
import nl.signaal.region.RegionOutlines;
import nl.signaal.region.Regions;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GGD regions and provinces as GeoJSON for the map charts (the browser's chart library reads GeoJSON, the map
 * files are TopoJSON): one feature per region with its CBS code as {@code name}, outer rings only.
 */
@RestController
class RegionShapes {

    private final Map<String, String> geoJson = new LinkedHashMap<>();

    RegionShapes(Regions regions) {
        RegionOutlines outlines = new RegionOutlines();
        for (Filters.Level level : Filters.Level.values()) {
            List<Region> areas = regions.all(level == Filters.Level.GGD ? RegionKind.GGD_REGION : RegionKind.PROVINCE);
            List<Map<String, Object>> features = new ArrayList<>();
            for (Region area : areas) {
                List<List<List<List<Double>>>> polygons = new ArrayList<>();
                for (List<LatLon> ring : outlines.outline(area.code().value())) {
                    polygons.add(List.of(ring.stream()
                            .map(p -> List.of(p.longitude(), p.latitude()))
                            .toList()));
                }
                features.add(Map.of(
                        "type", "Feature",
                        "properties", Map.of("name", area.code().value(), "title", area.name()),
                        "geometry", Map.of("type", "MultiPolygon", "coordinates", polygons)));
            }
            geoJson.put(
                    level.name(),
                    JsonMapper.shared().writeValueAsString(Map.of("type", "FeatureCollection", "features", features)));
        }
    }

    @GetMapping("/dashboard/geo/{level}.json")
    ResponseEntity<String> shapes(@PathVariable String level) {
        String json = geoJson.get(level.toUpperCase(java.util.Locale.ROOT));
        if (json == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
                .body(json);
    }
}
