package io.carepulse.liveqa.question;

import graphql.GraphQLContext;
import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.QuestionStatus;
import io.carepulse.liveqa.events.LiveEventLog;
import io.carepulse.liveqa.session.SessionModerators;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.tenancy.TenantMongo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code LiveQuestion}, and the questions, pin and event position of a {@code LiveSession}. */
@Controller
public class LiveQuestionController {

    /** Questions listed on one session in one read at most (newest first). */
    public static final int QUESTIONS_MAX = 500;

    private final TenantMongo mongo;
    private final LiveEventLog log;
    private final Directory directory;
    private final SessionModerators moderators;

    LiveQuestionController(TenantMongo mongo, LiveEventLog log, Directory directory, SessionModerators moderators) {
        this.moderators = moderators;
        this.mongo = mongo;
        this.log = log;
        this.directory = directory;
    }

    @SchemaMapping(typeName = "LiveSession")
    Mono<List<LiveQuestion>> questions(LiveSession session, @Argument List<QuestionStatus> status,
            @Argument Integer first) {
        int limit = pageSize(first, QUESTIONS_MAX);
        Criteria criteria = Criteria.where("sessionId").is(session.id());
        if (status != null && !status.isEmpty()) {
            criteria.and("status").in(status);
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
        LiveQuestion.excludingUpvoters(query);
        return mongo.find(query, LiveQuestion.class).collectList();
    }

    /** A list's {@code first}: 1 to {@code max}, refused (not clamped) outside. */
    public static int pageSize(Integer first, int max) {
        int size = first == null ? 100 : first;
        if (size < 1 || size > max) {
            throw new io.carepulse.platform.graphql.BadInputException(
                    "first must be between 1 and " + max + ", was " + size, "first");
        }
        return size;
    }

    @SchemaMapping(typeName = "LiveSession")
    Mono<LiveQuestion> pinnedQuestion(LiveSession session) {
        Query query = Query.query(Criteria.where("sessionId").is(session.id())
                .and("pinKey").is(session.id().toHexString()));
        LiveQuestion.excludingUpvoters(query);
        return mongo.findOne(query, LiveQuestion.class);
    }

    @SchemaMapping(typeName = "LiveSession")
    Mono<Long> eventSequence(LiveSession session) {
        return log.lastSequence(session.id());
    }

    /** Depends on the session's state too (a rejected question is restored only while it is live). */
    @SchemaMapping
    Mono<Set<ModerationAction>> allowedActions(LiveQuestion question, GraphQLContext request) {
        return moderators.session(question.sessionId(), request)
                .map(session -> ModerationAction.allowedOn(question, session.status()));
    }

    @SchemaMapping(typeName = "LiveQuestion")
    Mono<LiveSession> session(LiveQuestion question, GraphQLContext request) {
        return moderators.session(question.sessionId(), request);
    }

    /** Counted per state in one pass over the session's questions (by its index), without their texts. */
    @SchemaMapping(typeName = "LiveSession")
    Mono<QuestionCounts> questionCounts(LiveSession session) {
        Query query = Query.query(Criteria.where("sessionId").is(session.id()));
        // The state, and the primitive fields a question cannot be built without: never the text.
        query.fields().include("status", "anonymous", "upvoteCount", "revision");
        return mongo.find(query, LiveQuestion.class).map(LiveQuestion::status)
                .reduceWith(() -> new int[QuestionStatus.values().length], (counts, status) -> {
                    counts[status.ordinal()]++;
                    return counts;
                })
                .map(counts -> new QuestionCounts(counts[QuestionStatus.PENDING.ordinal()],
                        counts[QuestionStatus.APPROVED.ordinal()], counts[QuestionStatus.ANSWERED.ordinal()],
                        counts[QuestionStatus.REJECTED.ordinal()]));
    }

    /** GraphQL {@code LiveQuestionCounts}. */
    record QuestionCounts(int pending, int approved, int answered, int rejected) {
    }

    @BatchMapping(typeName = "QuestionAnswer")
    Mono<Map<LiveQuestion.Answer, User>> answeredBy(List<LiveQuestion.Answer> answers) {
        return directory.usersOf(answers, LiveQuestion.Answer::answeredBySubject);
    }

    @Bean
    static NodeFetcher<LiveQuestion> liveQuestionNodes(TenantMongo mongo) {
        return NodeFetcher.byObjectId(LiveQuestion.TYPE, LiveQuestion::id, id -> mongo.findById(id, LiveQuestion.class));
    }
}
