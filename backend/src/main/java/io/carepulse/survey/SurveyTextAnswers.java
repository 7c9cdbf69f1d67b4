package io.carepulse.survey;

import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.phi.PhiFinding;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.KeysetQuery;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.survey.SurveyInputs.ReleaseSurveyAnswerInput;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Free-text answers ({@code SurveyQuestionResult.textAnswers}), for the roles that may read what
 * patients write, and {@code releaseSurveyAnswer}: an answer the PHI scanner flagged is shown
 * without its text until a compliance officer or ADMIN has read it and judged it safe.
 */
@Controller
class SurveyTextAnswers {

    static final String TYPE = "SurveyTextAnswer";
    static final int JUSTIFICATION_MIN = 20;
    private static final KeysetQuery<SurveyResponse> NEWEST_FIRST = KeysetQuery.byInstant("submittedAt",
            Sort.Direction.DESC, SurveyResponse::submittedAt, SurveyResponse::id);
    private static final UserError NOT_FOUND = UserError.onInput(UserErrorCode.NOT_FOUND,
            "No free-text answer with this ID", "answerId");

    /** GraphQL {@code SurveyTextAnswer}. */
    record TextAnswer(String id, String text, boolean held, List<PhiFinding> phiFindings, String respondentName,
            Instant submittedAt, String releasedBy) {

        static TextAnswer of(SurveyResponse response, SurveyResponse.Answer answer) {
            return new TextAnswer(GlobalId.encode(TYPE, response.id().toHexString() + ":" + answer.questionId()),
                    answer.held() ? null : answer.text(), answer.held(), answer.phiFindings(),
                    response.respondentName(), response.submittedAt(), answer.releasedBy());
        }
    }

    record ReleaseSurveyAnswerPayload(TextAnswer answer, List<UserError> userErrors, String auditTargetId)
            implements MutationPayload {

        @Override
        public String auditTargetType() {
            return Survey.TYPE;
        }
    }

    private final TenantMongo mongo;
    private final SurveyTallies tallies;
    private final Directory directory;
    private final Clock clock;

    SurveyTextAnswers(TenantMongo mongo, SurveyTallies tallies, Directory directory, Clock clock) {
        this.mongo = mongo;
        this.tallies = tallies;
        this.directory = directory;
        this.clock = clock;
    }

    @SchemaMapping(typeName = "SurveyQuestionResult")
    Mono<Connection<TextAnswer>> textAnswers(SurveyResults.QuestionResult result, @Argument Integer first,
            @Argument String after) {
        if (result.question().type() != Survey.QuestionType.FREE_TEXT) {
            return Mono.just(Connection.empty());
        }
        String questionId = result.question().id();
        Criteria filter = Criteria.where("surveyId").is(result.surveyId()).and("answers").elemMatch(
                Criteria.where("questionId").is(questionId).and("text").ne(null));
        return mongo.page(NEWEST_FIRST, filter, PageRequest.of(first, after), false, SurveyResponse.class)
                .map(page -> page.map(response -> TextAnswer.of(response, response.answer(questionId))));
    }

    @SchemaMapping(typeName = "SurveyTextAnswer")
    Mono<User> releasedBy(TextAnswer answer) {
        return answer.releasedBy() == null ? Mono.empty() : directory.user(answer.releasedBy());
    }

    @MutationMapping
    Mono<ReleaseSurveyAnswerPayload> releaseSurveyAnswer(@Argument ReleaseSurveyAnswerInput input) {
        InputChecks checks = new InputChecks();
        String justification = checks.text("justification", input.justification(), 1_000, true);
        checks.check(justification == null || justification.length() >= JUSTIFICATION_MIN, UserErrorCode.INVALID,
                "Say in at least " + JUSTIFICATION_MIN + " characters why this answer may be shown", "justification");
        GlobalId id = GlobalId.parse(input.answerId());
        String[] parts = id == null || !TYPE.equals(id.type()) ? new String[0] : id.key().split(":", 2);
        if (parts.length != 2 || !ObjectId.isValid(parts[0])) {
            checks.fail(UserErrorCode.NOT_FOUND, NOT_FOUND.message(), "answerId");
        }
        if (!checks.ok()) {
            return Mono.just(new ReleaseSurveyAnswerPayload(null, checks.errors(), null));
        }
        ObjectId responseId = new ObjectId(parts[0]);
        String questionId = parts[1];
        return CurrentCaller.required().flatMap(caller -> mongo.findById(responseId, SurveyResponse.class)
                .filter(response -> response.answer(questionId) != null && response.answer(questionId).text() != null)
                .flatMap(response -> {
                    if (!response.answer(questionId).held()) {
                        return Mono.just(new ReleaseSurveyAnswerPayload(null, List.of(UserError.onInput(
                                UserErrorCode.INVALID_STATE, "This answer is shown already", "answerId")), null));
                    }
                    // By the answer's position, guarded on its question and state (no positional operator:
                    // not every MongoDB we run on has it with $elemMatch).
                    String at = "answers." + response.answers().indexOf(response.answer(questionId)) + ".";
                    Query held = Query.query(Criteria.where("_id").is(responseId).and(at + "questionId").is(questionId)
                            .and(at + "held").is(true));
                    Update release = io.carepulse.platform.events.EventLog.outboxUpdate(new Update()
                                    .set(at + "held", false).set(at + "releasedBy", caller.subject())
                                    .set(at + "releasedAt", clock.instant())
                                    .set(at + "releaseJustification", justification),
                            tallies.released(response.surveyId(), questionId));
                    return mongo.findAndModify(held, release, SurveyResponse.class)
                            .flatMap(after -> tallies.relay(after.id()).thenReturn(new ReleaseSurveyAnswerPayload(
                                    TextAnswer.of(after, after.answer(questionId)), List.of(),
                                    GlobalId.encode(Survey.TYPE, after.surveyId()))))
                            .switchIfEmpty(Mono.fromSupplier(() -> new ReleaseSurveyAnswerPayload(null,
                                    List.of(UserError.onInput(UserErrorCode.INVALID_STATE,
                                            "This answer is shown already", "answerId")), null)));
                }))
                .switchIfEmpty(Mono.fromSupplier(() -> new ReleaseSurveyAnswerPayload(null, List.of(NOT_FOUND),
                        null)));
    }
}
