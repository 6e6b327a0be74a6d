/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.signaal.substance.StructuralGroup;
import nl.signaal.substance.SubstanceCatalogue;
import org.apache.commons.csv.CSVRecord;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.DfPattern;
import org.openscience.cdk.isomorphism.Pattern;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.Smarts;
import org.openscience.cdk.smarts.SmartsPattern;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * The SMARTS patterns of the structural groups, read once from {@code substance/structural-groups.csv} and shared by
 * all threads.
 *
 * <p>Sharing is safe because matching keeps its state per call (CDK's {@code DfPattern} copies its state for every
 * match) and the target molecule belongs to the calling thread. The one piece of shared mutable state in CDK 2.11 is
 * the lazily built pattern of a recursive SMARTS expression ({@code $(...)}) inside {@link Expr}: it is built here,
 * before the patterns are published, so that no thread builds it while another reads it. This is why the patterns
 * are built from {@link Smarts#parseToResult} instead of by {@link SmartsPattern#create}, which hides the
 * expressions. They match with {@link DfPattern}, the depth-first matcher CDK uses inside recursive SMARTS, which
 * works on the molecule's own bond lists: three times faster here than the VF2 matcher that {@link
 * Pattern#findSubstructure} picks, which builds an adjacency list of the molecule for every pattern.
 */
public final class GroupPatterns {

    public static final String RESOURCE = "/substance/structural-groups.csv";

    private final Map<StructuralGroup, Pattern> patterns;
    private final Map<StructuralGroup, String> smarts;

    private GroupPatterns(Map<StructuralGroup, String> smarts) {
        IAtom probe = probe();
        Map<StructuralGroup, Pattern> built = new EnumMap<>(StructuralGroup.class);
        smarts.forEach((group, text) -> built.put(group, compile(group, text, probe)));
        this.patterns = built;
        this.smarts = Map.copyOf(smarts);
    }

    /** The patterns shipped with this version of Signaal. */
    public static GroupPatterns shipped() {
        try (InputStream in = GroupPatterns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the group patterns " + RESOURCE + " are missing from the jar");
            }
            return new GroupPatterns(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a file of columns {@code group,smarts,...}: one row per pattern name of {@link StructuralGroup#pattern()}.
     * Every such group must have its row; rows of other names are ignored.
     */
    public static Map<StructuralGroup, String> read(InputStream csv) throws IOException {
        Map<String, String> byName = new LinkedHashMap<>();
        try (var parser = SubstanceCatalogue.CURATED_FILE.parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            for (CSVRecord row : parser) {
                byName.put(row.get("group").strip(), row.get("smarts").strip());
            }
        }
        Map<StructuralGroup, String> smarts = new EnumMap<>(StructuralGroup.class);
        for (StructuralGroup group : StructuralGroup.values()) {
            String name = group.pattern();
            if (name == null) {
                continue;
            }
            String text = byName.get(name);
            if (text == null) {
                throw new IllegalStateException("no pattern '" + name + "' for group " + group.id());
            }
            smarts.put(group, text);
        }
        return smarts;
    }

    /** The SMARTS of each group that has one. */
    public Map<StructuralGroup, String> smarts() {
        return smarts;
    }

    /**
     * The groups whose pattern matches and whose molecular-weight limit admits the molecule.
     *
     * @param prepared a molecule whose rings and aromaticity are set ({@link SmartsPattern#prepare}, the Daylight
     *     model the patterns are written for)
     * @param molecularWeight the molecule's average molecular weight in g/mol
     */
    public Set<StructuralGroup> match(IAtomContainer prepared, double molecularWeight) {
        Set<StructuralGroup> found = EnumSet.noneOf(StructuralGroup.class);
        patterns.forEach((group, pattern) -> {
            Double limit = group.maxMolecularWeight();
            if ((limit == null || molecularWeight <= limit) && pattern.matches(prepared)) {
                found.add(group);
            }
        });
        return found;
    }

    private static Pattern compile(StructuralGroup group, String text, IAtom probe) {
        QueryAtomContainer query = new QueryAtomContainer(SilentChemObjectBuilder.getInstance());
        var parsed = Smarts.parseToResult(query, text);
        if (!parsed.ok()) {
            throw new IllegalStateException(
                    "the SMARTS of group " + group.id() + " cannot be read: " + parsed.getMessage());
        }
        prime(query, probe);
        return DfPattern.findSubstructure(query);
    }

    private static void prime(IAtomContainer query, IAtom probe) {
        for (IAtom atom : query.atoms()) {
            if (atom instanceof QueryAtom queryAtom) {
                prime(queryAtom.getExpression(), probe);
            }
        }
    }

    private static void prime(Expr expr, IAtom probe) {
        switch (expr.type()) {
            case AND, OR -> {
                prime(expr.left(), probe);
                prime(expr.right(), probe);
            }
            case NOT -> prime(expr.left(), probe);
            case RECURSIVE -> {
                prime(expr.subquery(), probe);
                // builds and keeps the sub-pattern; the answer for the probe does not matter
                expr.matches(probe);
            }
            default -> {}
        }
    }

    /** An atom in a molecule: a recursive expression can only be evaluated on an atom that knows its container. */
    private static IAtom probe() {
        try {
            return new SmilesParser(SilentChemObjectBuilder.getInstance())
                    .parseSmiles("CN")
                    .getAtom(0);
        } catch (InvalidSmilesException e) {
            throw new IllegalStateException(e);
        }
    }
}
