/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameResolverUnitTests {

    private final NameResolver resolver = new NameResolver(List.of(
            Map.entry("MDMA", "mdma"),
            Map.entry("3,4-methylenedioxymethamphetamine", "mdma"),
            Map.entry("cocaine", "cocaine"),
            Map.entry("benzoylecgonine", "benzoylecgonine"),
            Map.entry("protonitazene", "protonitazene"),
            Map.entry("N-pyrrolidino etonitazene", "etonitazepyne"),
            Map.entry("amphetamine", "amphetamine"),
            Map.entry("methamphetamine", "methamphetamine"),
            Map.entry("caffeine", "caffeine"),
            Map.entry("3-MMC", "3-mmc"),
            Map.entry("4-MMC", "4-mmc"),
            Map.entry("heroin", "heroin")));

    @Test
    void theNamesLabsWriteAreRecognised() {
        assertThat(resolver.resolve("MDMA").substanceId()).isEqualTo("mdma");
        assertThat(resolver.resolve("  mdma ").method()).isEqualTo(NameResolver.Method.EXACT);
        assertThat(resolver.resolve("MDMA HCl").substanceId()).isEqualTo("mdma");
        assertThat(resolver.resolve("MDMA·HCl").substanceId()).isEqualTo("mdma");
        assertThat(resolver.resolve("Cocaïne").substanceId()).isEqualTo("cocaine");
        assertThat(resolver.resolve("cocaine hydrochloride").substanceId()).isEqualTo("cocaine");
        assertThat(resolver.resolve("Protonitazeen").substanceId()).isEqualTo("protonitazene");
        assertThat(resolver.resolve("n-pyrrolidino-etonitazene").substanceId()).isEqualTo("etonitazepyne");
        assertThat(resolver.resolve("amfetamine").substanceId()).isEqualTo("amphetamine");
        assertThat(resolver.resolve("Methamfetamine").substanceId()).isEqualTo("methamphetamine");
        assertThat(resolver.resolve("metamfetamine").substanceId()).isEqualTo("methamphetamine");
        assertThat(resolver.resolve("cafeïne").substanceId()).isEqualTo("caffeine");
        assertThat(resolver.resolve("heroïne").substanceId()).isEqualTo("heroin");
        assertThat(resolver.resolve("benzoylecgonine (BZ)").substanceId()).isEqualTo("benzoylecgonine");
    }

    @Test
    void aPositionalPrefixIsDroppedOnlyWhereNoIsomerCouldBeMeant() {
        var mdma = resolver.resolve("3,4-MDMA");
        assertThat(mdma.substanceId()).isEqualTo("mdma");
        assertThat(mdma.method()).isEqualTo(NameResolver.Method.POSITIONAL_PREFIX);
        assertThat(resolver.resolve("3-MMC").substanceId()).isEqualTo("3-mmc");
        assertThat(resolver.resolve("2-MMC").resolved())
                .as("2-MMC is neither 3-MMC nor 4-MMC")
                .isFalse();
    }

    @Test
    void anUnknownNameGetsRankedSuggestionsAndIsNotGuessed() {
        var typo = resolver.resolve("protonitazine");
        assertThat(typo.resolved()).isFalse();
        assertThat(typo.suggestions()).first().isEqualTo("protonitazene");
        assertThat(resolver.resolve("something else entirely").suggestions()).isEmpty();
        assertThat(resolver.resolve("").resolved()).isFalse();
    }
}
