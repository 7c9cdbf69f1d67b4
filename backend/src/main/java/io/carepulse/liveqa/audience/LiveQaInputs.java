package io.carepulse.liveqa.audience;

import io.carepulse.liveqa.question.ModerationAction;

/** GraphQL inputs of questions and participants. */
public final class LiveQaInputs {

    private LiveQaInputs() {
    }

    record JoinLiveSessionInput(String joinCode, String displayName) {
    }

    record AskQuestionInput(String text, Boolean anonymous) {
    }

    record UpvoteQuestionInput(String questionId) {
    }

    record WithdrawUpvoteInput(String questionId) {
    }

    public record ModerateQuestionInput(String questionId, ModerationAction action, String text, String answer) {
    }
}
