/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The 25 GGD regions as the zones of the space-time scan, placed at their area centroids. The centroids were computed
 * once from the region outlines the application serves ({@code static/geo/ggdregio_2023.topojson}) into {@code
 * surveillance/ggd-centroids.csv}; SurveillanceCentroidsUnitTests checks them against the outlines.
 */
public final class GgdCentroids {

    public static final String RESOURCE = "surveillance/ggd-centroids.csv";

    private final List<String> codes;
    private final double[] latitudes;
    private final double[] longitudes;
    private final Map<String, Integer> index = new HashMap<>();

    private GgdCentroids(List<String> codes, double[] latitudes, double[] longitudes) {
        this.codes = List.copyOf(codes);
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        for (int i = 0; i < codes.size(); i++) {
            index.put(codes.get(i), i);
        }
    }

    public static GgdCentroids shipped() {
        var in = Objects.requireNonNull(
                GgdCentroids.class.getClassLoader().getResourceAsStream(RESOURCE), () -> "no " + RESOURCE);
        List<String> codes = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.startsWith("code,") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                codes.add(cells[0]);
                points.add(new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GgdCentroids(
                codes,
                points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
    }

    public List<String> codes() {
        return codes;
    }

    /** The zone index of a GGD region, -1 for a code that is not one. */
    public int indexOf(String code) {
        return index.getOrDefault(code, -1);
    }

    public double[] latitudes() {
        return latitudes.clone();
    }

    public double[] longitudes() {
        return longitudes.clone();
    }
}
