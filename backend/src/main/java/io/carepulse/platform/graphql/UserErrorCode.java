package io.carepulse.platform.graphql;

/**
 * The general reasons of {@link UserError}s, every domain's; mirrors the GraphQL enum
 * {@code UserErrorCode} of {@code common.graphqls} (a domain's own reasons extend it: {@link ErrorCode}).
 */
public enum UserErrorCode implements ErrorCode {
    REQUIRED,
    INVALID,
    TOO_LONG,
    NOT_FOUND,
    DUPLICATE,
    CONFLICT,
    INVALID_STATE,
    RATE_LIMITED
}
