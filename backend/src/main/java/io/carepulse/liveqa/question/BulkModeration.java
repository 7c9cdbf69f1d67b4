package io.carepulse.liveqa.question;

import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.audience.LiveQaInputs.ModerateQuestionInput;
import io.carepulse.liveqa.session.SessionModerators;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.TenantMongo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code moderateQuestions}: approve or reject several questions of one session, as a moderator
 * clearing a queue does. Each question goes through the same guarded update as
 * {@code moderateQuestion} and succeeds or fails on its own; the audit log records one entry on
 * the session when any of them changed.
 */
@Controller
class BulkModeration {

    static final int BULK_MAX = 100;

    record ModerateQuestionsInput(List<String> questionIds, ModerationAction action) {
    }

    record ModerateQuestionsPayload(List<LiveQuestion> questions, List<UserError> userErrors, String sessionId)
            implements MutationPayload {

        static ModerateQuestionsPayload failed(UserError error) {
            return new ModerateQuestionsPayload(List.of(), List.of(error), null);
        }

        @Override
        public boolean audited() {
            return questions.stream().anyMatch(Objects::nonNull);
        }

        @Override
        public String auditTargetId() {
            return sessionId;
        }

        @Override
        public String auditTargetType() {
            return LiveSession.TYPE;
        }
    }

    private final QuestionModeration moderation;
    private final TenantMongo mongo;

    BulkModeration(QuestionModeration moderation, TenantMongo mongo) {
        this.moderation = moderation;
        this.mongo = mongo;
    }

    @MutationMapping
    Mono<ModerateQuestionsPayload> moderateQuestions(@Argument ModerateQuestionsInput input) {
        List<String> ids = input.questionIds() == null ? List.of() : input.questionIds();
        if (ids.isEmpty() || ids.size() > BULK_MAX) {
            return Mono.just(ModerateQuestionsPayload.failed(UserError.onInput(UserErrorCode.INVALID,
                    "Choose between 1 and " + BULK_MAX + " questions", "questionIds")));
        }
        if (input.action() != ModerationAction.APPROVE && input.action() != ModerationAction.REJECT) {
            return Mono.just(ModerateQuestionsPayload.failed(UserError.onInput(UserErrorCode.INVALID,
                    "Only approving and rejecting can be done to several questions at once", "action")));
        }
        List<ObjectId> objectIds = ids.stream().map(id -> GlobalId.objectId(id, LiveQuestion.TYPE)).toList();
        Query query = Query.query(Criteria.where("_id").in(objectIds.stream().filter(Objects::nonNull).toList()));
        LiveQuestion.excludingUpvoters(query);
        return mongo.find(query, LiveQuestion.class).collectMap(LiveQuestion::id, Function.identity())
                .flatMap(found -> found.isEmpty() ? Mono.just(notFound(objectIds.size()))
                        : sessionOf(objectIds, found).flatMap(session -> moderate(session, objectIds, found,
                                input.action())));
    }

    /** The session of the first question asked for that exists; questions of any other are refused one by one. */
    private Mono<LiveSession> sessionOf(List<ObjectId> ids, Map<ObjectId, LiveQuestion> found) {
        ObjectId sessionId = ids.stream().filter(found::containsKey).findFirst().map(found::get).orElseThrow()
                .sessionId();
        return mongo.findById(sessionId, LiveSession.class)
                .flatMap(session -> CurrentCaller.required()
                        .flatMap(caller -> SessionModerators.requireRunner(caller, session)));
    }

    private Mono<ModerateQuestionsPayload> moderate(LiveSession session, List<ObjectId> ids,
            Map<ObjectId, LiveQuestion> found, ModerationAction action) {
        LiveQuestion[] after = new LiveQuestion[ids.size()];
        List<UserError> errors = new ArrayList<>();
        return CurrentCaller.required().flatMap(caller -> Flux.range(0, ids.size()).concatMap(i -> {
            LiveQuestion q = ids.get(i) == null ? null : found.get(ids.get(i));
            if (q == null || !q.sessionId().equals(session.id())) {
                errors.add(itemError(i, UserErrorCode.NOT_FOUND, q == null
                        ? "No question with this ID exists" : "This question belongs to another session"));
                return Mono.empty();
            }
            return moderation.act(session, q, new ModerateQuestionInput(null, action, null, null), caller)
                    .doOnNext(payload -> {
                        if (payload.question() != null) {
                            after[i] = payload.question();
                        } else {
                            payload.userErrors().forEach(e -> errors.add(itemError(i, e.code(), e.message())));
                        }
                    });
        }).then(Mono.fromSupplier(() -> new ModerateQuestionsPayload(Arrays.asList(after), List.copyOf(errors),
                GlobalId.encode(LiveSession.TYPE, session.id())))));
    }

    private static ModerateQuestionsPayload notFound(int count) {
        List<UserError> errors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            errors.add(itemError(i, UserErrorCode.NOT_FOUND, "No question with this ID exists"));
        }
        return new ModerateQuestionsPayload(Arrays.asList(new LiveQuestion[count]), errors, null);
    }

    private static UserError itemError(int index, io.carepulse.platform.graphql.ErrorCode code, String message) {
        return UserError.onInput(code, message, "questionIds", String.valueOf(index));
    }
}
