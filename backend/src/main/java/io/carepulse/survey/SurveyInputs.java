package io.carepulse.survey;

import java.util.List;

/** The inputs of the survey mutations (GraphQL {@code …Input}). */
final class SurveyInputs {

    private SurveyInputs() {
    }

    record SurveyQuestionInput(Survey.QuestionType type, String prompt, Boolean required, List<String> options,
            List<Integer> correctOptions, String explanation) {
    }

    record CreateSurveyInput(Survey.Kind kind, String title, String description, String thankYouMessage,
            Boolean asksDisplayName, List<SurveyQuestionInput> questions) {
    }

    record UpdateSurveyInput(String id, int expectedVersion, String title, String description,
            String thankYouMessage, Boolean asksDisplayName, List<SurveyQuestionInput> questions) {
    }

    record OpenSurveyInput(String id, int expectedVersion) {
    }

    record CloseSurveyInput(String id, int expectedVersion) {
    }

    record ReleaseSurveyAnswerInput(String answerId, String justification) {
    }

    record StartSurveyResponseInput(String code) {
    }

    record SurveyAnswerInput(String questionId, List<String> optionIds, Integer value, String text) {
    }

    record RespondToSurveyInput(String code, String respondentToken, String displayName,
            List<SurveyAnswerInput> answers) {
    }
}
