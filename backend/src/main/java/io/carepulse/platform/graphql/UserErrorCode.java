package io.carepulse.platform.graphql;

/** Machine-readable reasons of {@link UserError}s; mirrors the GraphQL enum {@code UserErrorCode}. */
public enum UserErrorCode {
    REQUIRED,
    INVALID,
    TOO_LONG,
    NOT_FOUND,
    DUPLICATE,
    CONFLICT,
    INVALID_STATE,
    RATE_LIMITED,
    PHI_SUSPECTED
}
