/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.util.List;
import nl.signaal.ingest.TabletFeatures;
import nl.signaal.ingest.TabletFeatures.ScoreLine;
import org.jspecify.annotations.Nullable;

/**
 * What a tablet looks like: logo, colour, size and weight, as drug-checking services record them. Ecstasy tablets
 * weigh 250-500 mg and measure 8-12 mm (DIMS); logos are brands and cartoon figures, many produced for years. The
 * logos of the default scenario's events ("Tesla", "Superman", "80") are left out of the baseline so that they stand
 * out.
 */
final class TabletLooks {

    private static final List<String> LOGOS = List.of(
            "Philipp Plein",
            "Red Bull",
            "Rolex",
            "Bugatti",
            "Punisher",
            "Heineken",
            "Blue Punisher",
            "Domino's",
            "Instagram",
            "Mitsubishi",
            "Louis Vuitton",
            "Donkey Kong",
            "Pac-Man",
            "Skull",
            "Heart",
            "Star",
            "Crown",
            "Playboy",
            "Lego",
            "Minion",
            "Homer",
            "Batman",
            "Transformers",
            "UPS",
            "Audi",
            "Ferrari",
            "Lamborghini",
            "Bitcoin",
            "Grinch",
            "Pikachu",
            "Diamond");
    private static final Weighted<String> COLOURS = Weighted.of("pink", 20)
            .or("blue", 15)
            .or("orange", 12)
            .or("green", 12)
            .or("yellow", 10)
            .or("purple", 10)
            .or("white", 8)
            .or("grey", 5)
            .or("brown", 4)
            .or("multicolour", 4);

    private TabletLooks() {}

    static TabletFeatures ecstasy(Draws draws) {
        return of(
                draws.chance(0.9) ? draws.pick(LOGOS) : null,
                draws.pick(COLOURS),
                draws.normal(340, 50, 200, 600),
                draws);
    }

    static TabletFeatures small(Draws draws) {
        return of(null, draws.pick(COLOURS), draws.normal(150, 30, 60, 300), draws);
    }

    /** A tablet with the given logo and colour; size and score line are drawn. */
    static TabletFeatures of(@Nullable String logo, @Nullable String colour, double weightMg, Draws draws) {
        return new TabletFeatures(
                logo,
                colour,
                Rounding.round(draws.normal(10, 1, 7, 13), 1),
                Rounding.round(draws.normal(5, 0.6, 3, 8), 1),
                Rounding.round(weightMg, 0),
                draws.pick(
                        Weighted.of(ScoreLine.NONE, 70).or(ScoreLine.SINGLE, 25).or(ScoreLine.CROSS, 5)));
    }
}
