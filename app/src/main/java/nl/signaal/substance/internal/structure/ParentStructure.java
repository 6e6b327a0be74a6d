/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.SmartsPattern;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * The parent structure of a substance as a lab or a list writes it: the salt form, a solvate or a protonated form
 * reduced to the neutral free base or acid, so that MDMA hydrochloride, MDMA and {@code C[NH2+]…} share one InChIKey
 * and one set of groups. The steps follow the parent-compound rules of the ChEMBL structure pipeline (Bento et al.,
 * J Cheminform 2020, 12:51), simplified:
 *
 * <ol>
 *   <li>suppress explicit hydrogens; break bonds from alkali and alkaline-earth metals to O, N or S into ions
 *       ({@code C(=O)O[Na]} is sodium carboxylate);
 *   <li>of several fragments keep one: fragments without carbon (HCl, H₂SO₄, water, metal ions) and listed counter-ions
 *       and solvents (citric, tartaric, fumaric, maleic, oxalic, methanesulfonic acid, ethanol, …) are dropped when
 *       another organic fragment remains; of the rest the one with most heavy atoms wins (ties: canonical SMILES), so
 *       the parent never depends on the order of the fragments; a substance without any carbon is kept whole;
 *   <li>write pentavalent nitro and N-oxide nitrogen charge-separated ({@code [N+](=O)[O-]});
 *   <li>neutralise: a cation that carries hydrogen loses it ({@code [NH+]}, {@code [nH+]}, {@code [NH3+]}); an anion
 *       of O, S or N gains one ({@code C(=O)[O-]}), except where it balances a cation that has no neutral form
 *       (quaternary ammonium) and in charge-separated groups such as nitro.
 * </ol>
 *
 * <p>Known limits: a SMILES with two substances (a mixture, not a salt) keeps only the larger; a counter-ion missing
 * from the list and larger than the parent (e.g. a rare sulfonate with a small amine) wins; tautomers and
 * stereochemistry are left as written (InChI handles mobile hydrogen itself).
 */
public final class ParentStructure {

    /** Neutral forms of common counter-ions and solvents that contain carbon. */
    private static final List<String> COUNTER_IONS = List.of(
            "OC=O", // formic acid
            "CC(=O)O", // acetic acid
            "OC(=O)C(F)(F)F", // trifluoroacetic acid
            "OC(=O)O", // carbonic acid (carbonate, bicarbonate)
            "OC(=O)C(=O)O", // oxalic acid
            "OC(=O)CC(=O)O", // malonic acid
            "OC(=O)CCC(=O)O", // succinic acid
            "OC(=O)C=CC(=O)O", // fumaric and maleic acid
            "OC(=O)CC(O)C(=O)O", // malic acid
            "OC(C(O)C(=O)O)C(=O)O", // tartaric acid
            "OC(=O)CC(O)(CC(=O)O)C(=O)O", // citric acid
            "CC(O)C(=O)O", // lactic acid
            "OC(=O)c1ccccc1", // benzoic acid
            "CS(=O)(=O)O", // methanesulfonic acid (mesylate)
            "CCS(=O)(=O)O", // ethanesulfonic acid (esylate)
            "OS(=O)(=O)c1ccccc1", // benzenesulfonic acid (besylate)
            "Cc1ccc(cc1)S(=O)(=O)O", // p-toluenesulfonic acid (tosylate)
            "CC1(C)C2CCC1(CS(=O)(=O)O)C(=O)C2", // camphorsulfonic acid
            "OC(=O)c1cc2ccccc2c(Cc2c(O)c(cc3ccccc23)C(=O)O)c1O", // pamoic acid
            "NC(CO)(CO)CO", // tromethamine
            "CNCC(O)C(O)C(O)C(O)CO", // meglumine
            "CO", // methanol
            "CCO", // ethanol
            "CC(C)O", // isopropanol
            "CC(C)=O", // acetone
            "CC#N", // acetonitrile
            "CS(C)=O", // dimethyl sulfoxide
            "CN(C)C=O", // dimethylformamide
            "CCOCC", // diethyl ether
            "CCOC(C)=O", // ethyl acetate
            "C1CCOC1", // tetrahydrofuran
            "ClCCl", // dichloromethane
            "ClC(Cl)Cl"); // chloroform

    private static final int MAX_ATOMIC_NUMBER = 118;

    private static final Set<String> COUNTER_ION_KEYS;
    private static final Set<String> COUNTER_ION_COMPOSITIONS;

    static {
        var parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        var keys = new SmilesGenerator(keyFlavour());
        Set<String> counterIonKeys = new HashSet<>();
        Set<String> compositions = new HashSet<>();
        for (String smiles : COUNTER_IONS) {
            try {
                IAtomContainer counterIon = parser.parseSmiles(smiles);
                counterIonKeys.add(key(counterIon, keys));
                compositions.add(Objects.requireNonNull(composition(counterIon), smiles));
            } catch (CDKException e) {
                throw new IllegalStateException("counter-ion " + smiles + ": " + e.getMessage(), e);
            }
        }
        COUNTER_ION_KEYS = Set.copyOf(counterIonKeys);
        COUNTER_ION_COMPOSITIONS = Set.copyOf(compositions);
    }

    private ParentStructure() {}

    /**
     * Reduces {@code molecule} to its parent structure. The result may share atoms with {@code molecule}, which must
     * not be used afterwards. Ring and aromaticity flags are left to the caller ({@link SmartsPattern#prepare}).
     *
     * @param keys writes the fragment keys; a {@link SmilesGenerator} is not documented as thread-safe, so each thread
     *     passes its own
     */
    public static IAtomContainer of(IAtomContainer molecule, SmilesGenerator keys) throws CDKException {
        IAtomContainer m = AtomContainerManipulator.suppressHydrogens(molecule);
        disconnectMetals(m);
        IAtomContainer parent = ConnectivityChecker.isConnected(m) ? m : largestOrganicFragment(m, keys);
        chargeSeparate(parent);
        neutralise(parent);
        return parent;
    }

    private static IAtomContainer largestOrganicFragment(IAtomContainer m, SmilesGenerator keys) throws CDKException {
        List<IAtomContainer> organic = new ArrayList<>();
        List<IAtomContainer> parents = new ArrayList<>();
        for (IAtomContainer fragment :
                ConnectivityChecker.partitionIntoMolecules(m).atomContainers()) {
            String composition = composition(fragment);
            if (composition == null) {
                continue;
            }
            organic.add(fragment);
            // the composition rules out nearly every fragment before a key has to be written
            boolean counterIon =
                    COUNTER_ION_COMPOSITIONS.contains(composition) && COUNTER_ION_KEYS.contains(key(fragment, keys));
            if (!counterIon) {
                parents.add(fragment);
            }
        }
        List<IAtomContainer> pool = parents.isEmpty() ? organic : parents;
        return pool.isEmpty() ? m : largest(pool, keys);
    }

    /** The fragment with most heavy atoms; of equals the one with the first key, whatever the order of the input. */
    private static IAtomContainer largest(List<IAtomContainer> pool, SmilesGenerator keys) throws CDKException {
        int most = pool.stream().mapToInt(IAtomContainer::getAtomCount).max().orElseThrow();
        IAtomContainer best = null;
        String bestKey = null;
        for (IAtomContainer fragment : pool) {
            if (fragment.getAtomCount() != most) {
                continue;
            }
            if (best == null) {
                best = fragment;
                continue;
            }
            if (bestKey == null) {
                bestKey = key(best, keys);
            }
            String key = key(fragment, keys);
            if (key.compareTo(bestKey) < 0) {
                best = fragment;
                bestKey = key;
            }
        }
        return Objects.requireNonNull(best);
    }

    /** The heavy atoms by element ({@code 6:4,8:4} for fumaric acid), or {@code null} for a fragment without carbon. */
    private static @Nullable String composition(IAtomContainer fragment) {
        int[] counts = new int[MAX_ATOMIC_NUMBER + 1];
        for (IAtom atom : fragment.atoms()) {
            Integer z = atom.getAtomicNumber();
            counts[z == null || z < 0 || z > MAX_ATOMIC_NUMBER ? 0 : z]++;
        }
        if (counts[6] == 0) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (int z = 0; z < counts.length; z++) {
            if (counts[z] > 0) {
                s.append(z).append(':').append(counts[z]).append(',');
            }
        }
        return s.toString();
    }

    /** A key of a fragment's constitution: canonical SMILES without stereo, of the neutralised, aromatic form. */
    private static String key(IAtomContainer fragment, SmilesGenerator keys) throws CDKException {
        IAtomContainer copy;
        try {
            copy = fragment.clone();
        } catch (CloneNotSupportedException e) {
            throw new CDKException("cannot copy a fragment", e);
        }
        neutralise(copy);
        SmartsPattern.prepare(copy);
        return keys.create(copy);
    }

    private static void disconnectMetals(IAtomContainer m) {
        List<IBond> ionic = new ArrayList<>();
        for (IBond bond : m.bonds()) {
            if (bond.getOrder() == IBond.Order.SINGLE
                    && (isSaltMetal(bond.getBegin()) && isAnionic(bond.getEnd())
                            || isSaltMetal(bond.getEnd()) && isAnionic(bond.getBegin()))) {
                ionic.add(bond);
            }
        }
        for (IBond bond : ionic) {
            IAtom metal = isSaltMetal(bond.getBegin()) ? bond.getBegin() : bond.getEnd();
            IAtom other = bond.getOther(metal);
            m.removeBond(bond);
            metal.setFormalCharge(charge(metal) + 1);
            other.setFormalCharge(charge(other) - 1);
        }
    }

    private static boolean isSaltMetal(IAtom atom) {
        return switch (atom.getAtomicNumber()) {
            case 3, 11, 19, 37, 55, 12, 20, 38, 56 -> true; // Li Na K Rb Cs, Mg Ca Sr Ba
            default -> false;
        };
    }

    private static boolean isAnionic(IAtom atom) {
        int z = atom.getAtomicNumber();
        return z == 7 || z == 8 || z == 16;
    }

    /** {@code N(=O)=O} and {@code N(=O)} with five bonds become {@code [N+](=O)[O-]} and {@code [N+][O-]}. */
    private static void chargeSeparate(IAtomContainer m) {
        for (IAtom n : m.atoms()) {
            if (n.getAtomicNumber() != 7 || charge(n) != 0 || valence(n) != 5) {
                continue;
            }
            for (IBond bond : n.bonds()) {
                IAtom o = bond.getOther(n);
                if (bond.getOrder() == IBond.Order.DOUBLE
                        && o.getAtomicNumber() == 8
                        && charge(o) == 0
                        && o.getBondCount() == 1) {
                    bond.setOrder(IBond.Order.SINGLE);
                    n.setFormalCharge(1);
                    o.setFormalCharge(-1);
                    break;
                }
            }
        }
    }

    private static void neutralise(IAtomContainer m) {
        for (IAtom atom : m.atoms()) {
            int charge = charge(atom);
            int hydrogens = hydrogens(atom);
            if (charge > 0 && hydrogens > 0 && !nextToCharge(atom, -1)) {
                int removed = Math.min(charge, hydrogens);
                atom.setFormalCharge(charge - removed);
                atom.setImplicitHydrogenCount(hydrogens - removed);
            }
        }
        // charges that have no neutral form (quaternary ammonium) keep as many anions charged as balance them
        int fixedPositive = 0;
        List<IAtom> anions = new ArrayList<>();
        for (IAtom atom : m.atoms()) {
            int charge = charge(atom);
            if (charge > 0 && !nextToCharge(atom, -1)) {
                fixedPositive += charge;
            } else if (charge < 0 && !nextToCharge(atom, +1) && isAnionic(atom)) {
                anions.add(atom);
            }
        }
        int surplus = anions.stream().mapToInt(a -> -charge(a)).sum() - fixedPositive;
        for (IAtom atom : anions) {
            while (surplus > 0 && charge(atom) < 0) {
                atom.setFormalCharge(charge(atom) + 1);
                atom.setImplicitHydrogenCount(hydrogens(atom) + 1);
                surplus--;
            }
        }
    }

    private static boolean nextToCharge(IAtom atom, int sign) {
        for (IBond bond : atom.bonds()) {
            if (Integer.signum(charge(bond.getOther(atom))) == sign) {
                return true;
            }
        }
        return false;
    }

    private static int valence(IAtom atom) {
        int valence = hydrogens(atom);
        for (IBond bond : atom.bonds()) {
            valence += bond.getOrder() == null || bond.getOrder() == IBond.Order.UNSET
                    ? 1
                    : bond.getOrder().numeric();
        }
        return valence;
    }

    private static int charge(IAtom atom) {
        Integer charge = atom.getFormalCharge();
        return charge == null ? 0 : charge;
    }

    private static int hydrogens(IAtom atom) {
        Integer hydrogens = atom.getImplicitHydrogenCount();
        return hydrogens == null ? 0 : hydrogens;
    }

    /** The flavour of the {@link SmilesGenerator} that {@link #of} needs: canonical, aromatic, without stereo. */
    public static int keyFlavour() {
        return SmiFlavor.Canonical | SmiFlavor.UseAromaticSymbols;
    }

    /** The first line of a CDK message, which otherwise repeats the SMILES with a caret under the problem. */
    public static String message(CDKException e) {
        @Nullable String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e instanceof InvalidSmilesException
                    ? "not a valid SMILES"
                    : e.getClass().getSimpleName();
        }
        String first = message.lines().findFirst().orElse(message).strip();
        return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
    }
}
