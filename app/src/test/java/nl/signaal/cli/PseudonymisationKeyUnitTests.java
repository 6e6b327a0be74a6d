/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.signaal.cli.PseudonymisationKey.BadKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared key of the sources and the HMAC-SHA256 made with it. */
class PseudonymisationKeyUnitTests {

    /** RFC 4231 test cases 6 and 7: a 131-byte key of 0xaa, longer than the block, which HMAC hashes first. */
    private static final byte[] RFC_4231_LONG_KEY = filled(131, 0xaa);

    private static final String COUNTING_KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    @TempDir
    Path dir;

    @Test
    void theMacIsHmacSha256AsRfc4231TestCasesSixAndSeven() throws BadKey {
        Mac mac = new PseudonymisationKey(RFC_4231_LONG_KEY).mac();

        assertThat(hex(mac.doFinal(ascii("Test Using Larger Than Block-Size Key - Hash Key First"))))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        assertThat(hex(mac.doFinal(ascii("This is a test using a larger than block-size key and a larger than"
                        + " block-size data. The key needs to be hashed before being used by the HMAC algorithm."))))
                .isEqualTo("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    }

    /** Keys of test cases 1 and 2 are shorter than a key file may hold, so they check the algorithm name alone. */
    @Test
    void theAlgorithmIsHmacSha256AsRfc4231TestCasesOneAndTwo() throws GeneralSecurityException {
        Mac mac = Mac.getInstance(PseudonymisationKey.ALGORITHM);
        mac.init(new SecretKeySpec(filled(20, 0x0b), PseudonymisationKey.ALGORITHM));
        assertThat(hex(mac.doFinal(ascii("Hi There"))))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        mac.init(new SecretKeySpec(ascii("Jefe"), PseudonymisationKey.ALGORITHM));
        assertThat(hex(mac.doFinal(ascii("what do ya want for nothing?"))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void aKeyFileInHexadecimalBase64OrBase64UrlGivesTheSameKey() throws IOException, BadKey {
        byte[] counting = HexFormat.of().parseHex(COUNTING_KEY);
        Path lower = write("lower.key", COUNTING_KEY + "\n");
        Path upperWrapped = write("upper.key", COUNTING_KEY.toUpperCase().replaceAll("(.{16})", "$1\n"));
        Path base64 = write("b64.key", Base64.getEncoder().encodeToString(counting) + "\r\n");
        Path base64Url =
                write("b64url.key", Base64.getUrlEncoder().withoutPadding().encodeToString(counting));

        for (Path file : new Path[] {lower, upperWrapped, base64, base64Url}) {
            // HMAC-SHA256(00 01 02 … 1f, "signaal-key-id"), by Python's hmac module
            assertThat(PseudonymisationKey.read(file).id())
                    .as(file.getFileName().toString())
                    .isEqualTo("397e8b8f");
        }
        // bytes whose base64 has + and /, and so - and _ in the URL-safe alphabet
        byte[] high = new byte[33];
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (i % 2 == 0 ? 0xfb : 0xff);
        }
        String standard = Base64.getEncoder().encodeToString(high);
        String urlSafe = Base64.getUrlEncoder().encodeToString(high);
        assertThat(standard).contains("+").contains("/");
        assertThat(PseudonymisationKey.read(write("std.key", standard)).id())
                .isEqualTo(PseudonymisationKey.read(write("url.key", urlSafe)).id())
                .isEqualTo(new PseudonymisationKey(high).id());
    }

    @Test
    void aShortKeyIsRefusedWithoutShowingIt() throws IOException {
        String secret = "00112233445566778899aabbccddeeff00112233445566778899aabbccddee"; // 31 bytes
        Path file = write("short.key", secret + "\n");

        assertThatThrownBy(() -> PseudonymisationKey.read(file))
                .isInstanceOf(BadKey.class)
                .hasMessageContaining("short.key")
                .hasMessageContaining("has 31 bytes; at least 32 random bytes are needed")
                .hasMessageContaining("--new-key")
                .hasMessageNotContaining(secret.substring(0, 8));
    }

    @Test
    void aMissingEmptyOddOrNonKeyFileIsRefused() throws IOException {
        assertThatThrownBy(() -> PseudonymisationKey.read(dir.resolve("none.key")))
                .hasMessageStartingWith("no key file ")
                .hasMessageContaining("openssl rand -hex 32");
        Path empty = write("empty.key", "\n");
        assertThatThrownBy(() -> PseudonymisationKey.read(empty)).hasMessageContaining("it is empty");
        Path odd = write("odd.key", "a".repeat(65));
        assertThatThrownBy(() -> PseudonymisationKey.read(odd)).hasMessageContaining("odd number");
        Path words = write("words.key", "correct horse battery staple, a passphrase is not a key");
        assertThatThrownBy(() -> PseudonymisationKey.read(words))
                .hasMessageContaining("not hexadecimal or base64 text")
                .hasMessageNotContaining("horse");
        Path zeros = write("zeros.key", "00".repeat(32));
        assertThatThrownBy(() -> PseudonymisationKey.read(zeros)).hasMessageContaining("one byte repeated");
    }

    @Test
    void aNewKeyIs32RandomBytesReadableByItsOwnerAndNeverReplacesAFile() throws IOException, BadKey {
        Path file = dir.resolve("keys/link.key");

        PseudonymisationKey made = PseudonymisationKey.create(file);

        String text = Files.readString(file);
        assertThat(text).matches("[0-9a-f]{64}\n");
        assertThat(PseudonymisationKey.read(file).id()).isEqualTo(made.id());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PseudonymisationKey.readableByOthers(file)).isFalse();
        assertThatThrownBy(() -> PseudonymisationKey.create(file))
                .hasMessageContaining("exists; a key file is never replaced");
        assertThat(Files.readString(file)).isEqualTo(text);

        Path other = dir.resolve("other.key");
        PseudonymisationKey.create(other);
        assertThat(Files.readString(other)).isNotEqualTo(text);
    }

    @Test
    void theKeyIdIsAnHmacOfAFixedTextNotTheKey() throws IOException, BadKey {
        Path file = write("counting.key", COUNTING_KEY);

        // HMAC-SHA256(00 01 02 … 1f, "signaal-key-id"), by Python's hmac module
        assertThat(PseudonymisationKey.read(file).id()).isEqualTo("397e8b8f");
    }

    @Test
    void aKeyFileOthersMayReadIsNoticed() throws IOException {
        Path file = write("open.key", "ab".repeat(32));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(PseudonymisationKey.readableByOthers(file)).isTrue();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.US_ASCII);
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
