package io.carepulse.platform.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Bad or unknown arguments of a subscription, classified as they are for queries, and a slow
 * subscriber's end ({@link SlowSubscriberException}), with what to do about it.
 */
@Component
class SubscriptionInputErrors extends SubscriptionExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex) {
        if (ex instanceof BadInputException bad) {
            return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(bad.getMessage())
                    .extensions(Map.of("field", bad.field(), "code", "INVALID")).build();
        }
        if (ex instanceof NotFoundException missing) {
            return GraphqlErrorBuilder.newError().errorType(ErrorType.NOT_FOUND).message(missing.getMessage())
                    .extensions(Map.of("field", missing.field(), "code", "NOT_FOUND")).build();
        }
        if (ex instanceof SlowSubscriberException slow) {
            return GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR).message(slow.getMessage())
                    .extensions(Map.of("code", "SLOW_SUBSCRIBER", "resumable", true)).build();
        }
        return null;
    }
}
