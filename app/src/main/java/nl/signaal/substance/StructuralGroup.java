/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The groups {@link StructureClassifier} assigns from a chemical structure. The ids are part of the {@code ./signaal
 * classify} contract (DESIGN §5); each group's pattern and legal basis are in {@code substance/structural-groups.csv}.
 *
 * <p>Only the groups of kind {@link Kind#GENERIC_LISTING} model a legal text. {@link #OPIOIDS} is a pharmacological
 * class implied by two of them; {@link #NITAZENES_BROAD} is an early-warning net for expert review that also catches
 * structures outside the legal nitazene group (a substituted benzylic carbon, any amine).
 */
public enum StructuralGroup {
    /** 2-benzylbenzimidazole opioids; UK MDA 1971 generic definition (2025), Dutch draft list IA group. */
    NITAZENES("nitazenes", Kind.GENERIC_LISTING, "nitazene", 500.0),
    /** Fentanyl-related substances; US 21 CFR 1308.11(h)(30), NL list IA fentanyl group. */
    FENTANYL_ANALOGUES("fentanyl-analogues", Kind.GENERIC_LISTING, "fentanyl", null),
    /** Beta-keto phenethylamines; DE NpSG Anlage 1, NL list IA cathinone group. */
    SYNTHETIC_CATHINONES("synthetic-cathinones", Kind.GENERIC_LISTING, "cathinone", 500.0),
    /** 2-Phenethylamines (not beta-keto); DE NpSG Anlage 1, UK phenethylamine generic. */
    PHENETHYLAMINES("phenethylamines", Kind.GENERIC_LISTING, "phenethylamine", 500.0),
    /** Indole, indazole and azaindole 3-carbonyl cannabinoid receptor agonists; DE NpSG Anlage 2.1, NL list IA. */
    SYNTHETIC_CANNABINOIDS("synthetic-cannabinoids", Kind.GENERIC_LISTING, "scra", null),
    /** Every nitazene and fentanyl analogue: both groups are mu-opioid receptor agonists. */
    OPIOIDS("opioids", Kind.PHARMACOLOGICAL_CLASS, null, null),
    /** Any 2-(arylmethyl)-1-(2-aminoethyl)benzimidazole: a nitazene-like structure for an expert to look at. */
    NITAZENES_BROAD("nitazenes-broad", Kind.EARLY_WARNING, "nitazene_broad", null);

    /** What a group's membership means. */
    public enum Kind {
        /** A generic group listing of drug law, modelled by a SMARTS pattern (and a molecular-weight limit). */
        GENERIC_LISTING,
        /** A pharmacological class implied by other groups; not a legal group itself. */
        PHARMACOLOGICAL_CLASS,
        /** A wider net than the legal text, to flag structures for expert review; never a legal status. */
        EARLY_WARNING
    }

    private final String id;
    private final Kind kind;
    private final @Nullable String pattern;
    private final @Nullable Double maxMolecularWeight;

    StructuralGroup(String id, Kind kind, @Nullable String pattern, @Nullable Double maxMolecularWeight) {
        this.id = id;
        this.kind = kind;
        this.pattern = pattern;
        this.maxMolecularWeight = maxMolecularWeight;
    }

    /** The id in {@code ./signaal classify} output and in the catalogue, e.g. {@code fentanyl-analogues}. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The pattern's name in {@code substance/structural-groups.csv}, or {@code null} for a derived group. */
    public @Nullable String pattern() {
        return pattern;
    }

    /**
     * The largest molecular weight (g/mol, inclusive) of the parent structure the group admits, or {@code null} when
     * the legal text sets none; the German NpSG groups admit up to 500 u.
     */
    public @Nullable Double maxMolecularWeight() {
        return maxMolecularWeight;
    }

    public static Optional<StructuralGroup> fromId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }
}
