package io.carepulse.liveqa.session;

import java.security.SecureRandom;

/**
 * Join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn from a
 * secure random source — about 8.5 × 10^11 codes, so guessing one by enumeration is hopeless.
 */
public final class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    /** The shared DRBG: it never reads a file on a request thread. */
    private static final SecureRandom RANDOM = io.carepulse.platform.crypto.RandomTokens.random();

    private JoinCodes() {
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
