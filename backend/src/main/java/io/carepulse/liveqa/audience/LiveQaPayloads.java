package io.carepulse.liveqa.audience;

import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.audience.AudienceViews.AudienceQuestion;
import io.carepulse.liveqa.audience.AudienceViews.AudienceSession;
import io.carepulse.liveqa.audience.AudienceViews.MyQuestion;
import io.carepulse.liveqa.audience.AudienceViews.Participant;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.security.CallerAuthentication;
import java.util.List;

/** Payloads of the question and participant mutations. */
public final class LiveQaPayloads {

    private LiveQaPayloads() {
    }

    /** A payload about one question, identified by its global ID. */
    interface QuestionPayload extends MutationPayload {
        String questionId();

        @Override
        default String auditTargetId() {
            return questionId();
        }

        @Override
        default String auditTargetType() {
            return LiveQuestion.TYPE;
        }
    }

    public record ModerateQuestionPayload(LiveQuestion question, List<UserError> userErrors) implements QuestionPayload {
        @Override
        public String questionId() {
            return question == null ? null : GlobalId.encode(LiveQuestion.TYPE, question.id());
        }
    }

    record AskQuestionPayload(MyQuestion question, Integer retryAfterSeconds, List<UserError> userErrors)
            implements QuestionPayload {
        static AskQuestionPayload failed(List<UserError> errors) {
            return new AskQuestionPayload(null, null, errors);
        }

        @Override
        public String questionId() {
            return question == null ? null : question.id();
        }
    }

    record UpvoteQuestionPayload(AudienceQuestion question, List<UserError> userErrors) implements QuestionPayload {
        @Override
        public String questionId() {
            return question == null ? null : question.id();
        }
    }

    record WithdrawUpvotePayload(AudienceQuestion question, List<UserError> userErrors) implements QuestionPayload {
        @Override
        public String questionId() {
            return question == null ? null : question.id();
        }
    }

    /**
     * {@code actor} is the participant the join created: the request itself is anonymous, so
     * the audit entry is written as that participant, in the session's organisation.
     */
    record JoinLiveSessionPayload(String participantToken, Participant participant, AudienceSession session,
            Integer retryAfterSeconds, List<UserError> userErrors, CallerAuthentication auditActor)
            implements MutationPayload {

        static JoinLiveSessionPayload failed(List<UserError> errors) {
            return new JoinLiveSessionPayload(null, null, null, null, errors, null);
        }

        static JoinLiveSessionPayload rateLimited(int retryAfterSeconds, UserError error) {
            return new JoinLiveSessionPayload(null, null, null, retryAfterSeconds, List.of(error), null);
        }

        @Override
        public String auditTargetId() {
            return participant == null ? null : participant.id();
        }

        @Override
        public String auditTargetType() {
            return LiveParticipant.TYPE;
        }
    }
}
