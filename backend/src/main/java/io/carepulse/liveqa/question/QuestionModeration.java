package io.carepulse.liveqa.question;

import io.carepulse.liveqa.LiveEvent;
import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.QuestionFlag;
import io.carepulse.liveqa.QuestionStatus;
import io.carepulse.liveqa.audience.LiveQaInputs.ModerateQuestionInput;
import io.carepulse.liveqa.audience.LiveQaPayloads.ModerateQuestionPayload;
import io.carepulse.liveqa.events.LiveEventLog;
import io.carepulse.liveqa.session.LiveSessionRules;
import io.carepulse.liveqa.session.SessionModerators;
import io.carepulse.phi.PhiErrorCode;
import io.carepulse.phi.PhiScanner;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code moderateQuestion}: approve, reject, pin, unpin, mark answered, restore and edit. Each
 * action is one atomic update guarded by the state it was decided on, so two moderators acting
 * at once cannot both succeed on a stale view: the second gets CONFLICT.
 */
@Controller
public class QuestionModeration {

    static final int ANSWER_MAX = 5000;
    private static final UserError NOT_FOUND = UserError.onInput(UserErrorCode.NOT_FOUND,
            "No question with this ID exists", "questionId");
    private static final UserError CHANGED = UserError.onInput(UserErrorCode.CONFLICT,
            "The question changed meanwhile; look at it again", "questionId");

    private final TenantMongo mongo;
    private final LiveEventLog log;
    private final PhiScanner scanner;
    private final Clock clock;

    QuestionModeration(TenantMongo mongo, LiveEventLog log, PhiScanner scanner, Clock clock) {
        this.mongo = mongo;
        this.log = log;
        this.scanner = scanner;
        this.clock = clock;
    }

    @MutationMapping
    Mono<ModerateQuestionPayload> moderateQuestion(@Argument ModerateQuestionInput input) {
        ObjectId id = GlobalId.objectId(input.questionId(), LiveQuestion.TYPE);
        if (id == null) {
            return Mono.just(failed(NOT_FOUND));
        }
        return mongo.findById(id, LiveQuestion.class)
                .flatMap(question -> mongo.findById(question.sessionId(), LiveSession.class)
                        .flatMap(session -> CurrentCaller.required()
                                .flatMap(caller -> SessionModerators.requireRunner(caller, session)
                                        .flatMap(allowed -> act(session, question, input, caller)))))
                .defaultIfEmpty(failed(NOT_FOUND));
    }

    Mono<ModerateQuestionPayload> act(LiveSession session, LiveQuestion q, ModerateQuestionInput input,
            Caller caller) {
        ModerationAction action = input.action();
        if (!ModerationAction.allowedOn(q, session.status()).contains(action)) {
            if (action == ModerationAction.APPROVE && q.status() == QuestionStatus.PENDING && q.flagged()) {
                return Mono.just(failed(UserError.onInput(PhiErrorCode.PHI_SUSPECTED,
                        q.flags().contains(QuestionFlag.PHI_SUSPECTED)
                                ? "The question seems to hold protected health information: edit it out first"
                                : "The question holds profanity: edit it first", "action")));
            }
            return Mono.just(failed(UserError.onInput(UserErrorCode.INVALID_STATE,
                    "A " + q.status() + (q.pinned() ? " pinned" : "") + " question cannot be given " + action,
                    "action")));
        }
        Instant now = clock.instant();
        Criteria unchanged = Criteria.where("_id").is(q.id()).and("status").is(q.status());
        Update update = new Update().set("updatedAt", now).inc("revision", 1);
        return switch (action) {
            case APPROVE -> apply(session, q, unchanged, update.set("status", QuestionStatus.APPROVED),
                    LiveEvent.Type.QUESTION_APPROVED);
            case REJECT -> apply(session, q, unchanged, update.set("status", QuestionStatus.REJECTED).unset("pinKey"),
                    LiveEvent.Type.QUESTION_REJECTED);
            case RESTORE -> q.status() == QuestionStatus.REJECTED ? restoreRejected(session, q, unchanged, update)
                    : apply(session, q, unchanged, update.set("status", QuestionStatus.APPROVED).unset("answer"),
                            LiveEvent.Type.QUESTION_RESTORED);
            case MARK_ANSWERED -> {
                String answer = input.answer() == null || input.answer().isBlank() ? null : input.answer().strip();
                if (answer != null && answer.length() > ANSWER_MAX) {
                    yield Mono.just(failed(UserError.onInput(UserErrorCode.TOO_LONG,
                            "answer must be at most " + ANSWER_MAX + " characters", "answer")));
                }
                // The answer reaches the audience: it is screened like the questions are.
                if (answer != null && scanner.containsPhi(answer)) {
                    yield Mono.just(failed(UserError.onInput(PhiErrorCode.PHI_SUSPECTED,
                            "The answer seems to hold protected health information: take it out before the "
                                    + "audience sees it", "answer")));
                }
                yield apply(session, q, unchanged, update.set("status", QuestionStatus.ANSWERED)
                        .set("answer", new LiveQuestion.Answer(answer, caller.subject(), now)),
                        LiveEvent.Type.QUESTION_ANSWERED);
            }
            case EDIT -> edit(session, q, input.text(), unchanged, update);
            case PIN -> pin(session, q, update);
            case UNPIN -> apply(session, q, unchanged.and("pinKey").exists(true), update.unset("pinKey"),
                    LiveEvent.Type.QUESTION_UNPINNED);
        };
    }

    /**
     * A rejected question goes back to the pending queue. Its text is screened again (the
     * scanner may have learned since), and the flags it had are kept: restoring never clears a
     * suspicion, a moderator's edit does.
     */
    private Mono<ModerateQuestionPayload> restoreRejected(LiveSession session, LiveQuestion q, Criteria unchanged,
            Update update) {
        QuestionScreening screening = QuestionScreening.of(scanner, q.text(), session.settings().profanityFilter());
        java.util.LinkedHashSet<QuestionFlag> flags = new java.util.LinkedHashSet<>(q.flags());
        flags.addAll(screening.flags());
        update.set("status", QuestionStatus.PENDING).set("flags", List.copyOf(flags))
                .set("phiFindings", screening.phiFindings().isEmpty() ? q.phiFindings() : screening.phiFindings());
        return apply(session, q, unchanged, update, LiveEvent.Type.QUESTION_RESTORED);
    }

    /** Moderators may reword a pending question; the participant's words are kept, and the new text is screened again. */
    private Mono<ModerateQuestionPayload> edit(LiveSession session, LiveQuestion q, String newText, Criteria unchanged,
            Update update) {
        String text = newText == null ? null : newText.strip();
        int limit = LiveSessionRules.QUESTION_LENGTH_MAX;
        if (text == null || text.isEmpty()) {
            return Mono.just(failed(UserError.onInput(UserErrorCode.REQUIRED, "text must not be blank for EDIT",
                    "text")));
        }
        if (text.codePointCount(0, text.length()) > limit) {
            return Mono.just(failed(UserError.onInput(UserErrorCode.TOO_LONG,
                    "text must be at most " + limit + " characters", "text")));
        }
        QuestionScreening screening = QuestionScreening.of(scanner, text, session.settings().profanityFilter());
        update.set("text", text).set("flags", screening.flags()).set("phiFindings", screening.phiFindings());
        if (q.originalText() == null) {
            update.set("originalText", q.text());
        }
        return apply(session, q, unchanged.and("text").is(q.text()), update, LiveEvent.Type.QUESTION_EDITED);
    }

    /**
     * Pins one question, unpinning the session's current one first. The unique sparse index on
     * {@code pinKey} refuses a second pinned question outright, so two moderators pinning at
     * once leave exactly one pinned; the loser is told to look again.
     */
    private Mono<ModerateQuestionPayload> pin(LiveSession session, LiveQuestion q, Update update) {
        String key = session.id().toHexString();
        Query current = Query.query(Criteria.where("sessionId").is(session.id()).and("pinKey").is(key)
                .and("_id").ne(q.id()));
        Mono<Void> unpinOthers = mongo.findOne(current, LiveQuestion.class)
                .flatMap(other -> mongo.findAndModify(Query.query(Criteria.where("_id").is(other.id())
                                        .and("pinKey").is(key)),
                                EventLog.outboxUpdate(new Update().unset("pinKey").inc("revision", 1)
                                        .set("updatedAt", clock.instant()), log.question(
                                                LiveEvent.Type.QUESTION_UNPINNED, session, other.visibleToAudience())),
                                LiveQuestion.class)
                        .flatMap(after -> log.relay(LiveQuestion.class, after.id())))
                .then();
        Criteria guard = Criteria.where("_id").is(q.id()).and("status").is(q.status()).and("pinKey").exists(false);
        return unpinOthers.then(apply(session, q, guard, update.set("pinKey", key), LiveEvent.Type.QUESTION_PINNED))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(failed(UserError.onInput(
                        UserErrorCode.CONFLICT, "Another question was pinned at the same moment; look again",
                        "questionId"))));
    }

    private Mono<ModerateQuestionPayload> apply(LiveSession session, LiveQuestion before, Criteria guard,
            Update update, LiveEvent.Type type) {
        Update withEvent = EventLog.outboxUpdate(update, log.question(type, session, before.visibleToAudience()));
        return mongo.findAndModify(Query.query(guard), withEvent, LiveQuestion.class)
                .flatMap(after -> log.relay(LiveQuestion.class, after.id())
                        .thenReturn(new ModerateQuestionPayload(after, List.of())))
                .defaultIfEmpty(failed(CHANGED));
    }

    private static ModerateQuestionPayload failed(UserError error) {
        return new ModerateQuestionPayload(null, List.of(error));
    }
}
