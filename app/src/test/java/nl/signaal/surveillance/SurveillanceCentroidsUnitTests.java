/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.signaal.region.TopoJson;
import nl.signaal.surveillance.internal.GgdCentroids;
import org.junit.jupiter.api.Test;

/** The scan's zone centroids agree with the GGD region outlines the application serves. */
class SurveillanceCentroidsUnitTests {

    @Test
    void everyGgdRegionHasTheCentroidOfItsOutline() {
        Map<String, TopoJson.Area> areas = TopoJson.read(TopoJson.GGD_REGIONS);
        GgdCentroids centroids = GgdCentroids.shipped();

        assertThat(centroids.codes()).containsExactlyInAnyOrderElementsOf(areas.keySet());
        double[] latitudes = centroids.latitudes();
        double[] longitudes = centroids.longitudes();
        for (int i = 0; i < latitudes.length; i++) {
            TopoJson.Area area = areas.get(centroids.codes().get(i));
            assertThat(area.geometry().getCentroid().distance(TopoJson.point(latitudes[i], longitudes[i])))
                    .as("%s: centroid as JTS computes it, in degrees", area.code())
                    .isLessThan(1e-3);
        }
        assertThat(centroids.indexOf("GG4607")).isNotNegative();
        assertThat(centroids.indexOf("PV27")).isEqualTo(-1);
    }
}
