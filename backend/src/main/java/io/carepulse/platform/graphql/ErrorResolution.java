package io.carepulse.platform.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Maps expected query failures to classified GraphQL errors. Security errors are classified by
 * Spring's {@code ReactiveSecurityDataFetcherExceptionResolver} (UNAUTHORIZED / FORBIDDEN);
 * cancellations by the client are answered quietly; anything else stays INTERNAL_ERROR without details.
 */
@Component
class ErrorResolution extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof BadInputException bad) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(bad.getMessage())
                    .extensions(Map.of("field", bad.field(), "code", "INVALID"))
                    .build();
        }
        if (ex instanceof NotFoundException missing) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.NOT_FOUND)
                    .message(missing.getMessage())
                    .extensions(Map.of("field", missing.field(), "code", "NOT_FOUND"))
                    .build();
        }
        if (ex instanceof RateLimitedException limited) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(graphql.ErrorClassification.errorClassification("RATE_LIMITED"))
                    .message(limited.getMessage())
                    .extensions(Map.of("code", "RATE_LIMITED", "retryAfterSeconds", limited.retryAfterSeconds()))
                    .build();
        }
        if (ex instanceof AbortExecutionException) {
            // The client went away mid-request (closed connection, cancelled subscription): nothing
            // is wrong with the server, and each field would otherwise log a stack trace.
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                    .message("Request cancelled").build();
        }
        return null;
    }
}
