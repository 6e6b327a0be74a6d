/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A CSV file of drug-checking lab results in Signaal's own sample format: one row per lab result, one to five results
 * per sample, amounts with unit and salt form, regions spread over the GGD regions. Deterministic for a seed.
 */
final class LabResultRows {

    static final String HEADER =
            "external_id,sample_date,region_code,sold_as,form,tablet_logo,tablet_colour,substance,amount,unit,salt_form,abundance,method";

    private static final String[] REGIONS = {"GG3406", "GG4607", "GG2514", "GG7014", "GG5608", "GG0111", "GG1106"};
    private static final String[][] RESULTS = {
        {"MDMA", "mg", "hydrochloride"},
        {"caffeine", "", ""},
        {"MDA", "mg", "hydrochloride"},
        {"levamisole", "", ""},
        {"lidocaine", "", ""}
    };

    private LabResultRows() {}

    /** Writes {@code rows} rows and returns the number of samples they belong to. */
    static int write(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int written = 0;
        int samples = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            while (written < rows) {
                samples++;
                int results = 1 + random.nextInt(5);
                String sample = "B%07d,2024-%02d-%02d,%s,MDMA,tablet,Logo %d,%s"
                        .formatted(
                                samples,
                                1 + random.nextInt(12),
                                1 + random.nextInt(28),
                                REGIONS[random.nextInt(REGIONS.length)],
                                random.nextInt(200),
                                random.nextBoolean() ? "red" : "blue");
                for (int r = 0; r < results && written < rows; r++, written++) {
                    String[] result = RESULTS[r];
                    String amount = result[1].isEmpty() ? "" : "%.1f".formatted(40 + random.nextDouble() * 220);
                    out.write("%s,%s,%s,%s,%s,%s,GC-MS\n"
                            .formatted(sample, result[0], amount, result[1], result[2], r == 0 ? "major" : "trace"));
                }
            }
        }
        return samples;
    }
}
