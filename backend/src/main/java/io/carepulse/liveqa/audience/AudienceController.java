package io.carepulse.liveqa.audience;

import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.QuestionStatus;
import io.carepulse.liveqa.audience.AudienceViews.AudienceQuestion;
import io.carepulse.liveqa.audience.AudienceViews.AudienceSession;
import io.carepulse.liveqa.audience.AudienceViews.LiveAudience;
import io.carepulse.liveqa.audience.AudienceViews.MyQuestion;
import io.carepulse.liveqa.audience.AudienceViews.Participant;
import io.carepulse.liveqa.events.LiveEventLog;
import io.carepulse.liveqa.question.LiveQuestionController;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.security.ParticipantGrant;
import io.carepulse.platform.tenancy.TenantMongo;
import java.util.Comparator;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** {@code liveAudience}: the session a participant joined, as the audience sees it. */
@Controller
public class AudienceController {

    /** Most-upvoted first, then newest: the order a host takes questions in. */
    static final Comparator<AudienceQuestion> AUDIENCE_ORDER = Comparator
            .comparing(AudienceQuestion::pinned).reversed()
            .thenComparing(Comparator.comparingInt(AudienceQuestion::upvoteCount).reversed())
            .thenComparing(Comparator.comparing(AudienceQuestion::createdAt).reversed());

    static final int OWN_QUESTIONS_MAX = 100;

    private final TenantMongo mongo;
    private final LiveEventLog log;

    AudienceController(TenantMongo mongo, LiveEventLog log) {
        this.mongo = mongo;
        this.log = log;
    }

    @SchemaMapping(typeName = "LiveAudience")
    List<AudienceQuestion> questions(LiveAudience audience, @Argument Integer first) {
        List<AudienceQuestion> all = audience.questions();
        return all.subList(0, Math.min(all.size(), LiveQuestionController.pageSize(first, LiveQuestionController.QUESTIONS_MAX)));
    }

    @SchemaMapping(typeName = "LiveAudience")
    List<MyQuestion> myQuestions(LiveAudience audience, @Argument Integer first) {
        List<MyQuestion> all = audience.myQuestions();
        return all.subList(0, Math.min(all.size(), LiveQuestionController.pageSize(first, OWN_QUESTIONS_MAX)));
    }

    @QueryMapping
    Mono<LiveAudience> liveAudience() {
        return CurrentCaller.required().flatMap(caller -> {
            ParticipantGrant grant = caller.participant();
            ObjectId sessionId = new ObjectId(grant.sessionId());
            ObjectId participantId = new ObjectId(grant.participantId());
            // The position is read first: anything that happens while the rest is read is
            // replayed after it by liveAudienceFeed, and replaying an event is harmless.
            return log.lastSequence(sessionId).flatMap(sequence -> Mono.zip(
                    mongo.findById(sessionId, LiveSession.class),
                    mongo.findById(participantId, LiveParticipant.class),
                    visibleQuestions(sessionId),
                    ownQuestions(sessionId, participantId),
                    upvotedBy(sessionId, participantId)).map(t -> new LiveAudience(AudienceSession.of(t.getT1()),
                    Participant.of(t.getT2()), t.getT3(), t.getT4(), t.getT5(), sequence, sessionId, participantId)));
        });
    }

    private Mono<List<AudienceQuestion>> visibleQuestions(ObjectId sessionId) {
        Query query = Query.query(Criteria.where("sessionId").is(sessionId)
                        .and("status").in(QuestionStatus.APPROVED, QuestionStatus.ANSWERED))
                .with(Sort.by(Sort.Direction.DESC, "upvoteCount").and(Sort.by(Sort.Direction.DESC, "createdAt")))
                .limit(LiveQuestionController.QUESTIONS_MAX);
        LiveQuestion.excludingUpvoters(query);
        return mongo.find(query, LiveQuestion.class)
                .filter(LiveQuestion::visibleToAudience)
                .map(AudienceQuestion::of)
                .sort(AUDIENCE_ORDER)
                .collectList();
    }

    private Mono<List<MyQuestion>> ownQuestions(ObjectId sessionId, ObjectId participantId) {
        Query query = Query.query(Criteria.where("sessionId").is(sessionId).and("participantId").is(participantId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(OWN_QUESTIONS_MAX);
        LiveQuestion.excludingUpvoters(query);
        return mongo.find(query, LiveQuestion.class).map(MyQuestion::of).collectList();
    }

    private Mono<List<String>> upvotedBy(ObjectId sessionId, ObjectId participantId) {
        Query query = Query.query(Criteria.where("sessionId").is(sessionId).and("upvoters").is(participantId));
        LiveQuestion.excludingUpvoters(query);
        return mongo.find(query, LiveQuestion.class)
                .map(q -> GlobalId.encode(LiveQuestion.TYPE, q.id()))
                .collectList();
    }
}
