package io.carepulse.platform.graphql;

import java.util.List;

/**
 * What every mutation returns. The audit log records a mutation when its payload carries no
 * user errors, naming the object it acted on.
 */
public interface MutationPayload {

    List<UserError> userErrors();

    /** Global ID of the object the mutation acted on, or {@code null} when it failed. */
    String auditTargetId();

    /** GraphQL type of that object. */
    String auditTargetType();
}
