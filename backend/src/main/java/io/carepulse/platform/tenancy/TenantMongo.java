package io.carepulse.platform.tenancy;

import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.security.CurrentCaller;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.query.UpdateDefinition;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The only way features reach tenant-owned collections. Every operation is narrowed to the
 * caller's organisation here, once, so no query can forget it: another tenant's document is
 * indistinguishable from one that does not exist.
 */
@Component
public class TenantMongo {

    static final String REGISTRY = "outbox_registry";
    private static final String AUDITED = "audited-collections";

    private final ReactiveMongoTemplate mongo;
    private final java.util.Set<String> audited = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public TenantMongo(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The caller's organisation slug. */
    public Mono<String> tenant() {
        return CurrentCaller.required().map(caller -> caller.organization());
    }

    public <T extends TenantOwned> Flux<T> find(Query query, Class<T> type) {
        return tenant().flatMapMany(org -> mongo.find(scoped(query, org), type));
    }

    /**
     * Documents of {@code type}'s collection as stored, not mapped: for a hot read of many large
     * documents (per-day counts) that parses only what it needs, where mapping every nested value
     * to records would cost more than the read itself.
     */
    public <T extends TenantOwned> Flux<org.bson.Document> findStored(Query query, Class<T> type) {
        return tenant().flatMapMany(org -> mongo.find(scoped(query, org), org.bson.Document.class,
                mongo.getCollectionName(type)));
    }

    public <T extends TenantOwned> Mono<T> findOne(Query query, Class<T> type) {
        return tenant().flatMap(org -> mongo.findOne(scoped(query, org), type));
    }

    public <T extends TenantOwned> Mono<T> findById(Object id, Class<T> type) {
        return findOne(Query.query(Criteria.where("_id").is(id)), type);
    }

    /**
     * One page of a keyset-paginated list of the caller's organisation; {@code totalCount} is
     * counted only when asked for, so a page costs one command otherwise.
     */
    public <T extends TenantOwned> Mono<Connection<T>> page(KeysetQuery<T> keyset, Criteria filter,
            PageRequest request, boolean withTotal, Class<T> type) {
        Mono<Optional<Integer>> total = withTotal
                ? count(new Query(filter), type).map(n -> Optional.of(n.intValue()))
                : Mono.just(Optional.empty());
        return Mono.zip(find(keyset.page(filter, request), type).collectList(), total)
                .map(t -> keyset.connection(t.getT1(), request, t.getT2().orElse(null)));
    }

    public <T extends TenantOwned> Mono<Long> count(Query query, Class<T> type) {
        return tenant().flatMap(org -> mongo.count(scoped(Query.of(query).limit(0).skip(0), org), type));
    }

    public <T extends TenantOwned> Mono<Boolean> exists(Query query, Class<T> type) {
        return tenant().flatMap(org -> mongo.exists(scoped(query, org), type));
    }

    /** Inserts a document built for the caller's organisation (with the mutation's audit entry, if it is the first write). */
    public <T extends TenantOwned> Mono<T> insert(Function<String, T> build) {
        return tenant().flatMap(org -> {
            T document = build.apply(org);
            if (!org.equals(document.organizationId())) {
                return Mono.error(new IllegalStateException("Document built for another organisation"));
            }
            return Mono.deferContextual(context -> {
                PendingAudit pending = PendingAudit.in(context);
                String collection = mongo.getCollectionName(document.getClass());
                org.bson.Document entry = pending == null ? null : pending.claimFor(collection, document.getClass());
                if (entry == null) {
                    return mongo.insert(document);
                }
                org.bson.Document raw = new org.bson.Document();
                mongo.getConverter().write(document, raw);
                return insertWithAudit(raw, collection, pending, entry).thenReturn(document);
            });
        });
    }

    /** Inserts a converted document carrying the audit entry it claimed, and notes where the entry went. */
    private Mono<org.bson.Document> insertWithAudit(org.bson.Document raw, String collection, PendingAudit pending,
            org.bson.Document entry) {
        raw.put(PendingAudit.OUTBOX_FIELD, java.util.List.of(entry));
        return remember(collection).then(mongo.insert(raw, collection))
                .doOnNext(written -> pending.writtenTo(written.get("_id")))
                .doOnError(e -> pending.notWritten());
    }

    /** Atomically updates one document and returns it as it is after the update. */
    public <T extends TenantOwned> Mono<T> findAndModify(Query query, UpdateDefinition update, Class<T> type) {
        return tenant().flatMap(org -> audited(update, type, withAudit -> mongo.findAndModify(scoped(query, org),
                withAudit, FindAndModifyOptions.options().returnNew(true), type)));
    }

    /**
     * Runs an update of one document of {@code type}, with the mutation's pending audit entry
     * added when this is the mutation's first write, and notes which document took it.
     */
    private <T> Mono<T> audited(UpdateDefinition update, Class<T> type, Function<UpdateDefinition, Mono<T>> write) {
        return Mono.deferContextual(context -> {
            PendingAudit pending = PendingAudit.in(context);
            if (pending == null || !(update instanceof Update plain)) {
                return write.apply(update);
            }
            org.bson.Document entry = pending.claimFor(mongo.getCollectionName(type), type);
            if (entry == null) {
                return write.apply(update);
            }
            plain.push(PendingAudit.OUTBOX_FIELD, entry);
            return remember(mongo.getCollectionName(type)).then(write.apply(update))
                    .doOnNext(written -> pending.writtenTo(mongo.getConverter().getMappingContext()
                            .getRequiredPersistentEntity(type).getIdentifierAccessor(written).getIdentifier()))
                    .doOnError(e -> pending.notWritten())
                    .switchIfEmpty(Mono.fromRunnable(pending::notWritten));
        });
    }

    /**
     * Applies {@code update} to one document only if its {@code version} is still
     * {@code expectedVersion} (and {@code guard} still matches), bumping the version: a
     * single-document compare-and-set, so concurrent writers can never overwrite each other.
     */
    public <T extends Versioned> Mono<UpdateOutcome<T>> updateVersioned(Object id, int expectedVersion,
            Criteria guard, Update update, Class<T> type) {
        Query query = Query.query(Criteria.where("_id").is(id).and(Versioned.VERSION_FIELD).is(expectedVersion));
        if (guard != null) {
            query.addCriteria(guard);
        }
        return findAndModify(query, update.inc(Versioned.VERSION_FIELD, 1), type)
                .<UpdateOutcome<T>>map(UpdateOutcome.Updated::new)
                .switchIfEmpty(Mono.defer(() -> findById(id, type)
                        .<UpdateOutcome<T>>map(current -> new UpdateOutcome.Conflict<>(current.version()))
                        .defaultIfEmpty(new UpdateOutcome.NotFound<>())));
    }

    /** Updates one document of the caller's organisation, inserting it (in that organisation) when missing. */
    public <T extends TenantOwned> Mono<T> upsert(Query query, UpdateDefinition update, Class<T> type) {
        return tenant().flatMap(org -> audited(update, type, withAudit -> mongo.findAndModify(scoped(query, org),
                withAudit, FindAndModifyOptions.options().upsert(true).returnNew(true), type)));
    }

    /**
     * Updates one document of the caller's organisation without reading it back, inserting it
     * when {@code upsert} and nothing matches; true when one matched or was inserted. For writes
     * that are not a mutation's change (a consumer's roll-ups): no audit entry rides on it.
     */
    public <T extends TenantOwned> Mono<Boolean> updateOne(Query query, UpdateDefinition update, Class<T> type,
            boolean upsert) {
        return tenant().flatMap(org -> upsert ? mongo.upsert(scoped(query, org), update, type)
                : mongo.updateFirst(scoped(query, org), update, type))
                .map(result -> result.getMatchedCount() > 0 || result.getUpsertedId() != null);
    }

    /** Removes the caller's organisation's documents that match; answers how many. */
    public <T extends TenantOwned> Mono<Long> remove(Query query, Class<T> type) {
        return tenant().flatMap(org -> mongo.remove(scoped(query, org), type)).map(result -> result.getDeletedCount());
    }

    /**
     * The document that is the caller's organisation itself, keyed by the organisation's slug
     * ({@code _id}) rather than owned through a field.
     */
    public <T> Mono<T> findOwnOrganization(Class<T> type) {
        return tenant().flatMap(org -> mongo.findById(org, type));
    }

    /** Updates (or creates) the document that is the caller's organisation itself. */
    public <T> Mono<Void> upsertOwnOrganization(UpdateDefinition update, Class<T> type) {
        return tenant().flatMap(org -> mongo.upsert(Query.query(Criteria.where("_id").is(org)), update, type)).then();
    }

    /**
     * Takes a mutation's audit entry out of the document that carried it, once it is recorded
     * (or the mutation failed); nothing when no write carried it.
     */
    public Mono<Void> settle(PendingAudit pending) {
        PendingAudit.Claim claim = pending.claim();
        if (claim == null) {
            return Mono.empty();
        }
        return tenant().flatMap(org -> mongo.updateFirst(Query.query(Criteria.where("_id").is(claim.documentId())
                                .and(TenantOwned.FIELD).is(org)),
                        new Update().pull(PendingAudit.OUTBOX_FIELD, new org.bson.Document("entryId", pending.entryId())),
                        claim.collection()))
                .then();
    }

    /**
     * For the event log: inserts a document of {@code type} already converted (it carries its
     * outbox), with the mutation's audit entry when this is the mutation's first write.
     */
    public Mono<Void> insertRaw(org.bson.Document raw, String collection, Class<?> type) {
        return tenant().flatMap(org -> !org.equals(raw.getString(TenantOwned.FIELD))
                ? Mono.error(new IllegalStateException("Document built for another organisation"))
                : Mono.deferContextual(context -> {
                    PendingAudit pending = PendingAudit.in(context);
                    org.bson.Document entry = pending == null ? null : pending.claimFor(collection, type);
                    return (entry == null ? mongo.insert(raw, collection)
                            : insertWithAudit(raw, collection, pending, entry)).then();
                }));
    }

    /** For recovery: the collections that have held audit entries. */
    public Flux<String> auditedCollections() {
        return mongo.findById(AUDITED, org.bson.Document.class, REGISTRY)
                .flatMapIterable(registry -> registry.getList("collections", String.class, java.util.List.of()));
    }

    /** Remembers, once per collection and process, that a collection holds audit entries (for recovery). */
    private Mono<Void> remember(String collection) {
        if (audited.contains(collection)) {
            return Mono.empty();
        }
        return mongo.upsert(Query.query(Criteria.where("_id").is(AUDITED)),
                        new Update().addToSet("collections", collection), REGISTRY)
                .doOnSuccess(done -> audited.add(collection))
                .then();
    }

    private static Query scoped(Query query, String org) {
        return Query.of(query).addCriteria(Criteria.where(TenantOwned.FIELD).is(org));
    }
}
