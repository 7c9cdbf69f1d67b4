package io.carepulse.platform.limits;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The shape and cost of every operation, checked after parsing and validation and before
 * anything executes: the number of operations in the document, root fields, aliases, depth, and
 * the cost ({@link QueryCost}) against the caller's limit for one operation and against their
 * budget, a leaky bucket that refills each second (Shopify's model). Each answer says what the
 * operation cost in {@code extensions.cost}; a refusal is a GraphQL error whose
 * {@code extensions.code} names the limit ({@code LIMIT_EXCEEDED}, {@code MAX_COST_EXCEEDED},
 * or {@code THROTTLED} with {@code retryAfterSeconds}).
 */
@Component
class OperationLimits extends SimplePerformantInstrumentation {

    static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";
    /** Fields one operation may select at all, whatever the caller: bounds the work of checking it. */
    private static final int MAX_FIELDS = 5_000;
    private static final ErrorClassification THROTTLED = ErrorClassification.errorClassification("THROTTLED");

    private final LimitSettings settings;
    private final RefusedShapes refusedShapes;
    private final Map<CallerKind, Buckets> budgets = new LinkedHashMap<>();

    OperationLimits(LimitSettings settings, RefusedShapes refusedShapes) {
        this.settings = settings;
        this.refusedShapes = refusedShapes;
        for (CallerKind kind : CallerKind.values()) {
            LimitSettings.Tier tier = kind.tier(settings);
            budgets.put(kind, Buckets.budget(tier.budget(), tier.restorePerSecond()));
        }
    }

    /** What one execution cost, between its start and its result. */
    private static final class Cost implements InstrumentationState {
        OperationLimitsInterceptor.Limited limited;
        Bucket bucket;
        long requested;
        /** What the writes cost (mutation fields), paid whatever the result holds. */
        long writes;
        boolean charged;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Cost());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        OperationLimitsInterceptor.Limited limited = execution.getGraphQLContext()
                .get(OperationLimitsInterceptor.LIMITED);
        if (limited == null || !(state instanceof Cost cost)) {
            return null; // an execution of the server's own (the audience feed's shared one), not a request
        }
        LimitSettings.Tier tier = limited.tier();
        if (limited.kind() != CallerKind.STAFF) {
            refuseWhatTheCallerMayNotCall(execution);
        }
        long requested;
        ExecutableNormalizedOperation operation;
        try {
            int operations = execution.getDocument().getDefinitionsOfType(OperationDefinition.class).size();
            check(operations, tier.maxOperations(), "operations", "operations in one document");
            operation = normalized(execution, tier);
            check(operation.getTopLevelFields().size(), tier.maxRootFields(), "rootFields", "root fields");
            check(aliases(operation.getTopLevelFields()), tier.maxAliases(), "aliases", "aliased fields");
            check(operation.getOperationDepth(), tier.maxDepth(), "depth", "levels of nesting");
            requested = QueryCost.of(operation, execution.getGraphQLSchema());
            if (requested > tier.maxCost()) {
                throw abort(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                        .message("This operation would cost " + requested + ", more than the " + tier.maxCost()
                                + " one operation may: ask for fewer rows or fields")
                        .extensions(Map.of("code", "MAX_COST_EXCEEDED", "requestedQueryCost", requested)).build());
            }
        } catch (AbortExecutionException refused) {
            // Refused for its shape alone: the same document is refused again without this work.
            refusedShapes.remember(limited.kind(), execution.getExecutionInput().getQuery(),
                    execution.getExecutionInput().getOperationName(), execution.getExecutionInput().getRawVariables().toMap(), refused.getUnderlyingErrors().getFirst());
            throw refused;
        }

        cost.writes = QueryCost.writes(operation);
        cost.limited = limited;
        cost.requested = requested;
        cost.bucket = budgets.get(limited.kind()).of(limited.budgetKey());
        ConsumptionProbe probe = cost.bucket.tryConsumeAndReturnRemaining(Math.max(1, requested));
        if (!probe.isConsumed()) {
            long retryAfter = Buckets.seconds(probe.getNanosToWaitForRefill());
            throw abort(GraphqlErrorBuilder.newError().errorType(THROTTLED)
                    .message("Too many requests: your budget is spent, try again in " + retryAfter + " s")
                    .extensions(Map.of("code", "THROTTLED", "retryAfterSeconds", retryAfter,
                            "cost", costExtension(cost, 0))).build());
        }
        cost.charged = true;
        return null;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (!(state instanceof Cost cost) || cost.bucket == null) {
            return CompletableFuture.completedFuture(result);
        }
        long actual = cost.requested;
        if (cost.charged && !(result.getData() instanceof org.reactivestreams.Publisher<?>)) {
            actual = Math.min(cost.requested, cost.writes + QueryCost.actual(result.getData()));
            if (actual < cost.requested) {
                cost.bucket.addTokens(cost.requested - actual); // pay for what was returned, not what was asked
            }
        }
        Map<String, Object> extension = costExtension(cost, cost.charged ? actual : 0);
        return CompletableFuture.completedFuture(result.transform(builder -> builder.addExtension("cost", extension)));
    }

    private Map<String, Object> costExtension(Cost cost, long actual) {
        LimitSettings.Tier tier = cost.limited.tier();
        return Map.of("requestedQueryCost", cost.requested, "actualQueryCost", actual,
                "throttleStatus", Map.of("maximumAvailable", tier.budget(),
                        "currentlyAvailable", cost.bucket.getAvailableTokens(),
                        "restoreRate", tier.restorePerSecond()));
    }

    /**
     * Anonymous callers and participants may call only a handful of operations; a document naming
     * any other is refused as the access rules would refuse it (UNAUTHORIZED or FORBIDDEN), before
     * its shape is looked at, so they hear what is wrong rather than how big their query is.
     */
    private static void refuseWhatTheCallerMayNotCall(ExecutionContext execution) {
        java.util.Optional<io.carepulse.platform.security.Caller> caller =
                io.carepulse.platform.security.RequestCallers.known(execution.getGraphQLContext());
        graphql.schema.GraphQLObjectType root = rootType(execution);
        if (caller == null || root == null) {
            return;
        }
        for (graphql.language.Selection<?> selection : execution.getOperationDefinition().getSelectionSet()
                .getSelections()) {
            if (!(selection instanceof graphql.language.Field field) || field.getName().startsWith("__")) {
                continue;
            }
            graphql.schema.GraphQLFieldDefinition definition = root.getFieldDefinition(field.getName());
            io.carepulse.platform.security.AccessRule rule = definition == null ? null
                    : io.carepulse.platform.security.AccessRule.of(definition);
            boolean allowed = rule != null && (rule.publicAccess() || caller.isPresent() && rule.permits(caller.get()));
            if (!allowed) {
                throw abort(GraphqlErrorBuilder.newError()
                        .errorType(caller.isEmpty() ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                        .message(caller.isEmpty() ? "Authentication required for " + field.getName()
                                : "Not allowed to call " + field.getName())
                        .path(List.of(field.getAlias() != null ? field.getAlias() : field.getName())).build());
            }
        }
    }

    private static graphql.schema.GraphQLObjectType rootType(ExecutionContext execution) {
        graphql.schema.GraphQLSchema schema = execution.getGraphQLSchema();
        return switch (execution.getOperationDefinition().getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
    }

    private static ExecutableNormalizedOperation normalized(ExecutionContext execution, LimitSettings.Tier tier) {
        try {
            return ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(
                    execution.getGraphQLSchema(), execution.getOperationDefinition(), execution.getFragmentsByName(),
                    execution.getCoercedVariables(), ExecutableNormalizedOperationFactory.Options.defaultOptions()
                            .maxChildrenDepth(tier.maxDepth()).maxFieldsCount(MAX_FIELDS));
        } catch (AbortExecutionException e) {
            throw abort(limitError("The operation nests deeper than " + tier.maxDepth()
                    + " levels or selects more than " + MAX_FIELDS + " fields", "depth", tier.maxDepth()));
        }
    }

    private static int aliases(List<ExecutableNormalizedField> fields) {
        int count = 0;
        for (ExecutableNormalizedField field : fields) {
            count += (field.getAlias() != null ? 1 : 0) + aliases(field.getChildren());
        }
        return count;
    }

    private static void check(int actual, int max, String limit, String what) {
        if (actual > max) {
            throw abort(limitError("The operation has " + actual + " " + what + "; at most " + max
                    + " are accepted", limit, max));
        }
    }

    private static GraphQLError limitError(String message, String limit, int max) {
        return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message)
                .extensions(Map.of("code", LIMIT_EXCEEDED, "limit", limit, "max", max)).build();
    }

    private static AbortExecutionException abort(GraphQLError error) {
        return new AbortExecutionException(List.of(error));
    }
}
