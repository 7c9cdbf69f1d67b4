package io.carepulse.consent;

/** The statements 164.508(c)(2) requires, and 164.508(a)(3)'s when a third party pays. */
public enum ConsentStatementKind {
    REVOCATION_RIGHT, TREATMENT_NOT_CONDITIONED, REDISCLOSURE, REMUNERATION;

    /** Required of every authorization; REMUNERATION only of paid marketing. */
    public static final java.util.List<ConsentStatementKind> ALWAYS = java.util.List.of(REVOCATION_RIGHT,
            TREATMENT_NOT_CONDITIONED, REDISCLOSURE);
}
