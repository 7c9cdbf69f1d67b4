package io.carepulse.platform.events;

import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.TenantOwned;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Folds the events of one key into one document, each exactly once and in order: counters that
 * many writers feed (a survey's answers, a poll's votes) without a transaction. Each writer
 * writes its own document with its event (one document write, see {@link EventLog}); the
 * counters document remembers, in {@value #APPLIED}, the sequence number of the last event it
 * took in, and takes in the next ones with an update that matches only while that number is
 * unchanged. So two instances, a rerun after a crash or a consumer that sees an event twice
 * never count anything twice, and counters read by the document's ID are exact once caught up.
 */
@Component
public class EventFold {

    /** The field of the counters document that holds the last sequence number taken in. */
    public static final String APPLIED = "appliedSequence";
    /** Events taken in by one update at most (a busy key's backlog takes several). */
    static final int BATCH = 500;
    private static final int ATTEMPTS = 20;

    private final EventLog log;
    private final TenantMongo mongo;

    EventFold(EventLog log, TenantMongo mongo) {
        this.log = log;
        this.mongo = mongo;
    }

    /**
     * Brings the caller's organisation's document {@code id} up to date with the events of
     * {@code stream} about {@code key}. {@code fold} turns the events after the document's
     * {@value #APPLIED} into one update (increments, usually; it may add outbox entries of its
     * own, which the caller relays). Answers the document as it is after the last update, or as
     * it was when nothing was waiting; empty when it does not exist.
     *
     * @param applied reads {@value #APPLIED} of the document
     */
    public <P, T extends TenantOwned> Mono<T> catchUp(EventStream<P> stream, Object key, Class<T> type, Object id,
            Function<T, Long> applied, Function<List<Event<P>>, Update> fold) {
        return attempt(stream, key, type, id, applied, (document, events) -> fold.apply(events), 0, null);
    }

    /**
     * {@link #catchUp} for a fold that needs the document as it is (to keep a bounded map, say):
     * it may then set whole fields, as the update applies only to the document it was given.
     */
    public <P, T extends TenantOwned> Mono<T> catchUpFrom(EventStream<P> stream, Object key, Class<T> type, Object id,
            Function<T, Long> applied, BiFunction<T, List<Event<P>>, Update> fold) {
        return attempt(stream, key, type, id, applied, fold, 0, null);
    }

    /** {@link #catchUpFrom} starting from {@code current}, the document just read (say, by {@link #existing}). */
    public <P, T extends TenantOwned> Mono<T> catchUpFrom(T current, EventStream<P> stream, Object key, Class<T> type,
            Object id, Function<T, Long> applied, BiFunction<T, List<Event<P>>, Update> fold) {
        return attempt(stream, key, type, id, applied, fold, 0, current);
    }

    /**
     * The caller's organisation's counters document {@code id}, made by {@code empty} for that
     * organisation when it does not exist yet (counters made lazily, or whose maker died before
     * making them); when two make it at once, the first one's is kept.
     */
    public <T extends TenantOwned> Mono<T> existing(Class<T> type, Object id, Function<String, T> empty) {
        return mongo.findById(id, type).switchIfEmpty(Mono.defer(() -> mongo.insert(empty)
                .onErrorResume(DuplicateKeyException.class, e -> mongo.findById(id, type))));
    }

    private <P, T extends TenantOwned> Mono<T> attempt(EventStream<P> stream, Object key, Class<T> type, Object id,
            Function<T, Long> applied, BiFunction<T, List<Event<P>>, Update> fold, int attempt, T known) {
        return (known != null ? Mono.just(known) : mongo.findById(id, type)).flatMap(document -> {
            long from = applied.apply(document);
            return log.after(stream, key, from).take(BATCH).collectList().flatMap(events -> {
                if (events.isEmpty()) {
                    return Mono.just(document);
                }
                long to = events.getLast().sequence();
                Update update = fold.apply(document, events).set(APPLIED, to);
                Query unchanged = Query.query(Criteria.where("_id").is(id).and(APPLIED).is(from));
                return mongo.findAndModify(unchanged, update, type)
                        // Another writer took these in first: read again and take in what is left.
                        .switchIfEmpty(Mono.defer(() -> attempt < ATTEMPTS
                                ? attempt(stream, key, type, id, applied, fold, attempt + 1, null)
                                : Mono.error(new IllegalStateException("Could not take in the events of "
                                        + stream.name() + " " + key + " after " + ATTEMPTS + " attempts"))))
                        .flatMap(after -> events.size() == BATCH
                                ? attempt(stream, key, type, id, applied, fold, 0, after)
                                : Mono.just(after));
            });
        });
    }
}
