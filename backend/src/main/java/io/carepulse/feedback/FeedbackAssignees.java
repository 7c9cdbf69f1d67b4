package io.carepulse.feedback;

import graphql.GraphQLContext;
import io.carepulse.platform.security.AccessRelation;
import io.carepulse.platform.security.Caller;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The {@code FEEDBACK_ASSIGNEE} relation of the schema's access rules: the staff member a thread
 * is assigned to reads its messages and notes (a clinical reviewer asked to help with an answer),
 * whatever their role.
 */
@Component
class FeedbackAssignees implements AccessRelation {

    @Override
    public String name() {
        return "FEEDBACK_ASSIGNEE";
    }

    @Override
    public Mono<Boolean> holds(Caller caller, Object source, GraphQLContext request) {
        return Mono.just(source instanceof FeedbackThread thread && caller.subject() != null
                && caller.subject().equals(thread.assignee()) && caller.organization().equals(thread.organizationId()));
    }
}
