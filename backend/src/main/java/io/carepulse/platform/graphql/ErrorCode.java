package io.carepulse.platform.graphql;

/**
 * A machine-readable reason of a {@link UserError}: a value of the GraphQL enum
 * {@code UserErrorCode}. The platform's general reasons are {@link UserErrorCode}; a domain adds
 * its own as a Java enum implementing this interface and, in its own schema file,
 * {@code extend enum UserErrorCode} with the same names (a test keeps the two in step).
 */
public interface ErrorCode {

    /** The GraphQL enum value. */
    String name();
}
