/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.signaal.substance.Classification;
import nl.signaal.substance.StructureClassifier;
import nl.signaal.substance.SubstanceCatalogue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * Structure classification end to end — parse, parent structure, InChIKey, every group — against two baselines
 * measured in the same run, alternating with it:
 *
 * <ul>
 *   <li><b>CDK parse</b>: {@code SmilesParser.parseSmiles} alone, the least any classification must do;
 *   <li><b>CDK parse + InChIKey</b>: the parse and CDK's own {@code InChIGenerator} and InChIKey, the least a
 *       classification that reports an InChIKey must do.
 * </ul>
 *
 * <p>The structures are the 112 rows of {@code shared/reference/chem/substances.csv}, each as written and as
 * hydrochloride, sulfate, citrate and hydrate (560 strings), shuffled and repeated to the requested number. The
 * classifier keeps no cache, so a repeated string costs what it cost the first time.
 *
 * <p>Usage: {@code bench/run ClassifyThroughput [molecules] [repetitions] [threads] [substances.csv]}, from the
 * project root (default file {@code ../shared/reference/chem/substances.csv}).
 */
public final class ClassifyThroughput {

    private static final List<String> FORMS = List.of("", ".Cl", ".OS(=O)(=O)O", ".OC(=O)CC(O)(CC(=O)O)C(=O)O", ".O");

    private ClassifyThroughput() {}

    public static void main(String[] args) throws Exception {
        int molecules = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = args.length > 2
                ? Integer.parseInt(args[2])
                : Runtime.getRuntime().availableProcessors();
        Path file = Path.of(args.length > 3 ? args[3] : "../shared/reference/chem/substances.csv");
        List<String> smiles = workload(file, molecules);
        StructureClassifier classifier = StructureClassifier.forCatalogue(SubstanceCatalogue.shipped());
        System.out.printf(
                Locale.ROOT,
                "%,d SMILES (%d distinct), %d repetitions, %d threads for the parallel run, %d cores%n",
                smiles.size(),
                smiles.stream().distinct().count(),
                repetitions,
                threads,
                Runtime.getRuntime().availableProcessors());

        // warm-up: every path compiled before the first measurement
        parse(smiles);
        parseAndInchiKey(smiles);
        classify(classifier, smiles);

        List<Double> parse = new ArrayList<>();
        List<Double> inchi = new ArrayList<>();
        List<Double> single = new ArrayList<>();
        List<Double> parallel = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            parse.add(time(() -> parse(smiles)));
            inchi.add(time(() -> parseAndInchiKey(smiles)));
            single.add(time(() -> classify(classifier, smiles)));
            parallel.add(time(() -> classifyInParallel(classifier, smiles, threads)));
            System.out.printf(
                    Locale.ROOT,
                    "run %d: parse %.2f s, parse + InChIKey %.2f s, classify %.2f s, classify on %d threads %.2f s%n",
                    i + 1,
                    parse.getLast(),
                    inchi.getLast(),
                    single.getLast(),
                    threads,
                    parallel.getLast());
        }
        int n = smiles.size();
        double classifyRate = n / median(single);
        System.out.printf(Locale.ROOT, "%nmedian of %d runs (%,d SMILES)%n", repetitions, n);
        row("CDK parse", n, median(parse), classifyRate);
        row("CDK parse + InChIKey", n, median(inchi), classifyRate);
        row("Signaal classify, 1 thread", n, median(single), classifyRate);
        double parallelRate = n / median(parallel);
        System.out.printf(
                Locale.ROOT,
                "  %-34s %6.2f s %,9.0f /s  %,7.0f /s per core%n",
                "Signaal classify, " + threads + " threads",
                median(parallel),
                parallelRate,
                parallelRate / Math.min(threads, Runtime.getRuntime().availableProcessors()));
    }

    private static void row(String what, int n, double seconds, double classifyRate) {
        System.out.printf(
                Locale.ROOT,
                "  %-34s %6.2f s %,9.0f /s  classify runs at %3.0f %% of its rate%n",
                what,
                seconds,
                n / seconds,
                100 * classifyRate / (n / seconds));
    }

    static List<String> workload(Path file, int molecules) throws Exception {
        List<String> distinct = new ArrayList<>();
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader in = Files.newBufferedReader(file);
                var parser = format.parse(in)) {
            for (CSVRecord row : parser) {
                for (String form : FORMS) {
                    distinct.add(row.get("smiles") + form);
                }
            }
        }
        List<String> all = new ArrayList<>(molecules);
        while (all.size() < molecules) {
            all.addAll(distinct.subList(0, Math.min(distinct.size(), molecules - all.size())));
        }
        Collections.shuffle(all, new Random(42));
        return all;
    }

    private static void parse(List<String> smiles) {
        SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        long atoms = 0;
        for (String s : smiles) {
            try {
                atoms += parser.parseSmiles(s).getAtomCount();
            } catch (Exception e) {
                throw new IllegalStateException(s, e);
            }
        }
        check(atoms > 0);
    }

    private static void parseAndInchiKey(List<String> smiles) {
        SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        long keys = 0;
        try {
            InChIGeneratorFactory factory = InChIGeneratorFactory.getInstance();
            for (String s : smiles) {
                IAtomContainer molecule = parser.parseSmiles(s);
                keys += factory.getInChIGenerator(molecule).getInchiKey().length();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        check(keys == 27L * smiles.size());
    }

    private static void classify(StructureClassifier classifier, List<String> smiles) {
        long classified = 0;
        for (String s : smiles) {
            Classification c = classifier.classify(s);
            classified += c.inchiKey() == null ? 0 : 1;
        }
        check(classified == smiles.size());
    }

    private static void classifyInParallel(StructureClassifier classifier, List<String> smiles, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> parts = new ArrayList<>();
            int size = (smiles.size() + threads - 1) / threads;
            for (int from = 0; from < smiles.size(); from += size) {
                List<String> part = smiles.subList(from, Math.min(smiles.size(), from + size));
                parts.add(pool.submit(() -> classify(classifier, part)));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private static void check(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("a structure was not classified");
        }
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
