/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A photo of the product as a CAP 1.2 {@code resource} (§3.2.3).
 *
 * @param uri the absolute address the photo can be fetched from
 * @param mimeType {@code image/jpeg}, {@code image/png}, ...
 * @param size the file's length in bytes
 * @param digest the SHA-1 hash of the file that CAP 1.2 asks for, as 40 lower-case hexadecimal digits: the
 *     specification names the algorithm (FIPS 180-2) but not how to write it, and hexadecimal is what receivers most
 *     often compare against; {@link #sha1} computes it
 */
public record CapPhoto(String uri, String mimeType, long size, String digest) {

    private static final Pattern SHA1_HEX = Pattern.compile("[0-9a-f]{40}");

    public CapPhoto {
        if (!SHA1_HEX.matcher(digest).matches()) {
            throw new IllegalArgumentException("digest must be a SHA-1 hash in 40 lower-case hex digits: " + digest);
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
    }

    /** The digest of a file, as {@link #digest} wants it. */
    public static String sha1(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}
