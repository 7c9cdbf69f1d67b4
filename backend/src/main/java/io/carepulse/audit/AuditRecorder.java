package io.carepulse.audit;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.carepulse.identity.Directory;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.OperationDecorator;
import io.carepulse.platform.graphql.Reactive;
import io.carepulse.platform.mongo.Bookkeeping;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Writes an audit entry for every successful mutation in the product, whatever its feature:
 * it wraps each Mutation field, so a new mutation is audited without remembering to. The entry
 * rides on the mutation's first write (in that document's audit outbox, {@link PendingAudit}), so
 * a crash after the change cannot lose it ({@link AuditRecovery} records what a crash left); after
 * a successful mutation it is recorded at once under the entry's ID and taken out of the outbox,
 * and the payload is returned only after that (the outbox is emptied in the background).
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
        GraphQLArgument inputArgument = field.getArgument("input");
        GraphQLType inputType = inputArgument == null ? null : GraphQLTypeUtil.unwrapAll(inputArgument.getType());
        return env -> {
            List<String> changed = changedFields(env.getArgument("input"));
            List<Document> enumValues = new ArrayList<>();
            if (inputType instanceof GraphQLInputObjectType inputObject) {
                EnumInputs.collect(inputObject, env.getArgument("input"), "", enumValues);
            }
            Mono<Object> result = Reactive.toMono(fetcher.get(env));
            return CurrentCaller.get()
                    .map(caller -> PendingAudit.of(action, caller.subject(), kind(caller).name(), changed, enumValues,
                            clock.instant()))
                    .map(Optional::of).defaultIfEmpty(Optional.empty())
                    .flatMap(pending -> {
                        // The mutation's first write carries the entry (see PendingAudit); a request
                        // without a caller (joining a live session) is recorded after it, as its payload says.
                        return pending.map(p -> result.contextWrite(Context.of(PendingAudit.class, p))).orElse(result)
                                .flatMap(done -> record(action, done, changed, enumValues, pending.orElse(null))
                                        .thenReturn(done));
                    });
        };
    }

    private Mono<Void> record(String action, Object result, List<String> changed, List<Document> enumValues,
            PendingAudit pending) {
        if (!(result instanceof MutationPayload payload) || !payload.audited()) {
            // A failed mutation is not audited; an entry a write took is taken out again.
            return pending == null ? Mono.empty() : mongo.settle(pending);
        }
        if (payload.auditActor() instanceof CallerAuthentication actor) {
            // The request had no caller (e.g. joining a live session): act as the one the payload names.
            return write(actor.caller(), new ObjectId(), action, payload, changed, enumValues)
                    .contextWrite(ReactiveSecurityContextHolder.withAuthentication(actor));
        }
        ObjectId id = pending == null ? new ObjectId() : new ObjectId(pending.entryId());
        List<Document> changes = pending == null ? enumValues : changesOf(pending);
        return CurrentCaller.required().flatMap(caller -> write(caller, id, action, payload, changed, changes))
                .then(pending == null ? Mono.empty() : Mono.deferContextual(context -> {
                    // Recorded: the copy in the outbox is tidied away without the answer waiting for it.
                    Bookkeeping.inBackground(mongo.settle(pending).contextWrite(context), "Tidying an audit outbox");
                    return Mono.empty();
                }));
    }

    /** Records the entry under {@code id}: once, even when recovery recorded it first. */
    private Mono<Void> write(Caller caller, ObjectId id, String action, MutationPayload payload,
            List<String> changed, List<Document> changes) {
        return Mono.when(remember(caller), mongo.insert(org -> new AuditEntry(id, org, action, caller.subject(),
                        kind(caller).name(), payload.auditTargetId(), payload.auditTargetType(), changed,
                        changes(new Document("changes", changes)), clock.instant()))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty()));
    }

    /** Staff are remembered for their names; members of the public and patients are not users and are not kept. */
    private Mono<Void> remember(Caller caller) {
        AuditEntry.ActorKind kind = kind(caller);
        return kind == AuditEntry.ActorKind.AUDIENCE || kind == AuditEntry.ActorKind.PATIENT ? Mono.empty()
                : directory.rememberRecently(caller);
    }

    private static List<Document> changesOf(PendingAudit pending) {
        @SuppressWarnings("unchecked")
        List<Document> changes = (List<Document>) pending.entry().get("changes");
        return changes == null ? List.of() : List.copyOf(changes);
    }

    /** The enum value changes an entry (or its outbox copy) holds. */
    static List<AuditEntry.Change> changes(Document entry) {
        return entry.getList("changes", Document.class, List.of()).stream()
                .map(c -> new AuditEntry.Change(c.getString("field"), c.getString("from"), c.getString("to")))
                .toList();
    }

    private static AuditEntry.ActorKind kind(Caller caller) {
        if (caller.isParticipant()) {
            return AuditEntry.ActorKind.AUDIENCE;
        }
        if (caller.subject().startsWith(io.carepulse.platform.security.CallerAuthentication.PATIENT_PREFIX)) {
            return AuditEntry.ActorKind.PATIENT;
        }
        return caller.roles().isEmpty() && !caller.scopes().isEmpty() ? AuditEntry.ActorKind.CLIENT
                : AuditEntry.ActorKind.STAFF;
    }

    private static List<String> changedFields(Object input) {
        if (!(input instanceof Map<?, ?> map)) {
            return List.of();
        }
        return map.keySet().stream().map(String::valueOf).filter(k -> !NOT_CHANGES.contains(k)).sorted().toList();
    }
}
