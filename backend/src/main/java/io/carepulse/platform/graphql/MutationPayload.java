package io.carepulse.platform.graphql;

import java.util.List;
import org.springframework.security.core.Authentication;

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

    /**
     * Whether the mutation changed something and is recorded in the audit log: when it has no
     * user errors. A mutation over several objects, each succeeding or failing on its own, is
     * recorded when any of them changed.
     */
    default boolean audited() {
        return userErrors().isEmpty();
    }

    /**
     * Who acted, when the request itself has no caller: a member of the public who just joined
     * a live session acts as the participant the mutation created. Null means the request's caller.
     */
    default Authentication auditActor() {
        return null;
    }
}
