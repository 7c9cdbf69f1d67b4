package io.carepulse.liveqa;

import graphql.ExecutionResult;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import io.carepulse.platform.graphql.PreEncodedResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.types.ObjectId;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.context.ContextView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves {@code liveAudienceFeed} subscriptions over WebSocket by groups instead of one by one.
 * Every participant of a session sees the same feed, so subscribers with the same document and
 * variables (and hence the same session) form a group: the group's selection is executed once
 * per event by one leader execution, encoded to JSON once, and the same bytes go to every
 * member (the codec adds only each member's message id).
 *
 * <p>Authorization stays per subscriber: a subscriber joins a group only after its own token
 * was checked against the session, and each member still runs its own execution of the
 * operation (through the {@code @access} rule and the feed's checks) for what it missed
 * ({@code afterSequence}); only then does it receive the group's live events, those with a
 * higher sequence number than the last one it replayed, so nothing is lost or repeated.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AudienceFeedFanOut implements WebGraphQlInterceptor {

    /** GraphQL context key: this execution replays a member's missed events only ({@link Replay}). */
    static final String MEMBER = AudienceFeedFanOut.class.getName() + ".member";
    /** GraphQL context key: this execution is a group's leader ({@link Leader}). */
    static final String LEADER = AudienceFeedFanOut.class.getName() + ".leader";
    private static final int DOCUMENTS_CACHED = 256;
    /** Events a member may fall behind the group before it is cut off (it then resumes). */
    private static final int MEMBER_BUFFER = 4096;

    private final ExecutionGraphQlService service;
    private final LiveSubscriptions subscriptions;
    private final JsonMapper json;
    private final ConcurrentMap<String, Optional<FeedShape>> shapes = new ConcurrentHashMap<>();
    private final ConcurrentMap<GroupKey, Group> groups = new ConcurrentHashMap<>();
    private final AtomicLong leaderIds = new AtomicLong();

    AudienceFeedFanOut(ExecutionGraphQlService service, LiveSubscriptions subscriptions, JsonMapper json) {
        this.service = service;
        this.subscriptions = subscriptions;
        this.json = json;
    }

    /** What a member has replayed: the last sequence number, and whether the session's end was among it. */
    static final class Replay {
        volatile long last;
        volatile boolean ended;

        Replay(long after) {
            last = after;
        }
    }

    /** What the feed's data fetcher tells a group about its leader execution. */
    interface Leader {
        /** The leader now receives this instance's live events of the session. */
        void listening();

        /** The next result the leader produces is for the event with this sequence number. */
        void emitting(long sequence);
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest)) {
            return chain.next(request);
        }
        Optional<FeedShape> shape = shapes.size() < DOCUMENTS_CACHED
                ? shapes.computeIfAbsent(request.getDocument(), AudienceFeedFanOut::shapeOf)
                : shapeOf(request.getDocument());
        Object joinCode = shape.map(s -> request.getVariables().get(s.joinCodeVariable())).orElse(null);
        if (!(joinCode instanceof String code)) {
            return chain.next(request); // not the audience feed, or its arguments are literals: one by one
        }
        FeedShape feed = shape.get();
        Object afterValue = feed.afterSequenceVariable() == null ? null
                : request.getVariables().get(feed.afterSequenceVariable());
        Long after = afterValue instanceof Number n ? n.longValue() : null;
        return subscriptions.audienceSession(code)
                .flatMap(session -> Mono.deferContextual(context -> {
                    Replay replay = new Replay(after == null ? -1 : after);
                    request.configureExecutionInput((input, builder) -> builder
                            .graphQLContext(c -> c.put(MEMBER, replay)).build());
                    GroupKey key = new GroupKey(request.getDocument(), request.getOperationName(),
                            withoutVariable(request.getVariables(), feed.afterSequenceVariable()), session.id());
                    return chain.next(request).map(response -> response.getData() instanceof Publisher<?> missed
                            ? response.transform(b -> b.data(member(key, request, missed, replay, context)))
                            : response);
                }))
                // Not allowed: the ordinary path answers with the proper error.
                .switchIfEmpty(Mono.defer(() -> chain.next(request)));
    }

    /** A member's stream: its own replay, then the group's live events after it. */
    private Flux<ExecutionResult> member(GroupKey key, WebGraphQlRequest request, Publisher<?> missed, Replay replay,
            ContextView context) {
        return Flux.defer(() -> {
            Group group = acquire(key, request, context);
            return group.ready.asMono()
                    .thenMany(Flux.defer(() -> {
                        Flux<Sequenced> live = group.join();
                        return Flux.concat(Flux.from(missed).cast(ExecutionResult.class),
                                Flux.defer(() -> replay.ended ? Flux.<ExecutionResult>empty()
                                        : live.filter(s -> s.sequence() > replay.last).map(Sequenced::result)));
                    }))
                    .doFinally(signal -> release(key, group));
        });
    }

    private Group acquire(GroupKey key, WebGraphQlRequest request, ContextView context) {
        Group group = groups.compute(key, (k, current) -> {
            Group next = current == null || current.finished ? new Group() : current;
            next.members++;
            return next;
        });
        if (group.started.compareAndSet(false, true)) {
            group.leader = lead(key, group, request, context);
        }
        return group;
    }

    private void release(GroupKey key, Group group) {
        groups.computeIfPresent(key, (k, current) -> {
            if (current != group) {
                return current;
            }
            if (--current.members == 0) {
                current.stop();
                return null;
            }
            return current;
        });
    }

    /** Starts the group's one execution of the operation, live events only, as its first member's caller. */
    private Disposable lead(GroupKey key, Group group, WebGraphQlRequest member, ContextView context) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", key.document());
        if (key.operationName() != null) {
            body.put("operationName", key.operationName());
        }
        body.put("variables", key.variables());
        WebGraphQlRequest leader = new WebGraphQlRequest(member.getUri().toUri(), member.getHeaders(),
                member.getCookies(), member.getRemoteAddress(), Map.of(), body,
                "audience-feed-group-" + leaderIds.incrementAndGet(), member.getLocale());
        leader.configureExecutionInput((input, builder) -> builder.graphQLContext(c -> c.put(LEADER, group)).build());
        return service.execute(leader)
                .flatMapMany(response -> response.getData() instanceof Publisher<?> results
                        ? Flux.from(results).cast(ExecutionResult.class)
                        : Flux.<ExecutionResult>error(new IllegalStateException(
                                "The audience feed group could not start: " + response.getErrors())))
                .map(result -> new Sequenced(group.sequences.remove(), PreEncodedResult.of(result, json)))
                .contextWrite(context)
                .doFinally(signal -> {
                    group.finished = true;
                    groups.remove(key, group);
                })
                .subscribe(group::emit, group::fail, group::complete);
    }

    /** Group executions started on this instance so far (for tests and metrics). */
    long leadersStarted() {
        return leaderIds.get();
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
     * Whether a document is exactly one {@code liveAudienceFeed} subscription whose join code
     * (and afterSequence, if any) are variables: only then can subscribers share an execution.
     */
    static Optional<FeedShape> shapeOf(String document) {
        try {
            Document parsed = Parser.parse(document);
            var operations = parsed.getDefinitionsOfType(OperationDefinition.class);
            if (operations.size() != 1 || operations.getFirst().getOperation() != OperationDefinition.Operation.SUBSCRIPTION) {
                return Optional.empty();
            }
            var selections = operations.getFirst().getSelectionSet().getSelections();
            if (selections.size() != 1 || !(selections.getFirst() instanceof Field field)
                    || !field.getName().equals("liveAudienceFeed")) {
                return Optional.empty();
            }
            String joinCode = null;
            String after = null;
            for (Argument argument : field.getArguments()) {
                if (!(argument.getValue() instanceof VariableReference variable)) {
                    return Optional.empty();
                }
                switch (argument.getName()) {
                    case "joinCode" -> joinCode = variable.getName();
                    case "afterSequence" -> after = variable.getName();
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return joinCode == null ? Optional.empty() : Optional.of(new FeedShape(joinCode, after));
        } catch (RuntimeException e) {
            return Optional.empty(); // invalid documents take the ordinary path and get its errors
        }
    }

    record FeedShape(String joinCodeVariable, String afterSequenceVariable) {
    }

    record GroupKey(String document, String operationName, Map<String, Object> variables, ObjectId session) {
    }

    record Sequenced(long sequence, ExecutionResult result) {
    }

    /**
     * Subscribers sharing one execution: its results, encoded once, and how many members hold it.
     * Members are spread over one partition per core; each partition hands every result to its
     * members on its own worker thread, so the per-member work runs on all cores, off the thread
     * that reads MongoDB, and in order within each partition.
     */
    static final class Group implements Leader {
        private static final int PARTITIONS = Math.max(1, Runtime.getRuntime().availableProcessors());

        final Sinks.Empty<Void> ready = Sinks.empty();
        final Queue<Long> sequences = new ConcurrentLinkedQueue<>();
        final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        private final Partition[] partitions = new Partition[PARTITIONS];
        private final java.util.concurrent.atomic.AtomicInteger joined = new java.util.concurrent.atomic.AtomicInteger();
        volatile boolean finished;
        volatile Disposable leader;
        int members; // guarded by the groups map's compute()

        Group() {
            for (int i = 0; i < PARTITIONS; i++) {
                partitions[i] = new Partition(reactor.core.scheduler.Schedulers.parallel().createWorker());
            }
        }

        private record Partition(Sinks.Many<Sequenced> sink, reactor.core.scheduler.Scheduler.Worker worker) {
            Partition(reactor.core.scheduler.Scheduler.Worker worker) {
                this(Sinks.many().multicast().directBestEffort(), worker);
            }
        }

        @Override
        public void listening() {
            ready.tryEmitEmpty();
        }

        @Override
        public void emitting(long sequence) {
            sequences.add(sequence);
        }

        /** A member's view from now on, buffered until it is read (after the member's replay). */
        Flux<Sequenced> join() {
            Partition partition = partitions[Math.floorMod(joined.getAndIncrement(), PARTITIONS)];
            return BufferFromNow.of(partition.sink().asFlux(), MEMBER_BUFFER);
        }

        /** Each partition's worker runs its tasks one at a time, in order: emissions never race. */
        void emit(Sequenced event) {
            onEachPartition(partition -> partition.sink().tryEmitNext(event));
        }

        void fail(Throwable error) {
            ready.tryEmitError(error);
            onEachPartition(partition -> partition.sink().tryEmitError(error));
        }

        void complete() {
            ready.tryEmitEmpty();
            onEachPartition(partition -> partition.sink().tryEmitComplete());
        }

        private void onEachPartition(java.util.function.Consumer<Partition> task) {
            for (Partition partition : partitions) {
                try {
                    partition.worker().schedule(() -> task.accept(partition));
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    // The group was stopped (no members left) or the application is shutting down.
                }
            }
        }

        /** No member is left: nothing is pending that anyone waits for. */
        void stop() {
            Disposable current = leader;
            if (current != null) {
                current.dispose();
            }
            for (Partition partition : partitions) {
                partition.worker().dispose();
            }
        }
    }
}
