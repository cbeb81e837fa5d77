package uk.council.procurement.security.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import uk.council.procurement.security.entity.StoredPassword;

/**
 * Hashes passwords the way the server's Elytron jdbc-realm verifies them (scram-mapper,
 * scram-sha-256): PBKDF2-HMAC-SHA-256 over the NFKC-normalised password, 32-byte key, base64.
 * The JDK provides the algorithm; no library is needed.
 */
public final class PasswordHashing {

    /**
     * Work factor. Every HTTP Basic request verifies the password again, so this is a trade-off
     * between brute-force cost and API latency (about 60 ms per verification on a 2-core machine).
     */
    public static final int ITERATIONS = 100_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashing() {
    }

    public static StoredPassword hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, ITERATIONS);
        var base64 = Base64.getEncoder();
        return new StoredPassword(base64.encodeToString(hash), base64.encodeToString(salt), ITERATIONS);
    }

    public static boolean verify(String password, StoredPassword stored) {
        var base64 = Base64.getDecoder();
        byte[] expected = base64.decode(stored.hash());
        byte[] actual = pbkdf2(password, base64.decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        // PBEKeySpec encodes chars as UTF-8, as SCRAM does after normalisation.
        char[] normalised = Normalizer.normalize(password, Normalizer.Form.NFKC).toCharArray();
        try {
            var spec = new PBEKeySpec(normalised, salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            java.util.Arrays.fill(normalised, '\0');
        }
    }
}
