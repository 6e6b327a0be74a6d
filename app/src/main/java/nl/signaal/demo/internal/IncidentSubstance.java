/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The main substance of a drug incident, with its share of all incidents and the names reporters use for it.
 *
 * <p>Shares approximate the Monitor Drugsincidenten (Trimbos-instituut, annual reports 2021-2023; ambulances,
 * emergency departments, first aid at events and forensic doctors): GHB, ecstasy and cocaine each about a fifth,
 * then cannabis, amphetamine, ketamine, nitrous oxide, 3-MMC, crack and heroin. Crack and heroin incidents are three
 * times as common, relative to population, in the four big cities.
 */
@SuppressWarnings("ImmutableEnumChecker") // Weighted is never changed once built
enum IncidentSubstance {
    GHB(21, Group.PARTY, Weighted.of("GHB", 75).or("G", 15).or("GHB/GBL", 10)),
    ECSTASY(18, Group.PARTY, Weighted.of("XTC", 55).or("ecstasy", 20).or("MDMA", 25)),
    COCAINE(18, Group.COCAINE, Weighted.of("cocaine", 55).or("coke", 20).or("cocaïne", 25)),
    CANNABIS(11, Group.CANNABIS, Weighted.of("cannabis", 60).or("wiet", 30).or("hasj", 10)),
    AMPHETAMINE(7, Group.PARTY, Weighted.of("speed", 55).or("amfetamine", 35).or("amphetamine", 10)),
    KETAMINE(6, Group.PARTY, Weighted.of("ketamine", 80).or("keta", 20)),
    NITROUS_OXIDE(
            6, Group.PARTY, Weighted.of("lachgas", 70).or("nitrous oxide", 20).or("N2O", 10)),
    THREE_MMC(4, Group.PARTY, Weighted.of("3-MMC", 90).or("3MMC", 10)),
    CRACK(3, Group.STREET, Weighted.of("crack", 60).or("crack cocaine", 25).or("cocaine base", 15)),
    HEROIN(3, Group.STREET, Weighted.of("heroïne", 50).or("heroin", 30).or("methadon", 20)),
    PSYCHEDELICS(2, Group.PARTY, Weighted.of("LSD", 50).or("paddo's", 35).or("psilocybine", 15)),
    TWO_CB(1, Group.PARTY, Weighted.of("2C-B", 100));

    /** Who has incidents with it: sets where they happen and the ages involved. */
    enum Group {
        PARTY,
        COCAINE,
        CANNABIS,
        STREET
    }

    private static final Map<String, Weighted<IncidentSubstance>> BY_REGION = byRegion();

    final double share;
    final Group group;
    final Weighted<String> names;

    IncidentSubstance(double share, Group group, Weighted<String> names) {
        this.share = share;
        this.group = group;
        this.names = names;
    }

    /** The mix of main substances in a region. */
    static Weighted<IncidentSubstance> in(String region) {
        Weighted<IncidentSubstance> mix = BY_REGION.get(region);
        if (mix == null) {
            throw new IllegalArgumentException(region + " is not a GGD region");
        }
        return mix;
    }

    /**
     * The substance a name stands for, ignoring case, spaces and hyphens: the constant's name ({@code crack}, {@code
     * nitrous_oxide}) or any name reporters use ({@code crack cocaine}, {@code lachgas}).
     */
    static @Nullable IncidentSubstance named(String name) {
        String wanted = plain(name);
        for (IncidentSubstance substance : values()) {
            if (plain(substance.name()).equals(wanted)
                    || substance.names.items().stream().anyMatch(n -> plain(n).equals(wanted))) {
                return substance;
            }
        }
        return null;
    }

    static List<String> knownNames() {
        return java.util.Arrays.stream(values())
                .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
    }

    private double weightIn(String region) {
        return group == Group.STREET && Population.BIG_CITIES.contains(region) ? 3 * share : share;
    }

    private static String plain(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    private static Map<String, Weighted<IncidentSubstance>> byRegion() {
        Map<String, Weighted<IncidentSubstance>> map = new LinkedHashMap<>();
        for (Population.Region region : Population.REGIONS) {
            map.put(region.code(), Weighted.from(List.of(values()), s -> s.weightIn(region.code())));
        }
        return Map.copyOf(map);
    }
}
