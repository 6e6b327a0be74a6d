/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.signaal.stats.detection.DetectionMethod;
import nl.signaal.stats.detection.EarsC;
import nl.signaal.stats.detection.FarringtonFlexible;
import nl.signaal.stats.detection.FarringtonOptions;
import org.jspecify.annotations.Nullable;

/**
 * The detection methods the harnesses of issue 4 compare, with the options of the R reference runs ({@code
 * r_anchor.R}, {@code r_noufaily_sim.R}), so that every figure has its R counterpart.
 */
final class EvaluatedMethods {

    /**
     * A configured method.
     *
     * @param key short name for the command line (e.g. {@code improved})
     * @param rColumn the suffix of its column in {@code sim_noufaily_*.csv} ({@code imp}, {@code org}), or {@code null}
     *     when R's replication did not run it
     */
    record Named(
            String key,
            String name,
            DetectionMethod method,
            @Nullable String rColumn) {}

    private EvaluatedMethods() {}

    /** Every method, in table order. */
    static List<Named> all() {
        List<Named> methods = new ArrayList<>();
        // r_anchor.R con.noufaily and con.farrington, also the options of r_noufaily_sim.R
        methods.add(new Named(
                "improved", "Farrington improved", new FarringtonFlexible(FarringtonOptions.noufaily()), "imp"));
        methods.add(new Named(
                "original", "Farrington original", new FarringtonFlexible(FarringtonOptions.original()), "org"));
        methods.add(new Named("c1", "EARS C1", EarsC.c1(), null));
        methods.add(new Named("c2", "EARS C2", EarsC.c2(), null));
        methods.add(new Named("c3", "EARS C3", EarsC.c3(), null));
        methods.add(new Named("cusum", "NB CUSUM", new CusumOnReferenceMean(), null));
        return methods;
    }

    /** The methods named in {@code keys} (comma-separated, or {@code all}), in table order. */
    static List<Named> select(String keys) {
        if (keys.equals("all")) {
            return all();
        }
        List<String> wanted = List.of(keys.toLowerCase(Locale.ROOT).split(","));
        List<Named> selected =
                all().stream().filter(m -> wanted.contains(m.key())).toList();
        if (selected.size() != wanted.size()) {
            throw new IllegalArgumentException("unknown method in '" + keys + "'; known: "
                    + all().stream().map(Named::key).toList());
        }
        return selected;
    }
}
