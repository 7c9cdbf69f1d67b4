package io.carepulse.platform.events;

import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.TenantOwned;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.RetrySpec;

/**
 * A roll-up of states rather than events: each item (a thread, a question) keeps its mark, its
 * figures as they stand, under {@code <marks>.<key>} of a document with a deterministic ID, and the
 * document keeps the counts its marks add up to ({@code counts}), which is all a read needs. A change
 * moves the counts by the difference between the item's mark before and now, in one write that
 * applies only over the mark it was measured against (its revision), so a repeat, a race with a
 * rebuild or a crash never counts twice; a write that finds another came first is measured again
 * ({@link #RETRY}).
 */
public final class MarkedCounts {

    /** Times a mark is measured again when another write came first, before the event is retried. */
    public static final RetrySpec RETRY = Retry.max(5).filter(Conflict.class::isInstance);

    /** An item's figures: what it adds to its document's counts, and how many changes it has taken in. */
    public interface Mark {
        Map<String, Long> counts();

        Integer revision();
    }

    private MarkedCounts() {
    }

    /** The counts of these marks added up. */
    public static Map<String, Long> sum(Collection<? extends Mark> marks) {
        return total(marks.stream().map(Mark::counts).toList());
    }

    /** Several documents' counts added up (a period's days, its sessions). */
    public static Map<String, Long> total(Collection<Map<String, Long>> counts) {
        Map<String, Long> total = new HashMap<>();
        counts.forEach(one -> one.forEach((key, n) -> total.merge(key, n, Long::sum)));
        return total;
    }

    /** What the counts change by when an item goes from {@code before} (null: new) to {@code after}. */
    public static Map<String, Long> change(Mark before, Mark after) {
        Map<String, Long> change = new HashMap<>(after.counts());
        if (before != null) {
            before.counts().forEach((key, n) -> change.merge(key, -n, Long::sum));
        }
        change.values().removeIf(n -> n == 0);
        return change;
    }

    /**
     * Sets {@code after} (its revision one past {@code before}'s) as the mark {@code marks.key} of
     * document {@code id} and moves its counts, with {@code also} in the same write, over
     * {@code before}'s revision (null: no mark yet, the document made if missing). Fails with a
     * {@link Conflict} when another write came first.
     */
    public static <T extends TenantOwned> Mono<Void> write(TenantMongo mongo, Class<T> type, String id, String marks,
            String key, Mark before, Mark after, Update also) {
        String field = marks + "." + key;
        Update update = also.set(field, after);
        change(before, after).forEach((count, n) -> update.inc("counts." + count, n));
        Criteria unchanged = Criteria.where("_id").is(id).and(field + ".revision");
        unchanged = before == null ? unchanged.exists(false) : unchanged.is(before.revision());
        return PendingAudit.outside(mongo.updateOne(Query.query(unchanged), update, type, true))
                // The document made meanwhile (an upsert's insert refused by its ID): measured again.
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false))
                .flatMap(written -> written ? Mono.<Void>empty() : Mono.error(new Conflict(field)));
    }

    /** The mark changed between its reading and the write. */
    public static final class Conflict extends RuntimeException {
        Conflict(String field) {
            super("The mark " + field + " changed meanwhile", null, false, false);
        }
    }
}
