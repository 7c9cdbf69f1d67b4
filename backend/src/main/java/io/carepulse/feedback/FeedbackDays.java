package io.carepulse.feedback;

import io.carepulse.feedback.FeedbackDay.Mark;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventConsumer;
import io.carepulse.platform.events.RollupRebuild;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Keeps the {@link FeedbackDay}s: a consumer of the inbox's changes ({@link FeedbackChanges#STREAM})
 * takes the changed thread, as it is now, into the day the patient wrote it, so an event handled
 * twice or late changes nothing more. The events come in the log's order, one at a time. A rebuild
 * writes every day again from the threads.
 */
@Component
class FeedbackDays implements RollupRebuild {

    static final String CONSUMER = "feedback-summary-days";
    /** Times a mark is measured again when another write came first (a rebuild), before the event is retried. */
    private static final int CONFLICTS_MAX = 5;

    private final TenantMongo mongo;
    private final OrganizationSettingsStore settings;

    FeedbackDays(TenantMongo mongo, OrganizationSettingsStore settings) {
        this.mongo = mongo;
        this.settings = settings;
    }

    @Bean
    static EventConsumer<FeedbackThread> feedbackDaysConsumer(FeedbackDays days) {
        return EventConsumer.of(CONSUMER, FeedbackChanges.STREAM, days::changed);
    }

    static String day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().toString();
    }

    Mono<Void> changed(Event<FeedbackThread> event) {
        return mongo.findById(event.payload().id(), FeedbackThread.class).flatMap(this::mark);
    }

    /**
     * Takes the thread's figures as they are now into its day: its mark set, the day's counts moved
     * by the difference from the mark before, its due time kept while it waits for a reply. Written
     * only over the mark it was measured against (its revision), else measured again.
     */
    Mono<Void> mark(FeedbackThread thread) {
        Mark now = Mark.of(thread);
        String hex = thread.id().toHexString();
        return Mono.zip(settings.current(), mongo.tenant()).flatMap(t -> {
            String day = day(now.openedAt(), t.getT1().zone());
            String id = FeedbackDay.id(t.getT2(), day);
            return Mono.defer(() -> take(id, day, hex, now))
                    .retryWhen(Retry.max(CONFLICTS_MAX).filter(MarkConflict.class::isInstance));
        });
    }

    private Mono<Void> take(String id, String day, String hex, Mark now) {
        Query read = Query.query(Criteria.where("_id").is(id));
        read.fields().include(FeedbackDay.THREADS + "." + hex);
        return mongo.find(read, FeedbackDay.class).next().map(found -> Optional.ofNullable(found.threads().get(hex)))
                .defaultIfEmpty(Optional.empty()).flatMap(stored -> {
                    Mark before = stored.orElse(null);
                    if (now.sameAs(before)) {
                        return Mono.empty();
                    }
                    String field = "threads." + hex;
                    Update update = new Update().set(field, now.revised(before == null ? 1 : before.revision() + 1))
                            .setOnInsert("day", day);
                    FeedbackDay.change(before, now).forEach((key, n) -> update.inc("counts." + key, n));
                    if (now.waiting()) {
                        update.set("waiting." + hex, now.dueAt());
                    } else if (before != null && before.waiting()) {
                        update.unset("waiting." + hex);
                    }
                    Criteria unchanged = Criteria.where("_id").is(id).and(field + ".revision");
                    unchanged = before == null ? unchanged.exists(false) : unchanged.is(before.revision());
                    return PendingAudit.outside(mongo.updateOne(Query.query(unchanged), update, FeedbackDay.class,
                                    true))
                            // The day made meanwhile (an upsert's insert refused by the ID): measured again.
                            .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false))
                            .flatMap(written -> written ? Mono.<Void>empty() : Mono.error(new MarkConflict()));
                });
    }

    /** The thread's mark changed between its reading and the write. */
    private static final class MarkConflict extends RuntimeException {
        MarkConflict() {
            super("The thread's figures changed meanwhile", null, false, false);
        }
    }

    @Override
    public String name() {
        return "feedback summary days";
    }

    /**
     * Every day of the organisation written whole from its threads (read without what anyone wrote):
     * marks, counts and waiting threads; then the days no thread belongs to any more (after a change
     * of time zone) removed.
     */
    @Override
    public Mono<Void> rebuild() {
        Query threads = new Query();
        // The record's primitives (hasPhi, version) too: a record cannot be made without them.
        threads.fields().include("organizationId", "source", "status", "firstResponseDueAt", "firstRespondedAt",
                "createdAt", "messages.sentAt", "hasPhi", "version");
        return Mono.zip(settings.current(), mongo.tenant()).flatMap(t -> mongo.find(threads, FeedbackThread.class)
                .collect(HashMap<String, Map<String, Mark>>::new, (days, thread) -> {
                    Mark mark = Mark.of(thread);
                    days.computeIfAbsent(day(mark.openedAt(), t.getT1().zone()), d -> new HashMap<>())
                            .put(thread.id().toHexString(), mark);
                })
                .flatMap(days -> {
                    List<String> ids = days.keySet().stream().map(day -> FeedbackDay.id(t.getT2(), day)).toList();
                    return Flux.fromIterable(days.entrySet())
                            .concatMap(day -> PendingAudit.outside(mongo.updateOne(
                                    Query.query(Criteria.where("_id").is(FeedbackDay.id(t.getT2(), day.getKey()))),
                                    whole(day.getKey(), day.getValue()), FeedbackDay.class, true)))
                            .then(PendingAudit.outside(mongo.remove(Query.query(Criteria.where("_id").nin(ids)),
                                    FeedbackDay.class)));
                })).then();
    }

    /** A day's document as its threads make it. */
    static Update whole(String day, Map<String, Mark> marks) {
        Map<String, Instant> waiting = new HashMap<>();
        marks.forEach((hex, mark) -> {
            if (mark.waiting()) {
                waiting.put(hex, mark.dueAt());
            }
        });
        return new Update().set("day", day).set("threads", marks).set("counts", FeedbackDay.counts(marks.values()))
                .set("waiting", waiting);
    }
}
