/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared reference data ({@code ../shared/reference/} next to the repository). A test that cannot find a file
 * fails and says where it looked; it is never skipped.
 */
public final class ReferenceFiles {

    private ReferenceFiles() {}

    public static Path path(String relative) {
        Path workingDirectory = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        // tests run in app/ (Maven) or in the repository root (IDE)
        List<Path> candidates = List.of(
                workingDirectory
                        .resolve("../../shared/reference")
                        .resolve(relative)
                        .normalize(),
                workingDirectory
                        .resolve("../shared/reference")
                        .resolve(relative)
                        .normalize());
        return candidates.stream()
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(
                                "Reference file " + relative + " not found; looked at " + candidates
                                        + ". The shared reference data must be next to the repository, in ../shared/reference/."));
    }
}
