package io.carepulse.liveqa;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import io.carepulse.platform.events.EventHub;
import io.carepulse.platform.graphql.SlowSubscriberException;
import io.carepulse.platform.subscriptions.SubscriptionSockets;
import io.netty.channel.EventLoop;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.types.ObjectId;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
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
 * per event by one leader execution and encoded to JSON once, and those bytes are written to
 * every member's socket on the socket's own event loop ({@link SubscriptionSockets}); only the
 * graphql-ws message id differs.
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
    private static final ExecutionInput MEMBER_INPUT = ExecutionInput.newExecutionInput(
            "subscription { liveAudienceFeed(joinCode: \"…\") { sequence } }").build();
    /** Live events held for a member while its replay runs; one more cuts it off (it then resumes). */
    private static final int MEMBER_BUFFER = 4096;

    private final ExecutionGraphQlService service;
    private final LiveSubscriptions subscriptions;
    private final JsonMapper json;
    private final ConcurrentMap<String, Optional<FeedShape>> shapes = new ConcurrentHashMap<>();
    private final ConcurrentMap<GroupKey, Group> groups = new ConcurrentHashMap<>();
    private final AtomicLong leaderIds = new AtomicLong();
    private final AtomicLong membersWritten = new AtomicLong();

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
        if (!(request instanceof WebSocketGraphQlRequest socketRequest)) {
            return chain.next(request);
        }
        Optional<FeedShape> shape = shapes.size() < DOCUMENTS_CACHED
                ? shapes.computeIfAbsent(request.getDocument(), AudienceFeedFanOut::shapeOf)
                : shapeOf(request.getDocument());
        Object joinCode = shape.map(s -> request.getVariables().get(s.joinCodeVariable())).orElse(null);
        if (!(joinCode instanceof String code)) {
            return chain.next(request); // not the audience feed, or its arguments are literals: one by one
        }
        Optional<SubscriptionSockets.Socket> socket = SubscriptionSockets.of(socketRequest, json);
        if (socket.isEmpty()) {
            return chain.next(request); // not a Reactor Netty socket: one by one
        }
        FeedShape feed = shape.get();
        Object afterValue = feed.afterSequenceVariable() == null ? null
                : request.getVariables().get(feed.afterSequenceVariable());
        Long after = afterValue instanceof Number n ? n.longValue() : null;
        return detached(subscriptions.audienceSession(code)
                .flatMap(session -> Mono.deferContextual(context -> {
                    Replay replay = new Replay(after == null ? -1 : after);
                    request.configureExecutionInput((input, builder) -> builder
                            .graphQLContext(c -> c.put(MEMBER, replay)).build());
                    GroupKey key = new GroupKey(request.getDocument(), request.getOperationName(),
                            withoutVariable(request.getVariables(), feed.afterSequenceVariable()), session.id());
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
     * only this Mono's sink, not the chain that produced the answer (the session lookup and the
     * member's execution, with their database operations and data loaders).
     */
    private static Mono<WebGraphQlResponse> detached(Mono<WebGraphQlResponse> response) {
        return Mono.create(sink -> sink.onCancel(response.contextWrite(sink.contextView())
                .subscribe(sink::success, sink::error, sink::success)));
    }

    /**
     * A member's subscription. Its frames, its replay's and then the group's live events after
     * it, are written to its socket directly ({@link Member}); the stream handed to Spring carries
     * no item and only ends the subscription (Spring then sends {@code complete} or {@code error}).
     * What a member needs once only (its request, should it lead the group, its group key and its
     * replay execution) is let go of as soon as it was used, so an idle member keeps little more
     * than its place in the group.
     */
    private Flux<ExecutionResult> member(GroupKey key, WebSocketGraphQlRequest request,
            SubscriptionSockets.Socket socket, Publisher<?> missed, Replay replay, ContextView context) {
        AtomicReference<Joining> joining = new AtomicReference<>(new Joining(key, request, missed));
        return Flux.defer(() -> {
            Joining once = joining.getAndSet(null);
            if (once == null) {
                return Flux.error(new IllegalStateException("An audience feed member is subscribed once only"));
            }
            Group group = acquire(once.key(), once.request(), context);
            Member member = new Member(socket, replay, json);
            // Once admitted, the member is its group's to hold: nothing here keeps its request or replay.
            AtomicReference<Publisher<?>> missedOnce = new AtomicReference<>(once.missed());
            group.ready.asMono().subscribe(null, member::end,
                    () -> group.admit(member, missedOnce.getAndSet(null), context));
            membersWritten.incrementAndGet();
            return member.ended.asMono()
                    .thenMany(Flux.<ExecutionResult>empty())
                    .doFinally(signal -> {
                        group.dismiss(member);
                        release(group);
                    });
        });
    }

    private record Joining(GroupKey key, WebSocketGraphQlRequest request, Publisher<?> missed) {
    }

    private Group acquire(GroupKey key, WebGraphQlRequest request, ContextView context) {
        Group group = groups.compute(key, (k, current) -> {
            Group next = current == null || current.finished ? new Group(k) : current;
            next.members++;
            return next;
        });
        if (group.started.compareAndSet(false, true)) {
            group.leader = lead(group, request, context);
        }
        return group;
    }

    private void release(Group group) {
        groups.computeIfPresent(group.key, (k, current) -> {
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
    private Disposable lead(Group group, WebGraphQlRequest member, ContextView context) {
        GroupKey key = group.key;
        Map<String, Object> body = new HashMap<>();
        body.put("query", key.document());
        if (key.operationName() != null) {
            body.put("operationName", key.operationName());
        }
        body.put("variables", key.variables());
        WebGraphQlRequest leader = new WebGraphQlRequest(member.getUri().toUri(), member.getHeaders(),
                member.getCookies(), member.getRemoteAddress(), Map.of(), body,
                "audience-feed-group-" + leaderIds.incrementAndGet(), member.getLocale());
        leader.configureExecutionInput((input, builder) -> builder.graphQLContext(c -> c.put(LEADER, group)
                .put(graphql.execution.SubscriptionExecutionStrategy.KEEP_SUBSCRIPTION_EVENTS_ORDERED, true)).build());
        return service.execute(leader)
                .flatMapMany(response -> response.getData() instanceof Publisher<?> results
                        ? Flux.from(results).cast(ExecutionResult.class)
                        : Flux.<ExecutionResult>error(new IllegalStateException(
                                "The audience feed group could not start: " + response.getErrors())))
                .map(result -> new Sequenced(group.sequences.remove(), json.writeValueAsBytes(result.toSpecification())))
                .contextWrite(context)
                .doFinally(signal -> {
                    group.finished = true;
                    groups.remove(key, group);
                })
                .subscribe(group::emit, group::fail, group::complete);
    }

    /** Members so far whose frames were written to their sockets directly (for tests). */
    long membersWritten() {
        return membersWritten.get();
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

    /** A result of the group's execution, encoded to JSON once, with its event's sequence number. */
    record Sequenced(long sequence, byte[] json) {
    }

    /**
     * Subscribers sharing one execution: its results, encoded once, and how many members hold it.
     * Members are partitioned by the Netty event loop of their socket, and each result is handed
     * to a partition's members in one task on that event loop: each frame is written straight to
     * its channel, on the thread that owns it, without a hand-over or a wake-up per socket, and
     * the event loops (one or more per core) share the work. Within a partition, results arrive
     * in order.
     */
    static final class Group implements Leader {
        final Sinks.Empty<Void> ready = Sinks.empty();
        final Queue<Long> sequences = new ConcurrentLinkedQueue<>();
        final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        final GroupKey key;
        private final ConcurrentMap<EventLoop, List<Member>> partitions = new ConcurrentHashMap<>();
        volatile boolean finished;
        volatile Disposable leader;
        /** How the leader ended, once it did: null while it runs, {@link #COMPLETED} or its error. */
        private volatile Throwable ending;
        int members; // guarded by the groups map's compute()

        private static final Throwable COMPLETED = new Throwable("completed", null, false, false) {
        };

        Group(GroupKey key) {
            this.key = key;
        }

        @Override
        public void listening() {
            ready.tryEmitEmpty();
        }

        @Override
        public void emitting(long sequence) {
            sequences.add(sequence);
        }

        /**
         * Adds a member to its socket's partition, on that event loop, and only then starts its
         * replay: a live result the member's partition handles before it is in the log that the
         * replay reads, one handled after reaches the member live (and both only once).
         */
        void admit(Member member, Publisher<?> missed, ContextView context) {
            onLoop(member.socket.eventLoop(), () -> {
                if (member.isEnded()) {
                    return;
                }
                partitions.computeIfAbsent(member.socket.eventLoop(), loop -> new ArrayList<>()).add(member);
                Throwable end = ending;
                if (end != null) {
                    member.groupEnded(end == COMPLETED ? null : end);
                }
                member.replay(missed, context);
            });
        }

        void dismiss(Member member) {
            member.end(null);
            onLoop(member.socket.eventLoop(), () -> {
                List<Member> partition = partitions.get(member.socket.eventLoop());
                if (partition != null) {
                    partition.remove(member);
                }
            });
        }

        void emit(Sequenced event) {
            onEachPartition(member -> member.live(event));
        }

        void fail(Throwable error) {
            ending = error;
            ready.tryEmitError(error);
            onEachPartition(member -> member.groupEnded(error));
        }

        void complete() {
            ending = COMPLETED;
            ready.tryEmitEmpty();
            onEachPartition(member -> member.groupEnded(null));
        }

        /** One task per partition, on its event loop; each loop runs its tasks in order, so deliveries never race. */
        private void onEachPartition(java.util.function.Consumer<Member> task) {
            partitions.forEach((loop, members) -> onLoop(loop, () -> {
                for (Member member : members.toArray(Member[]::new)) {
                    task.accept(member);
                }
            }));
        }

        private static void onLoop(EventLoop loop, Runnable task) {
            try {
                loop.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // The server is shutting down.
            }
        }

        /** No member is left: nothing is pending that anyone waits for. */
        void stop() {
            Disposable current = leader;
            if (current != null) {
                current.dispose();
            }
        }
    }

    /**
     * One subscriber of a group, written to directly. Once admitted, everything about it happens
     * on its socket's event loop: its replayed results are handed there in order, live results
     * arriving meanwhile wait (up to {@link #MEMBER_BUFFER}), and after the replay a live result
     * is written only if its sequence number is above the last one the member got.
     */
    static final class Member {
        final SubscriptionSockets.Socket socket;
        final Sinks.Empty<Void> ended = Sinks.empty();
        private final Replay replay;
        private final JsonMapper json;
        private ArrayDeque<Sequenced> waiting = new ArrayDeque<>();
        private boolean groupEnded;
        private Throwable groupError;
        private volatile boolean isEnded;
        private volatile Disposable replaying;

        Member(SubscriptionSockets.Socket socket, Replay replay, JsonMapper json) {
            this.socket = socket;
            this.replay = replay;
            this.json = json;
        }

        boolean isEnded() {
            return isEnded;
        }

        /**
         * Subscribes the member's own execution (as the member's caller); its results are written
         * in order, then live ones.
         */
        void replay(Publisher<?> missed, ContextView context) {
            EventLoop loop = socket.eventLoop();
            replaying = Flux.from(missed).cast(ExecutionResult.class)
                    .map(result -> json.writeValueAsBytes(result.toSpecification()))
                    .contextWrite(context)
                    .subscribe(payload -> loop.execute(() -> write(payload)),
                            error -> loop.execute(() -> end(error)),
                            () -> loop.execute(this::replayed));
        }

        private void replayed() {
            ArrayDeque<Sequenced> held = waiting;
            waiting = null;
            replaying = null;
            if (replay.ended) {
                end(null);
                return;
            }
            while (held != null && !held.isEmpty() && !isEnded) {
                live(held.poll());
            }
            if (groupEnded) {
                end(groupError);
            }
        }

        void live(Sequenced event) {
            if (isEnded) {
                return;
            }
            if (waiting != null) {
                if (waiting.size() >= MEMBER_BUFFER) {
                    end(new SlowSubscriberException(EventHub.RESUME));
                } else {
                    waiting.add(event);
                }
                return;
            }
            if (event.sequence() > replay.last) {
                replay.last = event.sequence();
                write(event.json());
            }
        }

        /** The group's execution ended (the session ended, or it failed): so does the member, after its replay. */
        void groupEnded(Throwable error) {
            groupEnded = true;
            groupError = error;
            if (waiting == null) {
                end(error);
            }
        }

        private void write(byte[] payload) {
            if (!isEnded && !socket.writeNext(payload)) {
                end(new SlowSubscriberException(EventHub.RESUME));
            }
        }

        /** Ends the subscription once; Spring then writes its complete (or error) message after the frames above. */
        void end(Throwable error) {
            if (isEnded) {
                return;
            }
            isEnded = true;
            Disposable current = replaying;
            if (current != null) {
                current.dispose();
            }
            if (error == null) {
                ended.tryEmitEmpty();
            } else {
                ended.tryEmitError(error);
            }
        }
    }
}
