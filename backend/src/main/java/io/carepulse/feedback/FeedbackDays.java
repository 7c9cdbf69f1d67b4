package io.carepulse.feedback;

import io.carepulse.feedback.FeedbackDay.Mark;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventConsumer;
import io.carepulse.platform.events.MarkedCounts;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps the {@link FeedbackDay}s: a consumer of the inbox's changes ({@link FeedbackChanges#STREAM})
 * takes the changed thread, as it is now, into the day the patient wrote it, so an event handled
 * twice or late changes nothing more. The events come in the log's order, one at a time. A rebuild
 * writes every day again from the threads.
 */
@Component
class FeedbackDays implements RollupRebuild {

    static final String CONSUMER = "feedback-summary-days";

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
            return Mono.defer(() -> take(id, day, hex, now)).retryWhen(MarkedCounts.RETRY);
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
                    Update also = new Update().setOnInsert("day", day);
                    if (now.waiting()) {
                        also.set("waiting." + hex, now.dueAt());
                    } else if (before != null && before.waiting()) {
                        also.unset("waiting." + hex);
                    }
                    return MarkedCounts.write(mongo, FeedbackDay.class, id, FeedbackDay.THREADS, hex, before,
                            now.revised(before == null ? 1 : before.revision() + 1), also);
                });
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
                    // Each day its own document: several written at once.
                    return Flux.fromIterable(days.entrySet())
                            .flatMap(day -> PendingAudit.outside(mongo.updateOne(
                                    Query.query(Criteria.where("_id").is(FeedbackDay.id(t.getT2(), day.getKey()))),
                                    whole(day.getKey(), day.getValue()), FeedbackDay.class, true)), RollupRebuild.WRITES_AT_ONCE)
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
        return new Update().set("day", day).set("threads", marks).set("counts", MarkedCounts.sum(marks.values()))
                .set("waiting", waiting);
    }
}
