package io.carepulse.platform.events;

import io.carepulse.platform.mongo.Bookkeeping;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The event log of every stream, and the only writer of it. A feature writes its change and the
 * change's events in one document write ({@link #outboxUpdate}, {@link #insert}); then
 * {@link #relay} moves the document's waiting events to the log, each with the next sequence
 * number of its key, and takes them out of the outbox. If the process dies before that, the
 * events wait in the document until the writer's next relay or {@link OutboxRecovery} moves
 * them: nothing acknowledged is lost, and an entry moved twice is logged once (its ID is unique).
 *
 * <p>A sequence number is claimed by inserting the event under the ID {@code
 * organisation|stream|key|sequence}: the unique {@code _id} refuses a number someone else took,
 * and the writer tries the next one. A small head document per key remembers the last number, as a
 * hint that is never ahead of the log. So numbers have no gaps, an event is inserted only after its
 * predecessor, and the change stream sees them in sequence order.
 */
@Component
public class EventLog {

    /** Readers of a long history get it in pages of this size. */
    static final int REPLAY_PAGE = 500;
    static final String HEADS = "event_heads";

    private final ReactiveMongoTemplate mongo;
    private final TenantMongo tenantMongo;
    private final MongoConverter converter;
    private final Clock clock;
    private final Map<String, EventStream<?>> streams;
    private final Map<String, Class<? extends TenantOwned>> sourceTypes = new java.util.HashMap<>();
    /**
     * The last sequence number this instance logged per organisation, stream and key: where the
     * next append starts, saving a read of the key's head. Only ever behind the log (another
     * instance may have appended since: the insert is then refused, and the head read).
     */
    private final Map<String, Long> lastLogged = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LAST_LOGGED_MAX = 100_000;

    EventLog(ReactiveMongoTemplate mongo, TenantMongo tenantMongo, Clock clock, List<EventStream<?>> streams) {
        this.mongo = mongo;
        this.tenantMongo = tenantMongo;
        this.converter = mongo.getConverter();
        this.clock = clock;
        this.streams = streams.stream().collect(Collectors.toUnmodifiableMap(EventStream::name, Function.identity()));
        streams.forEach(stream -> stream.sources()
                .forEach(type -> sourceTypes.put(mongo.getCollectionName(type), type)));
        // Mapped now, on the starting thread: a type mapped on first use takes the mapping
        // context's write lock, and readers on event loops would wait for it.
        var mapping = converter.getMappingContext();
        mapping.getPersistentEntity(StoredEvent.class);
        mapping.getPersistentEntity(OutboxEntry.class);
        streams.forEach(stream -> {
            mapping.getPersistentEntity(stream.payloadType());
            stream.sources().forEach(mapping::getPersistentEntity);
        });
    }

    /** An event of {@code stream} about {@code key}, to be written with the change it describes. */
    public <P> OutboxEntry entry(EventStream<P> stream, Object key, String type, P payload) {
        declared(stream);
        if (stream.deriver() != null) {
            throw new IllegalArgumentException("Event stream " + stream.name() + " derives its payloads: use derived()");
        }
        Document body = new Document();
        converter.write(payload, body);
        return new OutboxEntry(new ObjectId().toHexString(), stream.name(), String.valueOf(key), type,
                clock.instant(), body, null);
    }

    /**
     * An event of a derived stream about {@code key}: its payload is made from the source document
     * and {@code hint} when it is logged.
     */
    public OutboxEntry derived(EventStream<?> stream, Object key, String type, Document hint) {
        declared(stream);
        if (stream.deriver() == null) {
            throw new IllegalArgumentException("Event stream " + stream.name() + " has no deriver: use entry()");
        }
        return new OutboxEntry(new ObjectId().toHexString(), stream.name(), String.valueOf(key), type,
                clock.instant(), null, hint == null ? new Document() : hint);
    }

    private void declared(EventStream<?> stream) {
        if (streams.get(stream.name()) != stream) {
            throw new IllegalArgumentException("Event stream " + stream.name() + " is not declared as a bean");
        }
    }

    /** Adds events to an update of their source document, so they are written with the change. */
    public static Update outboxUpdate(Update update, OutboxEntry... entries) {
        return update.push(OutboxEntry.FIELD).each((Object[]) entries);
    }

    /**
     * Inserts a document built for the caller's organisation together with its events, then
     * moves them to the log ({@link #relay}). Returns the document.
     */
    public <T extends TenantOwned> Mono<T> insert(Function<String, T> build, OutboxEntry... entries) {
        return tenantMongo.tenant().flatMap(org -> {
            T document = build.apply(org);
            if (!org.equals(document.organizationId())) {
                return Mono.error(new IllegalStateException("Document built for another organisation"));
            }
            Document raw = new Document();
            converter.write(document, raw);
            raw.remove("_class");
            List<Document> outbox = new ArrayList<>();
            for (OutboxEntry entry : entries) {
                Document waiting = new Document();
                converter.write(entry, waiting);
                waiting.remove("_class");
                outbox.add(waiting);
            }
            raw.put(OutboxEntry.FIELD, outbox);
            String collection = mongo.getCollectionName(document.getClass());
            // The mutation's audit entry, if this is its first write, rides on the same document write.
            return tenantMongo.insertRaw(raw, collection, document.getClass())
                    .then(relay(collection, raw.get("_id"))).thenReturn(document);
        });
    }

    /**
     * Moves the events waiting in the outbox of one document of the caller's organisation to the
     * log, oldest first. During a mutation this only notes the document, and its events are
     * moved when the mutation is done ({@link PublishAfterMutation}); otherwise they are moved now.
     */
    public Mono<Void> relay(Class<? extends TenantOwned> type, Object id) {
        return relay(mongo.getCollectionName(type), id);
    }

    private Mono<Void> relay(String collection, Object id) {
        return tenantMongo.tenant().flatMap(org -> Mono.deferContextual(context -> {
            MutationWrites mutation = context.getOrDefault(MutationWrites.class, null);
            if (mutation != null) {
                mutation.add(collection, id, org, () -> read(collection, id, org));
                return Mono.empty();
            }
            return relayNow(collection, id, org, false).then();
        }));
    }

    /** Moves the events of the documents a mutation wrote, in the order written; the tidying after in the background. */
    Mono<Void> publish(MutationWrites mutation) {
        return Flux.fromIterable(mutation.drain())
                .concatMap(written -> written.getValue()
                        // A read that failed is tried once more; if that fails too, recovery moves the events.
                        .onErrorResume(e -> read(written.getKey().collection(), written.getKey().id(),
                                written.getKey().organization()))
                        .flatMap(document -> relayDocument(written.getKey().collection(), document, true)))
                .then();
    }

    private Mono<List<Event<?>>> relayNow(String collection, Object id, String org, boolean tidyInBackground) {
        return read(collection, id, org)
                .flatMap(document -> relayDocument(collection, document, tidyInBackground))
                .defaultIfEmpty(List.of());
    }

    private Mono<Document> read(String collection, Object id, String org) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id).and(TenantOwned.FIELD).is(org)),
                Document.class, collection);
    }

    /** For recovery: moves one document's waiting events, in the document's own organisation. */
    Mono<List<Event<?>>> relayDocument(String collection, Document document) {
        return relayDocument(collection, document, false);
    }

    /**
     * Moves one document's waiting events to the log and returns them as logged, once each is in
     * the log; with {@code tidyInBackground}, without waiting for the outbox to be emptied and the
     * keys' heads to be moved (recovery redoes that if it is lost).
     */
    private Mono<List<Event<?>>> relayDocument(String collection, Document document, boolean tidyInBackground) {
        List<Document> waiting = document.getList(OutboxEntry.FIELD, Document.class, List.of());
        if (waiting.isEmpty()) {
            return Mono.just(List.of());
        }
        String org = document.getString(TenantOwned.FIELD);
        Class<? extends TenantOwned> sourceType = sourceTypes.get(collection);
        TenantOwned[] source = new TenantOwned[1];
        return Flux.fromIterable(waiting)
                .map(entry -> {
                    EventStream<?> stream = streams.get(entry.getString("stream"));
                    if (entry.get("payload") == null && stream != null && stream.deriver() != null
                            && sourceType != null) {
                        if (source[0] == null) {
                            source[0] = converter.read(sourceType, document);
                        }
                        Document body = new Document();
                        converter.write(stream.deriver().payload(source[0], entry.getString("type"),
                                entry.get("hint", Document.class)), body);
                        entry.put("payload", body);
                    }
                    return entry;
                })
                .concatMap(entry -> append(org, entry))
                .collectList()
                .flatMap(events -> {
                    List<String> moved = waiting.stream().map(entry -> entry.getString("entryId")).toList();
                    Update pull = new Update().pull(OutboxEntry.FIELD,
                            new Document("entryId", new Document("$in", moved)));
                    Mono<Void> tidy = Flux.fromIterable(events)
                            .concatMap(event -> moveHead(org, event.stream(), event.key(), event.sequence()))
                            .then(mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))), pull,
                                    collection))
                            .then();
                    List<Event<?>> asLogged = events.stream().<Event<?>>map(this::event).toList();
                    if (tidyInBackground) {
                        Bookkeeping.inBackground(tidy, "Tidying a relayed outbox");
                        return Mono.just(asLogged);
                    }
                    return tidy.thenReturn(asLogged);
                });
    }

    /**
     * Appends one outbox entry, unless it was appended before (its unique ID then refuses the
     * insert, and the copy in the log is returned); returns it as logged.
     */
    private Mono<StoredEvent> append(String org, Document entry) {
        String head = head(org, entry.getString("stream"), entry.getString("key"));
        Long known = lastLogged.get(head);
        return (known != null ? Mono.just(known) : headSequence(org, entry.getString("stream"), entry.getString("key")))
                .flatMap(last -> insertAt(org, entry, last + 1))
                .doOnNext(event -> {
                    if (lastLogged.size() >= LAST_LOGGED_MAX) {
                        lastLogged.clear(); // a bound: at worst, heads are read again
                    }
                    lastLogged.merge(head, event.sequence(), Math::max);
                });
    }

    private Mono<StoredEvent> insertAt(String org, Document entry, long sequence) {
        String stream = entry.getString("stream");
        String key = entry.getString("key");
        StoredEvent event = new StoredEvent(StoredEvent.id(org, stream, key, sequence), org, stream, key, sequence,
                entry.getString("type"), entry.getDate("at").toInstant(), entry.getString("entryId"),
                entry.get("payload", Document.class), clock.instant());
        return mongo.insert(event)
                .onErrorResume(DuplicateKeyException.class, taken -> byOutboxId(event.outboxId())
                        // Taken by another writer: after the log's head as MongoDB has it, or at least the next.
                        .switchIfEmpty(Mono.defer(() -> headSequence(org, stream, key)
                                .flatMap(head -> insertAt(org, entry, Math.max(head, sequence) + 1)))));
    }

    /** Moves the key's head to {@code sequence} unless it is further already (a hint: never ahead of the log). */
    private Mono<Void> moveHead(String org, String stream, String key, long sequence) {
        return mongo.upsert(Query.query(Criteria.where("_id").is(head(org, stream, key))),
                new Update().max("last", sequence), HEADS).then();
    }

    private Mono<StoredEvent> byOutboxId(String outboxId) {
        return mongo.findOne(Query.query(Criteria.where("outboxId").is(outboxId)), StoredEvent.class);
    }

    /**
     * The caller's organisation's last sequence number of {@code stream} about {@code key}, 0
     * before the first event: the head's number, then any the head has not caught up with.
     */
    public Mono<Long> lastSequence(EventStream<?> stream, Object key) {
        String keyText = String.valueOf(key);
        return tenantMongo.tenant().flatMap(org -> headSequence(org, stream.name(), keyText)
                .expand(last -> mongo.exists(Query.query(Criteria.where("_id")
                                .is(StoredEvent.id(org, stream.name(), keyText, last + 1))), StoredEvent.class)
                        .flatMap(exists -> exists ? Mono.just(last + 1) : Mono.empty()))
                .last());
    }

    /**
     * For maintenance jobs (retention): applies {@code update} to every event of one
     * organisation's {@code stream} about {@code key}, page by page by their IDs. The
     * organisation must come from the document the job is working on.
     */
    public Mono<Void> rewriteForMaintenance(String organization, EventStream<?> stream, Object key, Update update) {
        String keyText = String.valueOf(key);
        return headSequence(organization, stream.name(), keyText).flatMapMany(last -> Flux.range(0,
                        (int) (last / REPLAY_PAGE) + 2))
                .concatMap(page -> {
                    long from = (long) page * REPLAY_PAGE + 1;
                    List<String> ids = LongStream.range(from, from + REPLAY_PAGE)
                            .mapToObj(sequence -> StoredEvent.id(organization, stream.name(), keyText, sequence))
                            .toList();
                    return mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)
                            .and(TenantOwned.FIELD).is(organization)), update, StoredEvent.class);
                })
                .then();
    }

    /** The key's last sequence number as its head says (never ahead of the log), 0 before the first. */
    private Mono<Long> headSequence(String org, String stream, String key) {
        return mongo.findById(head(org, stream, key), Document.class, HEADS)
                .map(head -> ((Number) head.get("last")).longValue())
                .defaultIfEmpty(0L);
    }

    private static String head(String org, String stream, String key) {
        return org + "|" + stream + "|" + key;
    }

    /**
     * The caller's organisation's events of {@code stream} about {@code key} after {@code sequence},
     * oldest first, read page by page by their IDs.
     */
    public <P> Flux<Event<P>> after(EventStream<P> stream, Object key, long sequence) {
        String keyText = String.valueOf(key);
        return tenantMongo.tenant().flatMapMany(org -> page(org, stream, keyText, sequence)
                .expand(page -> page.size() < REPLAY_PAGE ? Mono.empty()
                        : page(org, stream, keyText, page.get(page.size() - 1).sequence()))
                .flatMapIterable(page -> page)
                .map(stored -> event(stream, stored)));
    }

    private Mono<List<StoredEvent>> page(String org, EventStream<?> stream, String key, long after) {
        List<String> ids = LongStream.rangeClosed(after + 1, after + REPLAY_PAGE)
                .mapToObj(sequence -> StoredEvent.id(org, stream.name(), key, sequence)).toList();
        return tenantMongo.find(Query.query(Criteria.where("_id").in(ids)), StoredEvent.class)
                .collectSortedList(Comparator.comparingLong(StoredEvent::sequence));
    }

    /** The declared stream of that name, if this instance knows it. */
    EventStream<?> stream(String name) {
        return streams.get(name);
    }

    List<EventStream<?>> streams() {
        return List.copyOf(streams.values());
    }

    Event<?> event(StoredEvent stored) {
        EventStream<?> stream = streams.get(stored.stream());
        return stream == null ? null : event(stream, stored);
    }

    <P> Event<P> event(EventStream<P> stream, StoredEvent stored) {
        P payload = converter.read(stream.payloadType(), stored.payload());
        return new Event<>(stored.organizationId(), stored.stream(), stored.key(), stored.sequence(), stored.type(),
                stored.occurredAt(), payload);
    }

    @Bean
    static IndexDeclaration eventIndexes() {
        return IndexDeclaration.of(StoredEvent.COLLECTION,
                new Index().on("outboxId", Sort.Direction.ASC).unique().named("outbox_id_unique"),
                // A consumer's replay after its change history was lost (EventConsumers).
                new Index().on("stream", Sort.Direction.ASC).on("loggedAt", Sort.Direction.ASC)
                        .named("stream_logged_at"));
    }
}
