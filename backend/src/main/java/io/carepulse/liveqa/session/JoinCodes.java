package io.carepulse.liveqa.session;

import io.carepulse.platform.crypto.RandomTokens;

/** Join codes: 8 readable characters ({@link RandomTokens#readableCode}). */
public final class JoinCodes {

    static final int LENGTH = 8;

    private JoinCodes() {
    }

    public static String next() {
        return RandomTokens.readableCode(LENGTH);
    }

    /** A code as typed: case and separators (spaces, dashes) do not matter. */
    public static String normalise(String typed) {
        return RandomTokens.normaliseCode(typed);
    }
}
