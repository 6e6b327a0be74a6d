/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.signaal.access.AccessManagement;
import nl.signaal.ingest.BatchRejectedException;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.ObservationKind;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code signaal ingest}: stores a CSV file, all or nothing, with progress on the terminal. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Stores a CSV file of one kind of record in the database, all or nothing.",
            "Kinds: samples, lab-results, incidents, seizures, toxicology-cases, wastewater, indicators.",
            "Profiles for known external files: unc (samples, lab-results), euda (wastewater); see docs/ingestion.md."
        })
class IngestCommand implements Callable<Integer> {

    /** Organisations that publish the files of a profile, used when --organisation is not given. */
    private static final Map<String, String[]> PROFILE_SENDERS = Map.of(
            "unc", new String[] {"unc-sdal", "UNC Street Drug Analysis Lab (North Carolina, US)"},
            "euda", new String[] {"euda", "European Union Drugs Agency (SCORE wastewater campaigns)"});

    @Option(
            names = "--kind",
            required = true,
            description = "What the file holds: samples, lab-results, incidents, ...")
    @SuppressWarnings("NullAway.Init")
    String kind;

    @Option(names = "--profile", description = "An import profile (unc, euda); Signaal's own columns when absent")
    @Nullable
    String profile;

    @Option(
            names = "--organisation",
            description = "Code of the sending organisation (created when new); defaults to the profile's publisher")
    @Nullable
    String organisation;

    @Option(
            names = "--data-dir",
            defaultValue = "./data",
            description = "Directory of the embedded database (default: ${DEFAULT-VALUE})")
    Path dataDir = Path.of("./data");

    @Parameters(paramLabel = "FILE", description = "The CSV file (UTF-8, comma- or semicolon-separated)")
    @SuppressWarnings("NullAway.Init")
    Path file;

    @Override
    public Integer call() throws IOException {
        ObservationKind k = ObservationKind.fromPath(kind).orElse(null);
        if (k == null) {
            System.err.println("Unknown kind '" + kind + "'. Kinds: samples, lab-results, incidents, seizures, "
                    + "toxicology-cases, wastewater, indicators.");
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            System.err.println("No such file: " + file.toAbsolutePath());
            return 2;
        }
        String[] sender = organisation != null
                ? new String[] {organisation, organisation}
                : profile == null ? null : PROFILE_SENDERS.get(profile);
        if (sender == null) {
            System.err.println("Say who sent the file: --organisation CODE (for example --organisation my-lab).");
            return 2;
        }
        long size = Files.size(file);
        try (var context = Contexts.start(false, dataDir, Map.of());
                InputStream in =
                        new ProgressInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), size)) {
            var org = context.getBean(AccessManagement.class).ensureOrganisation(sender[0], sender[1]);
            var report = context.getBean(IngestManagement.class)
                    .ingestCsv(k, profile, org.id(), in, file.getFileName().toString());
            System.err.println();
            System.out.println(report);
            report.notes().forEach(note -> System.out.println("  " + note));
            return 0;
        } catch (BatchRejectedException e) {
            System.err.println();
            System.out.printf("Rejected: %d problem(s) in %s; nothing was stored.%n", e.problemCount(), file);
            e.problems().forEach(p -> System.out.println("  " + p));
            if (e.problemCount() > e.problems().size()) {
                System.out.printf(
                        "  ... and %d more%n", e.problemCount() - e.problems().size());
            }
            return 1;
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Could not store " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
