/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

/** What the commands that read a CSV file and write another have in common. */
final class CsvFiles {

    /** Below this size a file is read before a progress line would be worth showing. */
    private static final long PROGRESS_FROM_BYTES = 1 << 20;

    private CsvFiles() {}

    /** The file as UTF-8 text, with progress on the terminal when it is large, without a byte-order mark. */
    static BufferedReader read(Path file) throws IOException {
        return read(
                file,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /**
     * As {@link #read(Path)}, but a byte sequence that is not UTF-8 is an error ({@link
     * java.nio.charset.MalformedInputException}) rather than a replacement character: where a letter counts, a
     * file saved as Latin-1 must not pass as a name without its accented letters.
     */
    static BufferedReader readStrictly(Path file) throws IOException {
        return read(
                file,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static BufferedReader read(Path file, CharsetDecoder decoder) throws IOException {
        long size = Files.size(file);
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (size >= PROGRESS_FROM_BYTES) {
            in = new ProgressInputStream(in, size);
        }
        // a file saved by a spreadsheet may start with a byte-order mark, which would become part of the first name
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** An input file with a header row, whose blank lines are skipped; a column may lack a name. */
    static CSVFormat.Builder inputFormat() {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true);
    }

    /** Removes the partial output of a command that did not finish; a failure to remove it is only reported. */
    static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("Could not remove " + file + ": " + e.getMessage());
        }
    }
}
