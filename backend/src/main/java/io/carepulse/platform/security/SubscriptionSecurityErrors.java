package io.carepulse.platform.security;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Classifies access failures of subscriptions (which Spring's data-fetcher resolvers never see):
 * anonymous → UNAUTHORIZED, no listed role or scope → FORBIDDEN, as over HTTP.
 */
@Component
class SubscriptionSecurityErrors extends SubscriptionExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex) {
        if (ex instanceof AuthenticationException) {
            return GraphqlErrorBuilder.newError().errorType(ErrorType.UNAUTHORIZED).message("Unauthorized").build();
        }
        if (ex instanceof AccessDeniedException) {
            return GraphqlErrorBuilder.newError().errorType(ErrorType.FORBIDDEN).message("Forbidden").build();
        }
        return null;
    }
}
