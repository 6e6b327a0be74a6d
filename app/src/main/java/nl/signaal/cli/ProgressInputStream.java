/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Shows how much of a file has been read, on standard error: a line that redraws itself on a terminal, a new line
 * every ten seconds otherwise (CI logs).
 */
final class ProgressInputStream extends FilterInputStream {

    private static final long INTERVAL_NANOS = 500_000_000L;

    private final long size;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private long read;
    private long shown;

    ProgressInputStream(InputStream in, long size) {
        super(in);
        this.size = Math.max(size, 1);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(int n) {
        read += n;
        long now = System.nanoTime();
        long interval = terminal ? INTERVAL_NANOS : 20 * INTERVAL_NANOS;
        if (now - shown >= interval || read >= size) {
            shown = now;
            double seconds = (now - started) / 1e9;
            String line = "read %3d%%  %,d of %,d bytes  %.0f s".formatted(100 * read / size, read, size, seconds);
            System.err.print(terminal ? "\r" + line : line + System.lineSeparator());
        }
    }
}
