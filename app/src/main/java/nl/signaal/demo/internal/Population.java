/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The 25 GGD regions with their inhabitants, to spread records over the country. Populations approximate the CBS
 * figures for 1 January 2023 (StatLine "Regionale kerncijfers Nederland", summed over each GGD region's
 * municipalities), rounded to tens of thousands and good to a few percent; they add up to about 17.8 million, the
 * Dutch population. The city names the region's (fictional) drug-checking service.
 */
final class Population {

    /** A GGD region: CBS code, inhabitants in thousands, main city. */
    record Region(String code, int thousands, String city) {}

    static final List<Region> REGIONS = List.of(
            new Region("GG0111", 590, "Groningen"),
            new Region("GG0706", 500, "Assen"),
            new Region("GG1009", 540, "Zwolle"),
            new Region("GG1106", 635, "Enschede"),
            new Region("GG1413", 830, "Apeldoorn"),
            new Region("GG1911", 700, "Arnhem"),
            new Region("GG2014", 570, "Nijmegen"),
            new Region("GG2209", 440, "Almere"),
            new Region("GG2514", 1_380, "Utrecht"),
            new Region("GG2707", 680, "Alkmaar"),
            new Region("GG3109", 550, "Haarlem"),
            new Region("GG3406", 1_150, "Amsterdam"),
            new Region("GG3606", 260, "Hilversum"),
            new Region("GG4506", 830, "Leiden"),
            new Region("GG4607", 1_320, "Rotterdam"),
            new Region("GG4816", 450, "Dordrecht"),
            new Region("GG5006", 390, "Middelburg"),
            new Region("GG5206", 720, "Breda"),
            new Region("GG5406", 1_120, "Tilburg"),
            new Region("GG5608", 790, "Eindhoven"),
            new Region("GG6011", 520, "Venlo"),
            new Region("GG6106", 600, "Maastricht"),
            new Region("GG7014", 1_150, "Den Haag"),
            new Region("GG7206", 660, "Leeuwarden"),
            new Region("GG7306", 350, "Zaandam"));

    /** The four big cities, where crack and heroin are concentrated (Nationale Drug Monitor, "Crack" and "Opioids"). */
    static final List<String> BIG_CITIES = List.of("GG3406", "GG4607", "GG7014", "GG2514");

    private static final int TOTAL =
            REGIONS.stream().mapToInt(Region::thousands).sum();

    private Population() {}

    static boolean isRegion(@Nullable String code) {
        return find(code) != null;
    }

    static @Nullable Region find(@Nullable String code) {
        return REGIONS.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
    }

    static String city(String code) {
        Region region = find(code);
        return region == null ? code : region.city();
    }

    /** The region's share of the country's inhabitants. */
    static double share(String code) {
        Region region = find(code);
        return region == null ? 0 : (double) region.thousands() / TOTAL;
    }

    /** Regions weighted by inhabitants times {@code factor}. */
    static Weighted<String> weighted(ToDoubleFunction<String> factor) {
        return Weighted.from(
                REGIONS.stream().map(Region::code).toList(),
                code -> java.util.Objects.requireNonNull(find(code)).thousands() * factor.applyAsDouble(code));
    }

    static Weighted<String> byInhabitants() {
        return weighted(code -> 1);
    }
}
