/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading an upload once it passes the size limit, however the client sent it (chunked bodies too). */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw tooLarge(limit);
        }
    }

    static BatchTooLargeException tooLarge(long limit) {
        return new BatchTooLargeException("the request is larger than " + size(limit)
                + "; split it, or load it on the server with ./signaal ingest");
    }

    /** {@code 50 MB}, {@code 1 KB}, {@code 1500 bytes}: as the limit was most likely configured. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
