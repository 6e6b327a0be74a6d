/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests that tell whether a re-sent record is the same as the stored one. A record's fingerprint is the
 * digest of its {@code toString()}: records print every component, numbers are stored without trailing zeros, and a
 * photo prints its own digest.
 */
public final class Fingerprints {

    private Fingerprints() {}

    public static String of(Observation observation) {
        return sha256(observation.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
