package io.carepulse.liveqa.session;

import java.security.SecureRandom;

/**
 * Join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn from a
 * secure random source — about 8.5 × 10^11 codes, so guessing one by enumeration is hopeless.
 */
public final class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    /**
     * DRBG, seeded once here: the platform default (NativePRNG) reads /dev/urandom on every call,
     * which would block a Netty event loop.
     */
    private static final SecureRandom RANDOM = drbg();

    private JoinCodes() {
    }

    private static SecureRandom drbg() {
        try {
            SecureRandom random = SecureRandom.getInstance("DRBG");
            random.nextInt(); // instantiate (and seed) now, at class loading, not on a request thread
            return random;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("No DRBG SecureRandom in this JVM", e);
        }
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed: case and separators (spaces, dashes) do not matter. */
    public static String normalise(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
