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

    /** Characters of codes people type: no look-alikes (no 0/O, 1/I/L). */
    static final String READABLE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /**
     * A code people read aloud and type (a live session's join code, a survey's link): 8 characters
     * give about 8.5 × 10^11 codes, so guessing one by enumeration is hopeless.
     */
    public static String readableCode(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
        }
        return code.toString();
    }

    /** A code as typed: case and separators (spaces, dashes) do not matter. */
    public static String normaliseCode(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
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
