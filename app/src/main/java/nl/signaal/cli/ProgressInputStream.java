/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Shows how much of a file has been read, on standard error: a line that redraws itself twice a second on a terminal,
 * a new line at every tenth of the file otherwise (logs), e.g. {@code read  40%  33,276,076 of 83,190,191 bytes  6 s}.
 */
final class ProgressInputStream extends FilterInputStream {

    private static final long REDRAW_NANOS = 500_000_000L;

    private final long size;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private long read;
    private long shownAt;
    private long shownPercent = -1;

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
        long percent = 100 * read / size;
        long now = System.nanoTime();
        boolean due = terminal ? now - shownAt >= REDRAW_NANOS || read >= size : percent / 10 > shownPercent / 10;
        if (!due) {
            return;
        }
        shownAt = now;
        shownPercent = percent;
        String line = "read %3d%%  %,d of %,d bytes  %.0f s".formatted(percent, read, size, (now - started) / 1e9);
        System.err.print(terminal ? "\r" + line : line + System.lineSeparator());
    }
}
