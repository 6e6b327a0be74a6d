/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret the source organisations share to make link keys: at least 32 random bytes, in a text file as hexadecimal
 * ({@code openssl rand -hex 32}) or base64 ({@code openssl rand -base64 32}, standard or URL-safe alphabet); white space
 * and line breaks are ignored, and a file of hexadecimal digits only is read as hexadecimal. Nothing here prints or
 * returns the key itself; {@link #id()} is an HMAC of a fixed text, which lets the sources compare keys without
 * showing them.
 */
final class PseudonymisationKey {

    static final int MIN_BYTES = 32;
    static final String ALGORITHM = "HmacSHA256";

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    private static final Pattern BASE64_URL = Pattern.compile("[A-Za-z0-9_-]+={0,2}");
    private static final String HOW_TO_MAKE =
            "make one with: ./signaal pseudonymise --new-key --key-file FILE (or openssl rand -hex 32 > FILE)";

    private final SecretKeySpec key;

    PseudonymisationKey(byte[] bytes) throws BadKey {
        if (bytes.length < MIN_BYTES) {
            throw new BadKey(
                    "the key has %d bytes; at least %d random bytes are needed".formatted(bytes.length, MIN_BYTES));
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** Reads a key file; the message of a refusal names the file and what was wrong, never the file's content. */
    static PseudonymisationKey read(Path file) throws BadKey {
        byte[] content;
        try {
            if (Files.isRegularFile(file) && Files.size(file) > 1 << 16) {
                throw new BadKey("the key file " + file + " is too large to be a key file; " + HOW_TO_MAKE);
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadKey("no key file " + file.toAbsolutePath() + "; " + HOW_TO_MAKE);
        } catch (IOException e) {
            throw new BadKey("cannot read the key file " + file + ": " + e.getMessage());
        }
        byte[] bytes;
        try {
            bytes = decode(new String(content, StandardCharsets.US_ASCII).replaceAll("\\s+", ""));
        } catch (BadKey e) {
            throw unusable(file, e);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
        try {
            if (oneByteRepeated(bytes)) {
                throw new BadKey("it holds one byte repeated, not random bytes");
            }
            return new PseudonymisationKey(bytes);
        } catch (BadKey e) {
            throw unusable(file, e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** A placeholder such as 64 zeros, which a test vector may use but a key file must not. */
    private static boolean oneByteRepeated(byte[] bytes) {
        for (byte b : bytes) {
            if (b != bytes[0]) {
                return false;
            }
        }
        return true;
    }

    private static BadKey unusable(Path file, BadKey e) {
        return new BadKey("the key file " + file + " cannot be used: " + e.getMessage() + "; " + HOW_TO_MAKE);
    }

    private static byte[] decode(String text) throws BadKey {
        if (text.isEmpty()) {
            throw new BadKey("it is empty");
        }
        try {
            if (HEX.matcher(text).matches()) {
                if (text.length() % 2 != 0) {
                    throw new BadKey("it holds an odd number of hexadecimal digits");
                }
                return HexFormat.of().parseHex(text);
            } else if (BASE64.matcher(text).matches()) {
                return Base64.getDecoder().decode(text);
            } else if (BASE64_URL.matcher(text).matches()) {
                return Base64.getUrlDecoder().decode(text);
            }
        } catch (IllegalArgumentException e) {
            throw new BadKey("it is not valid base64");
        }
        throw new BadKey("it is not hexadecimal or base64 text");
    }

    /**
     * Writes a new key of 32 bytes from {@link SecureRandom} as 64 hexadecimal digits and a line break, readable by its
     * owner only where the file system has POSIX permissions; never replaces a file.
     */
    static PseudonymisationKey create(Path file) throws BadKey {
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        byte[] text = (HexFormat.of().formatHex(bytes) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (parent != null && Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.write(file, text, StandardOpenOption.TRUNCATE_EXISTING);
            return new PseudonymisationKey(bytes);
        } catch (FileAlreadyExistsException e) {
            throw new BadKey(file + " exists; a key file is never replaced (the link keys made with it would no"
                    + " longer match). Choose another name, or remove the old file yourself.");
        } catch (IOException e) {
            throw new BadKey("cannot write the key file " + file + ": " + e.getMessage());
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(text, (byte) 0);
        }
    }

    /** Whether others than the owner may read the file (POSIX file systems only; false elsewhere). */
    static boolean readableByOthers(Path file) {
        try {
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
                return false;
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A new HMAC-SHA256 with this key; one per thread. */
    Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            // every Java platform must provide HmacSHA256 (the Mac class documentation)
            throw new IllegalStateException(e);
        }
    }

    /**
     * Eight hexadecimal digits that tell keys apart: the start of HMAC-SHA256(key, "signaal-key-id"). Two sources with
     * the same id use the same key; the id reveals nothing of the key.
     */
    String id() {
        byte[] tag = mac().doFinal("signaal-key-id".getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(tag, 0, 4);
    }

    /** A key file that cannot be used, and why; the message never holds the key. */
    static final class BadKey extends Exception {
        BadKey(String message) {
            super(message);
        }
    }
}
