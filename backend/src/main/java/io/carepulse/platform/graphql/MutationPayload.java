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
     * Who acted, when the request itself has no caller: a member of the public who just joined
     * a live session acts as the participant the mutation created. Null means the request's caller.
     */
    default Authentication auditActor() {
        return null;
    }
}
