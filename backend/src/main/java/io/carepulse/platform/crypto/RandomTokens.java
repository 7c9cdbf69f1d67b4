package io.carepulse.platform.crypto;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random values made on request threads (join codes, link tokens) from one DRBG seeded at class
 * loading: the platform default (NativePRNG) reads /dev/urandom on every call, which would block
 * a Netty event loop.
 */
public final class RandomTokens {

    private static final SecureRandom RANDOM = drbg();

    private RandomTokens() {
    }

    /** The shared DRBG. */
    public static SecureRandom random() {
        return RANDOM;
    }

    /** {@code bytes} random bytes as URL-safe base64 without padding (32 bytes: 43 characters). */
    public static String urlSafe(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static SecureRandom drbg() {
        try {
            SecureRandom random = SecureRandom.getInstance("DRBG");
            random.nextInt(); // instantiate (and seed) now, at class loading, not on a request thread
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No DRBG SecureRandom in this JVM", e);
        }
    }
}
