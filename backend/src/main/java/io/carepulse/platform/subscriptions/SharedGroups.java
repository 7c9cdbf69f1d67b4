package io.carepulse.platform.subscriptions;

import graphql.ExecutionResult;
import graphql.execution.SubscriptionExecutionStrategy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.util.context.ContextView;
import tools.jackson.databind.json.JsonMapper;

/**
 * This instance's groups of shared subscriptions: the first member of a group starts its leader
 * execution, the last one to leave stops it.
 */
@Component
class SharedGroups {

    private final ExecutionGraphQlService service;
    private final JsonMapper json;
    private final ConcurrentMap<Group.Key, Group> groups = new ConcurrentHashMap<>();
    private final AtomicLong leaderIds = new AtomicLong();

    SharedGroups(ExecutionGraphQlService service, JsonMapper json) {
        this.service = service;
        this.json = json;
    }

    /** The group of this key, started by this member's request if it is the first. */
    Group acquire(Group.Key key, WebGraphQlRequest request, ContextView context) {
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

    void release(Group group) {
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

    long leadersStarted() {
        return leaderIds.get();
    }

    /** Starts the group's one execution of the operation, live results only, as its first member's caller. */
    private Disposable lead(Group group, WebGraphQlRequest member, ContextView context) {
        Group.Key key = group.key;
        Map<String, Object> body = new HashMap<>();
        body.put("query", key.document());
        if (key.operationName() != null) {
            body.put("operationName", key.operationName());
        }
        body.put("variables", key.variables());
        WebGraphQlRequest leader = new WebGraphQlRequest(member.getUri().toUri(), member.getHeaders(),
                member.getCookies(), member.getRemoteAddress(), Map.of(), body,
                "shared-" + key.field() + "-" + leaderIds.incrementAndGet(), member.getLocale());
        leader.configureExecutionInput((input, builder) -> builder.graphQLContext(c -> c.put(SharedFeeds.ROLE, group)
                .put(SubscriptionExecutionStrategy.KEEP_SUBSCRIPTION_EVENTS_ORDERED, true)).build());
        return service.execute(leader)
                .flatMapMany(response -> response.getData() instanceof Publisher<?> results
                        ? Flux.from(results).cast(ExecutionResult.class)
                        : Flux.<ExecutionResult>error(new IllegalStateException(
                                "A shared subscription's group could not start: " + response.getErrors())))
                .map(result -> new Group.Sequenced(group.nextSequence(), json.writeValueAsBytes(result.toSpecification())))
                .contextWrite(context)
                .doFinally(signal -> {
                    group.finished = true;
                    groups.remove(key, group);
                })
                .subscribe(group::emit, group::fail, group::complete);
    }
}
