package io.carepulse.feedback;

import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.security.Role;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * A live Q&A question sent to the inbox by the session's moderator (or an ADMIN): one a panel had
 * no time for, or one that needs a private answer. The thread holds what the participant wrote (the
 * original words if a moderator edited them), under their display name, private, tagged "live q&a"
 * with a note naming the session; sending the same question again finds the same thread.
 */
@Controller
class LiveQuestionsToInbox {

    static final String TAG = "live q&a";

    record SendLiveQuestionToInboxInput(String questionId) {
    }

    record SendLiveQuestionToInboxPayload(String threadId, boolean created, List<UserError> userErrors)
            implements MutationPayload {

        @Override
        public String auditTargetId() {
            return threadId;
        }

        @Override
        public String auditTargetType() {
            return FeedbackThread.TYPE;
        }
    }

    private final TenantMongo mongo;
    private final FeedbackThreads threads;
    private final FeedbackChanges changes;
    private final FeedbackIntake intake;
    private final FeedbackSettingsController settings;
    private final Clock clock;

    LiveQuestionsToInbox(TenantMongo mongo, FeedbackThreads threads, FeedbackChanges changes, FeedbackIntake intake,
            FeedbackSettingsController settings, Clock clock) {
        this.mongo = mongo;
        this.threads = threads;
        this.changes = changes;
        this.intake = intake;
        this.settings = settings;
        this.clock = clock;
    }

    @MutationMapping
    Mono<SendLiveQuestionToInboxPayload> sendLiveQuestionToInbox(@Argument SendLiveQuestionToInboxInput input) {
        UserError notFound = UserError.onInput(UserErrorCode.NOT_FOUND, "No question of a session you run has this ID",
                "questionId");
        ObjectId id = GlobalId.objectId(input.questionId(), LiveQuestion.TYPE);
        if (id == null) {
            return Mono.just(new SendLiveQuestionToInboxPayload(null, false, List.of(notFound)));
        }
        return Mono.zip(mongo.findById(id, LiveQuestion.class), CurrentCaller.required())
                .flatMap(found -> mongo.findById(found.getT1().sessionId(), LiveSession.class)
                        .filter(session -> runs(found.getT2(), session))
                        .flatMap(session -> send(found.getT1(), session)))
                .defaultIfEmpty(new SendLiveQuestionToInboxPayload(null, false, List.of(notFound)));
    }

    /** ADMINs, and the session's named moderators who hold the MODERATOR role. */
    private static boolean runs(Caller caller, LiveSession session) {
        return caller.roles().contains(Role.ADMIN) || caller.roles().contains(Role.MODERATOR)
                && session.moderatorSubjects() != null && session.moderatorSubjects().contains(caller.subject());
    }

    private Mono<SendLiveQuestionToInboxPayload> send(LiveQuestion question, LiveSession session) {
        String sourceKey = FeedbackThread.Source.LIVE_QA.name() + "|" + question.id().toHexString();
        Mono<SendLiveQuestionToInboxPayload> existing = threads.bySourceKey(sourceKey)
                .map(thread -> new SendLiveQuestionToInboxPayload(GlobalId.encode(FeedbackThread.TYPE, thread.id()),
                        false, List.of()));
        String words = question.originalText() != null ? question.originalText() : question.text();
        return existing.switchIfEmpty(Mono.defer(() -> settings.current().flatMap(rules -> {
            FeedbackThread thread = intake.thread(question.organizationId(), FeedbackThread.Source.LIVE_QA,
                    FeedbackThread.Visibility.PRIVATE, sourceKey, question.id().toHexString(),
                    question.anonymous() ? null : question.askedBy(), null, null, words, question.createdAt(), null,
                    null, rules, null).labelled(List.of(TAG), List.of(new FeedbackThread.Note(
                            new ObjectId().toHexString(), "Asked in the live session “" + session.title() + "”", null,
                            clock.instant())));
            return changes.insert(thread).map(created -> new SendLiveQuestionToInboxPayload(GlobalId.encode(
                    FeedbackThread.TYPE, created.id()), true, List.of()));
        }).onErrorResume(DuplicateKeyException.class, e -> existing)));
    }
}
