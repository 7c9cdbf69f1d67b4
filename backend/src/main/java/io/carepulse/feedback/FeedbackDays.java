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
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps the {@link FeedbackDay}s: a consumer of the inbox's changes ({@link FeedbackChanges#STREAM})
 * sets the changed thread's {@link Mark} in the day the patient wrote it, read from the thread as it
 * is now, so an event handled twice or late sets the same, current state. The events come in the
 * log's order, one at a time. A rebuild writes every day again from the threads.
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

    /** Sets the thread's mark in its day, made when it is the day's first. */
    Mono<Void> mark(FeedbackThread thread) {
        Mark mark = Mark.of(thread);
        return Mono.zip(settings.current(), mongo.tenant()).flatMap(t -> {
            String day = day(mark.openedAt(), t.getT1().zone());
            Query query = Query.query(Criteria.where("_id").is(FeedbackDay.id(t.getT2(), day)));
            Update update = new Update().set("threads." + thread.id().toHexString(), mark).setOnInsert("day", day);
            return PendingAudit.outside(mongo.updateOne(query, update, FeedbackDay.class, true));
        }).then();
    }

    @Override
    public String name() {
        return "feedback summary days";
    }

    /**
     * Every day of the organisation written whole from its threads (read without what anyone wrote),
     * then the days no thread belongs to any more (after a change of time zone) removed.
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
                                    new Update().set("day", day.getKey()).set("threads", day.getValue()),
                                    FeedbackDay.class, true)))
                            .then(PendingAudit.outside(mongo.remove(Query.query(Criteria.where("_id").nin(ids)),
                                    FeedbackDay.class)));
                })).then();
    }
}
