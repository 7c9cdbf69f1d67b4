package io.carepulse.liveqa;

/** GraphQL inputs of questions and participants. */
final class LiveQaInputs {

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

    record ModerateQuestionInput(String questionId, ModerationAction action, String text, String answer) {
    }
}
