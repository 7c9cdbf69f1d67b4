package io.carepulse.liveqa.poll;

import io.carepulse.liveqa.LivePoll;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.audience.AudienceViews.AudiencePoll;
import io.carepulse.liveqa.audience.AudienceViews.LiveAudience;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.tenancy.TenantMongo;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** GraphQL {@code LivePoll}, and the polls of {@code LiveSession} (staff) and {@code LiveAudience} (a participant). */
@Controller
class PollController {

    /** Polls listed per session at most: a session runs a handful. */
    static final int POLLS_MAX = 50;

    private final TenantMongo mongo;

    PollController(TenantMongo mongo) {
        this.mongo = mongo;
    }

    @SchemaMapping(typeName = "LivePoll")
    String id(LivePoll poll) {
        return GlobalId.encode(LivePoll.TYPE, poll.id());
    }

    @SchemaMapping(typeName = "LivePoll")
    List<LivePoll.Result> options(LivePoll poll) {
        return poll.results();
    }

    @SchemaMapping(typeName = "LiveSession", field = "polls")
    Mono<List<LivePoll>> sessionPolls(LiveSession session) {
        return polls(session.id()).collectList();
    }

    @SchemaMapping(typeName = "LiveSession")
    Mono<LivePoll> openPoll(LiveSession session) {
        return mongo.findOne(Query.query(Criteria.where("openKey").is(session.id().toHexString())), LivePoll.class);
    }

    @SchemaMapping(typeName = "LiveAudience", field = "polls")
    Mono<List<AudiencePoll>> audiencePolls(LiveAudience audience) {
        Mono<Map<ObjectId, String>> mine = mongo.find(Query.query(Criteria.where("sessionId")
                        .is(audience.sessionId()).and("participantId").is(audience.participantId())),
                LivePollAnswer.class).collectMap(LivePollAnswer::pollId, LivePollAnswer::optionId);
        return mine.flatMap(answers -> polls(audience.sessionId())
                .map(poll -> AudiencePoll.of(poll, answers.get(poll.id())))
                .collectList());
    }

    private Flux<LivePoll> polls(ObjectId sessionId) {
        return mongo.find(Query.query(Criteria.where("sessionId").is(sessionId))
                .with(Sort.by(Sort.Direction.DESC, "launchedAt")).limit(POLLS_MAX), LivePoll.class);
    }
}
