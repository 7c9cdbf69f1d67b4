package io.carepulse.platform.subscriptions;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the subscription fields declared as {@link SharedSubscription}s over WebSocket by groups
 * instead of one by one. Subscribers with the same document and variables (and hence the same
 * group) share one leader execution per group ({@link SharedGroups}): each result is encoded to
 * JSON once and written to every member's socket on the socket's own event loop
 * ({@link SubscriptionSockets}); only the graphql-ws message id differs.
 *
 * <p>Authorization stays per subscriber: a subscriber joins a group only after the field's
 * {@link SharedSubscription.GroupResolver} placed it, as its own caller, and each member still
 * runs its own execution of the operation (through the {@code @access} rule and the field's
 * checks) for what it missed; only then does it receive the group's live results, those with a
 * higher sequence number than the last one it replayed, so nothing is lost or repeated.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class SharedExecutions implements WebGraphQlInterceptor {

    private static final int DOCUMENTS_CACHED = 256;
    private static final ExecutionInput MEMBER_INPUT = ExecutionInput.newExecutionInput(
            "subscription { shared }").build();

    private final Map<String, SharedSubscription> fields;
    private final SharedGroups groups;
    private final JsonMapper json;
    private final ConcurrentMap<String, Optional<Shape>> shapes = new ConcurrentHashMap<>();
    private final AtomicLong membersWritten = new AtomicLong();

    SharedExecutions(List<SharedSubscription> declared, SharedGroups groups, JsonMapper json) {
        this.fields = declared.stream().collect(Collectors.toUnmodifiableMap(SharedSubscription::field,
                Function.identity()));
        this.groups = groups;
        this.json = json;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (fields.isEmpty() || !(request instanceof WebSocketGraphQlRequest socketRequest)) {
            return chain.next(request);
        }
        Optional<Shape> shape = shapes.size() < DOCUMENTS_CACHED
                ? shapes.computeIfAbsent(request.getDocument(), this::shapeOf)
                : shapeOf(request.getDocument());
        Object groupArgument = shape.map(s -> request.getVariables().get(s.groupVariable())).orElse(null);
        if (groupArgument == null) {
            return chain.next(request); // not a shared field, or its arguments are literals: one by one
        }
        Optional<SubscriptionSockets.Socket> socket = SubscriptionSockets.of(socketRequest, json);
        if (socket.isEmpty()) {
            return chain.next(request); // not a Reactor Netty socket: one by one
        }
        Shape feed = shape.get();
        Object afterValue = feed.resumeVariable() == null ? null : request.getVariables().get(feed.resumeVariable());
        long after = afterValue instanceof Number n ? n.longValue() : -1;
        return detached(feed.declaration().groups().groupOf(groupArgument)
                .flatMap(group -> Mono.deferContextual(context -> {
                    SharedFeeds.Replay replay = new SharedFeeds.Replay(after);
                    request.configureExecutionInput((input, builder) -> builder
                            .graphQLContext(c -> c.put(SharedFeeds.ROLE, replay)).build());
                    Group.Key key = new Group.Key(feed.declaration().field(), request.getDocument(),
                            request.getOperationName(), withoutVariable(request.getVariables(), feed.resumeVariable()),
                            group);
                    return chain.next(request).map(executed -> executed.getData() instanceof Publisher<?> missed
                            ? memberResponse(member(key, socketRequest, socket.get(), missed, replay, context))
                            : executed);
                }))
                // Not allowed: the ordinary path answers with the proper error.
                .switchIfEmpty(Mono.defer(() -> chain.next(request))));
    }

    /**
     * The response Spring holds for as long as a member is subscribed: its stream only, not the
     * member's execution (its input, context and data loaders are the replay's, done with early).
     */
    private static WebGraphQlResponse memberResponse(Flux<ExecutionResult> stream) {
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(MEMBER_INPUT,
                ExecutionResultImpl.newExecutionResult().data(stream).build()));
    }

    /**
     * The same answer, but Spring's subscriber, which lives as long as the subscription, holds
     * only this Mono's sink, not the chain that produced the answer (the group lookup and the
     * member's execution, with their database operations and data loaders).
     */
    private static Mono<WebGraphQlResponse> detached(Mono<WebGraphQlResponse> response) {
        return Mono.create(sink -> sink.onCancel(response.contextWrite(sink.contextView())
                .subscribe(sink::success, sink::error, sink::success)));
    }

    /**
     * A member's subscription. Its frames, its replay's and then the group's live results after
     * it, are written to its socket directly ({@link Member}); the stream handed to Spring carries
     * no item and only ends the subscription (Spring then sends {@code complete} or {@code error}).
     * What a member needs once only (its request, should it lead the group, and its replay
     * execution) is let go of as soon as it was used, so an idle member keeps little more than its
     * place in the group.
     */
    private Flux<ExecutionResult> member(Group.Key key, WebSocketGraphQlRequest request,
            SubscriptionSockets.Socket socket, Publisher<?> missed, SharedFeeds.Replay replay, ContextView context) {
        AtomicReference<Joining> joining = new AtomicReference<>(new Joining(key, request, missed));
        return Flux.defer(() -> {
            Joining once = joining.getAndSet(null);
            if (once == null) {
                return Flux.error(new IllegalStateException("A shared subscription's member is subscribed once only"));
            }
            Group group = groups.acquire(once.key(), once.request(), context);
            Member member = new Member(socket, replay, json);
            AtomicReference<Publisher<?>> missedOnce = new AtomicReference<>(once.missed());
            group.ready.asMono().subscribe(null, member::end,
                    () -> group.admit(member, missedOnce.getAndSet(null), context));
            membersWritten.incrementAndGet();
            return member.ended.asMono()
                    .thenMany(Flux.<ExecutionResult>empty())
                    .doFinally(signal -> {
                        group.dismiss(member);
                        groups.release(group);
                    });
        });
    }

    private record Joining(Group.Key key, WebSocketGraphQlRequest request, Publisher<?> missed) {
    }

    /** Members so far whose frames were written to their sockets directly (for tests and metrics). */
    public long membersWritten() {
        return membersWritten.get();
    }

    /** Group executions started on this instance so far (for tests and metrics). */
    public long leadersStarted() {
        return groups.leadersStarted();
    }

    private static Map<String, Object> withoutVariable(Map<String, Object> variables, String name) {
        if (name == null || !variables.containsKey(name)) {
            return variables;
        }
        Map<String, Object> copy = new LinkedHashMap<>(variables);
        copy.remove(name);
        return copy;
    }

    /**
     * Whether a document is exactly one subscription to a shared field whose arguments are all
     * variables: only then can subscribers share an execution.
     */
    Optional<Shape> shapeOf(String document) {
        try {
            Document parsed = Parser.parse(document);
            var operations = parsed.getDefinitionsOfType(OperationDefinition.class);
            if (operations.size() != 1
                    || operations.getFirst().getOperation() != OperationDefinition.Operation.SUBSCRIPTION) {
                return Optional.empty();
            }
            var selections = operations.getFirst().getSelectionSet().getSelections();
            if (selections.size() != 1 || !(selections.getFirst() instanceof Field field)
                    || !fields.containsKey(field.getName())) {
                return Optional.empty();
            }
            SharedSubscription declaration = fields.get(field.getName());
            String group = null;
            String resume = null;
            for (Argument argument : field.getArguments()) {
                if (!(argument.getValue() instanceof VariableReference variable)) {
                    return Optional.empty();
                }
                if (argument.getName().equals(declaration.groupArgument())) {
                    group = variable.getName();
                } else if (argument.getName().equals(declaration.resumeArgument())) {
                    resume = variable.getName();
                }
            }
            return group == null ? Optional.empty() : Optional.of(new Shape(declaration, group, resume));
        } catch (RuntimeException e) {
            return Optional.empty(); // invalid documents take the ordinary path and get its errors
        }
    }

    record Shape(SharedSubscription declaration, String groupVariable, String resumeVariable) {
    }
}
