package io.carepulse.audit;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import io.carepulse.identity.Directory;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.OperationDecorator;
import io.carepulse.platform.graphql.Reactive;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes an audit entry for every successful mutation in the product, whatever its feature:
 * it wraps each Mutation field, so a new mutation is audited without remembering to. The
 * payload is returned only after the entry is stored.
 */
@Component
class AuditRecorder implements OperationDecorator {

    /** Input keys that identify the target rather than change it. */
    private static final Set<String> NOT_CHANGES = Set.of("id", "expectedVersion", "clientMutationId");

    private final TenantMongo mongo;
    private final Directory directory;
    private final Clock clock;

    AuditRecorder(TenantMongo mongo, Directory directory, Clock clock) {
        this.mongo = mongo;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public DataFetcher<?> decorate(OperationType type, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
        if (type != OperationType.MUTATION) {
            return fetcher;
        }
        String action = field.getName();
        return env -> {
            List<String> changed = changedFields(env.getArgument("input"));
            return Reactive.toMono(fetcher.get(env))
                    .flatMap(result -> record(action, result, changed).thenReturn(result));
        };
    }

    private Mono<Void> record(String action, Object result, List<String> changed) {
        if (!(result instanceof MutationPayload payload) || !payload.userErrors().isEmpty()) {
            return Mono.empty();
        }
        if (payload.auditActor() instanceof CallerAuthentication actor) {
            // The request had no caller (e.g. joining a live session): act as the one the payload names.
            return write(actor.caller(), action, payload, changed)
                    .contextWrite(ReactiveSecurityContextHolder.withAuthentication(actor));
        }
        return CurrentCaller.required().flatMap(caller -> write(caller, action, payload, changed));
    }

    private Mono<Void> write(Caller caller, String action, MutationPayload payload, List<String> changed) {
        return remember(caller).then(mongo.insert(org -> new AuditEntry(new ObjectId(), org, action,
                caller.subject(), payload.auditTargetId(), payload.auditTargetType(), changed, clock.instant())))
                .then();
    }

    /** Staff are remembered for their names; members of the public are not users and are not kept. */
    private Mono<Void> remember(Caller caller) {
        return caller.isParticipant() ? Mono.empty() : directory.remember(caller).then();
    }

    private static List<String> changedFields(Object input) {
        if (!(input instanceof Map<?, ?> map)) {
            return List.of();
        }
        return map.keySet().stream().map(String::valueOf).filter(k -> !NOT_CHANGES.contains(k)).sorted().toList();
    }
}
