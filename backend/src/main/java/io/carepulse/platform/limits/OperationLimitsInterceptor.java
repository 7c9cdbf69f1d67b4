package io.carepulse.platform.limits;

import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CurrentCaller;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The first GraphQL-level limit, before the document is parsed: its length, by kind of caller.
 * Then it tells {@link OperationLimits} who is asking: the kind of caller and the key of the cost
 * budget they draw on (the staff user or client, the participant, or the client address of an
 * anonymous caller).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class OperationLimitsInterceptor implements WebGraphQlInterceptor {

    static final String LIMITED = OperationLimitsInterceptor.class.getName() + ".caller";
    /** GraphQL context key of the client address a request came from ({@link ClientAddresses}). */
    public static final String CLIENT_ADDRESS = "clientAddress";

    private final LimitSettings settings;
    private final ClientAddresses addresses;
    private final RefusedShapes refusedShapes;

    OperationLimitsInterceptor(LimitSettings settings, ClientAddresses addresses, RefusedShapes refusedShapes) {
        this.settings = settings;
        this.addresses = addresses;
        this.refusedShapes = refusedShapes;
    }

    /** Who is asking, for {@link OperationLimits}. */
    record Limited(CallerKind kind, LimitSettings.Tier tier, String budgetKey) {
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return CurrentCaller.get().map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(caller -> {
            CallerKind kind = CallerKind.of(caller);
            LimitSettings.Tier tier = kind.tier(settings);
            String document = request.getDocument();
            if (document != null && document.length() > tier.maxDocumentCharacters()) {
                return Mono.just(refused(request, "The GraphQL document is " + document.length()
                        + " characters long; at most " + tier.maxDocumentCharacters() + " are accepted",
                        "documentCharacters", tier.maxDocumentCharacters()));
            }
            graphql.GraphQLError known = refusedShapes.get(kind, document, request.getOperationName(), request.getVariables());
            if (known != null) {
                return Mono.just(refused(request, known));
            }
            String address = addresses.resolve(request.getRemoteAddress(), request.getHeaders().get("X-Forwarded-For"));
            Limited limited = new Limited(kind, tier, budgetKey(kind, caller, address));
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(c -> c.put(LIMITED, limited)
                    .put(CLIENT_ADDRESS, address)).build());
            return chain.next(request);
        });
    }

    private static String budgetKey(CallerKind kind, Optional<Caller> caller, String address) {
        return switch (kind) {
            case STAFF -> "staff:" + caller.get().organization() + ":" + caller.get().subject();
            case PARTICIPANT -> "participant:" + caller.get().participant().participantId();
            case ANONYMOUS -> "address:" + address;
        };
    }

    private static WebGraphQlResponse refused(WebGraphQlRequest request, String message, String limit, int max) {
        return refused(request, GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message)
                .extensions(Map.of("code", OperationLimits.LIMIT_EXCEEDED, "limit", limit, "max", max)).build());
    }

    private static WebGraphQlResponse refused(WebGraphQlRequest request, graphql.GraphQLError error) {
        var result = ExecutionResultImpl.newExecutionResult().addError(error).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
