package io.carepulse.platform.events;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import io.carepulse.platform.graphql.OperationDecorator;
import io.carepulse.platform.graphql.Reactive;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Publishes a mutation's events once the mutation is done: every {@link EventLog#relay} (and
 * {@link EventLog#insert}) during a mutation only notes the written document, and after the
 * mutation and what wraps it (its audit entry, recorded by the audit decorator) the notes are
 * moved to the log, in the order they were written, before the answer is sent. So subscribers and
 * consumers never see an event of a change whose audit entry is not recorded, and the moments
 * after an event appears — when its fan-out keeps this instance's event loops busy — are not spent
 * on the mutation's own database round trips: the tidying after (the outbox emptied, the key's
 * head moved) is {@link io.carepulse.platform.mongo.Bookkeeping}. The change and its events were
 * one document write: if the process dies before they are moved, recovery moves them.
 */
@Component
public class PublishAfterMutation implements OperationDecorator {

    private final EventLog log;

    public PublishAfterMutation(EventLog log) {
        this.log = log;
    }

    @Override
    public int order() {
        return 100; // wraps the audit decorator (0), inside the access check (outermost)
    }

    @Override
    public DataFetcher<?> decorate(OperationType type, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
        if (type != OperationType.MUTATION) {
            return fetcher;
        }
        return env -> {
            MutationWrites writes = new MutationWrites();
            Mono<Object> result;
            try {
                result = Reactive.toMono(fetcher.get(env));
            } catch (Exception e) {
                result = Mono.error(e);
            }
            Mono<Void> publish = Mono.defer(() -> log.publish(writes));
            return result.contextWrite(Context.of(MutationWrites.class, writes))
                    .flatMap(done -> publish.thenReturn(done))
                    .switchIfEmpty(publish.then(Mono.empty()))
                    .onErrorResume(error -> publish.onErrorResume(ignored -> Mono.empty()).then(Mono.error(error)));
        };
    }
}
