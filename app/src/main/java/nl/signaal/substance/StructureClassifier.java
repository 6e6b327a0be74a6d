/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.signaal.substance.internal.structure.GroupPatterns;
import nl.signaal.substance.internal.structure.ParentStructure;
import nl.signaal.substance.internal.structure.StandardInchi;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IPseudoAtom;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.SmartsPattern;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * Recognises the generic substance groups of drug law in a chemical structure: reads a SMILES, reduces it to its
 * parent, computes the standard InChIKey and matches the group patterns. Plain Java: no Spring, no database, so that
 * {@code ./signaal classify} runs without starting the application. One instance may be used by many threads.
 *
 * <p><b>Method.</b> For each SMILES:
 *
 * <ol>
 *   <li>parse it with CDK 2.11 ({@code SmilesParser}, Kekulé bond orders assigned);
 *   <li>reduce it to the parent: largest organic fragment without counter-ions and solvents, charges neutralised
 *       where a neutral form exists ({@link ParentStructure}), so that a hydrochloride, citrate, sulfate or
 *       protonated form gets the InChIKey and groups of its free base;
 *   <li>perceive rings and aromaticity with the Daylight model, for which the patterns are written;
 *   <li>compute the standard InChIKey (IUPAC InChI 1.07) and the average molecular weight;
 *   <li>if the InChIKey is one of the exempt medicines given to the constructor, stop: an exempt medicine belongs to
 *       no generic group, whatever its structure (the exemption lists name substances, so they are decided by
 *       identity, before any pattern);
 *   <li>match the SMARTS of each {@link StructuralGroup} of kind {@link StructuralGroup.Kind#GENERIC_LISTING}, with
 *       its molecular-weight limit, and the early-warning pattern {@link StructuralGroup#NITAZENES_BROAD}; a nitazene
 *       or fentanyl analogue is also in {@link StructuralGroup#OPIOIDS}.
 * </ol>
 *
 * <p><b>Sources.</b> The patterns and their legal bases are in {@code substance/structural-groups.csv} (a copy of
 * {@code shared/reference/chem/groups.csv}): nitazenes after UK MDA 1971 Sch. 2 Pt 1 para 1(ea) (SI 2024/1361) and
 * the Dutch draft list IA nitazene group; fentanyl analogues after US 21 CFR 1308.11(h)(30) and the NL list IA
 * fentanyl group; cathinones and phenethylamines after the German NpSG Anlage 1 and UK MDA 1971 para 1(c); synthetic
 * cannabinoids after NpSG Anlage 2.1 and the NL list IA group. The molecular-weight limit of 500 u (NpSG) applies to
 * the nitazene, cathinone and phenethylamine groups, as the pattern notes say. Chemistry by CDK (Willighagen et al.,
 * J Cheminform 2017, 9:33) and InChI (Heller et al., J Cheminform 2015, 7:23).
 *
 * <p><b>Assumptions.</b> A SMILES describes one substance, possibly as a salt or solvate; a mixture keeps only its
 * largest component. Stereochemistry is kept in the InChIKey but no pattern depends on it. The patterns were verified
 * on the 112 curated structures of {@code shared/reference/chem/substances.csv}.
 *
 * <p><b>Known failure modes</b> (the borderline rows of the reference set, asserted in the unit tests):
 *
 * <ul>
 *   <li>the patterns are approximations of legal prose: remifentanil (N-substituent an ester chain, not an
 *       aryl-ethyl) is outside the fentanyl pattern; the phenethyl homologue of metonitazene is outside both nitazene
 *       patterns; a nitazene with a substituted benzylic carbon (alpha-carboxamido clonitazene) is only in
 *       {@code nitazenes-broad}; the 6-nitro isomer of etonitazene is a nitazene (the benzimidazole ring may carry any
 *       substituent);
 *   <li>medicines that fit a group (bupropion, a cathinone; ephedrine, a phenethylamine; alfentanil, sufentanil)
 *       are members unless the catalogue marks them exempt;
 *   <li>groups not modelled at all: carbazole and gamma-carbolinone cannabinoids (CUMYL-PEGACLONE), thiophene
 *       ethylamines (methiopropamine), other opioid classes (U-47700, MT-45, brorphine);
 *   <li>an unreadable SMILES gives {@link Classification#error()}, never an exception; so does a structure InChI
 *       refuses, which then keeps its groups but has no InChIKey.
 * </ul>
 *
 * <p><b>Threads.</b> CDK's SMILES parser and writer are kept per thread; the compiled patterns are shared (see {@link
 * GroupPatterns}); calls into the InChI library are serialised (see {@link StandardInchi}).
 */
public final class StructureClassifier {

    private static final GroupPatterns PATTERNS = GroupPatterns.shipped();

    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(Tools::new);

    private final Set<String> exemptInchiKeys;

    /** A classifier without exemptions: every structure is judged by the patterns alone. */
    public StructureClassifier() {
        this(Set.of());
    }

    /** @param exemptInchiKeys standard InChIKeys of the medicines exempted from the generic group listings */
    public StructureClassifier(Set<String> exemptInchiKeys) {
        this.exemptInchiKeys = Set.copyOf(exemptInchiKeys);
    }

    /**
     * A classifier that exempts the catalogue entries marked {@code exempt}, identified by the InChIKey of their
     * SMILES. An exempt entry whose SMILES cannot be read is an error of the curated catalogue and fails.
     */
    public static StructureClassifier forCatalogue(Collection<CatalogueEntry> entries) {
        StructureClassifier patternsOnly = new StructureClassifier();
        Set<String> keys = new LinkedHashSet<>();
        for (CatalogueEntry entry : entries) {
            String smiles = entry.smiles();
            if (!entry.exempt() || smiles == null) {
                continue;
            }
            Classification c = patternsOnly.classify(smiles);
            if (c.inchiKey() == null) {
                throw new IllegalArgumentException(
                        "catalogue entry '" + entry.id() + "' is exempt but its SMILES cannot be read: " + c.error());
            }
            keys.add(c.inchiKey());
        }
        return new StructureClassifier(keys);
    }

    public Set<String> exemptInchiKeys() {
        return exemptInchiKeys;
    }

    /**
     * Classifies one structure; never throws for bad input.
     *
     * @param smiles a SMILES, with or without counter-ions, charges and stereo
     */
    public Classification classify(String smiles) {
        if (smiles.isBlank()) {
            return Classification.unreadable(smiles, "no SMILES");
        }
        Tools tools = TOOLS.get();
        IAtomContainer parent;
        String parentSmiles;
        try {
            IAtomContainer molecule = tools.parser.parseSmiles(smiles.strip());
            if (molecule.isEmpty()) {
                return Classification.unreadable(smiles, "no atoms in the SMILES");
            }
            for (IAtom atom : molecule.atoms()) {
                if (atom instanceof IPseudoAtom || atom.getAtomicNumber() == null || atom.getAtomicNumber() == 0) {
                    // CDK reads *, R and unknown symbols such as [Xx] as pseudo atoms: a generic structure
                    return Classification.unreadable(
                            smiles, "cannot read the SMILES: '" + atom.getSymbol() + "' is not an element");
                }
            }
            parent = ParentStructure.of(molecule, tools.keys);
            SmartsPattern.prepare(parent);
            parentSmiles = (needsAbsoluteSmiles(parent) ? tools.absolute : tools.canonical).create(parent);
        } catch (CDKException | RuntimeException e) {
            // CDK reports some unreadable input as runtime exceptions (unknown element, impossible valence)
            return Classification.unreadable(
                    smiles,
                    "cannot read the SMILES: "
                            + (e instanceof CDKException cdk ? ParentStructure.message(cdk) : String.valueOf(e)));
        }
        double weight = AtomContainerManipulator.getMass(parent, AtomContainerManipulator.MolWeight);
        String inchiKey = null;
        String error = null;
        try {
            inchiKey = StandardInchi.key(parent);
        } catch (CDKException e) {
            error = "no InChIKey: " + ParentStructure.message(e);
        }
        if (inchiKey != null && exemptInchiKeys.contains(inchiKey)) {
            return new Classification(smiles, parentSmiles, inchiKey, weight, Set.of(), true, null);
        }
        Set<StructuralGroup> groups = EnumSet.copyOf(PATTERNS.match(parent, weight));
        if (groups.contains(StructuralGroup.NITAZENES) || groups.contains(StructuralGroup.FENTANYL_ANALOGUES)) {
            groups.add(StructuralGroup.OPIOIDS);
        }
        return new Classification(smiles, parentSmiles, inchiKey, weight, groups, false, error);
    }

    /**
     * CDK 2.11 writes canonical SMILES with stereo or isotopes about fifteen times slower than without (160 against
     * 10 microseconds for a nitazene), so the absolute flavour is used only where there is stereo or an isotope to
     * write. Either flavour is canonical: one structure always gives one string.
     */
    private static boolean needsAbsoluteSmiles(IAtomContainer parent) {
        if (parent.stereoElements().iterator().hasNext()) {
            return true;
        }
        for (IAtom atom : parent.atoms()) {
            if (atom.getMassNumber() != null) {
                return true;
            }
        }
        return false;
    }

    /** CDK objects that are not documented as thread-safe, one set per thread. */
    private static final class Tools {
        final SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        final SmilesGenerator absolute = new SmilesGenerator(SmiFlavor.Absolute | SmiFlavor.UseAromaticSymbols);
        final SmilesGenerator canonical = new SmilesGenerator(SmiFlavor.Canonical | SmiFlavor.UseAromaticSymbols);
        final SmilesGenerator keys = new SmilesGenerator(ParentStructure.keyFlavour());
    }
}
