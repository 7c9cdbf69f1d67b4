package io.carepulse.feedback.themes;

/**
 * Dunning's log-likelihood ratio G² for the 2×2 table of two samples (Dunning 1993, "Accurate methods
 * for the statistics of surprise and coincidence"): {@code k1} of {@code n1} units with the term in one
 * sample, {@code k2} of {@code n2} in the other. Zero when the rates are equal; grows with both the gap
 * between the rates and the evidence for it.
 */
final class LogLikelihood {

    private LogLikelihood() {
    }

    static double g2(long k1, long n1, long k2, long n2) {
        // G² = 2 · (H(table) − H(rows) − H(columns)) with H(x…) = Σ x·ln x − N·ln N, the entropy form
        // that needs no expected counts and no special case for a zero cell.
        double cells = xLogX(k1) + xLogX(n1 - k1) + xLogX(k2) + xLogX(n2 - k2);
        double rows = xLogX(n1) + xLogX(n2);
        double columns = xLogX(k1 + k2) + xLogX(n1 - k1 + n2 - k2);
        double total = xLogX(n1 + n2);
        return Math.max(0, 2 * (cells - rows - columns + total));
    }

    private static double xLogX(long x) {
        return x == 0 ? 0 : x * Math.log(x);
    }
}
