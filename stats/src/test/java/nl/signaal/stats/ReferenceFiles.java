/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files of the shared reference folder ({@code shared/reference/}) beside the project root. Maven runs the tests with
 * {@code stats/} as working directory, an IDE may use the project root; {@code -Dsignaal.test.shared=/path/to/shared}
 * points elsewhere. A file that is not found fails the test and says where it looked, never skips it.
 */
public final class ReferenceFiles {

    private ReferenceFiles() {}

    /** The reference file at {@code path}, relative to {@code shared/reference/}, e.g. {@code stats/input_sim100.csv}. */
    public static Path file(String path) {
        List<Path> tried = new ArrayList<>();
        String configured = System.getProperty("signaal.test.shared");
        if (configured != null) {
            tried.add(Path.of(configured, "reference", path));
        }
        Path workingDirectory = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        tried.add(
                workingDirectory.resolve("../../shared/reference").resolve(path).normalize());
        tried.add(workingDirectory.resolve("../shared/reference").resolve(path).normalize());
        return tried.stream()
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new AssertionError("Reference file " + path + " not found; looked at " + tried
                        + " (shared/ lies beside the project root; or set -Dsignaal.test.shared)"));
    }
}
