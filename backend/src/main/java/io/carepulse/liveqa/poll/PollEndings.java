package io.carepulse.liveqa.poll;

import io.carepulse.liveqa.LiveEvent;
import io.carepulse.liveqa.LivePoll;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.events.LiveEventLog;
import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventConsumer;
import io.carepulse.platform.tenancy.TenantMongo;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** A session that ends closes its open poll: a consumer of the session's stream, so a crash cannot skip it. */
@Component
class PollEndings {

    private final TenantMongo mongo;
    private final PollMutations polls;

    PollEndings(TenantMongo mongo, PollMutations polls) {
        this.mongo = mongo;
        this.polls = polls;
    }

    @Bean
    static EventConsumer<LiveEvent.Payload> livePollEndingsConsumer(PollEndings endings) {
        return EventConsumer.of("live-poll-endings", LiveEventLog.STREAM, endings::handle);
    }

    Mono<Void> handle(Event<LiveEvent.Payload> event) {
        if (!LiveEvent.Type.SESSION_ENDED.name().equals(event.type())) {
            return Mono.empty();
        }
        ObjectId sessionId = new ObjectId(event.key());
        return mongo.findById(sessionId, LiveSession.class)
                .flatMap(session -> mongo.findOne(Query.query(Criteria.where("openKey").is(event.key())),
                                LivePoll.class)
                        .flatMap(open -> polls.closing(open.id(), session)))
                .then();
    }
}
