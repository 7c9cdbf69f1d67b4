package io.carepulse.survey;

import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.survey.SurveyInputs.SurveyQuestionInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a survey's questions must be: checked on create and on every change of a draft. */
final class SurveyRules {

    static final int TITLE_MAX = 120;
    static final int DESCRIPTION_MAX = 2_000;
    static final int THANK_YOU_MAX = 500;
    static final int QUESTIONS_MAX = 30;
    static final int PROMPT_MAX = 300;
    static final int OPTIONS_MIN = 2;
    static final int OPTIONS_MAX = 10;
    static final int OPTION_MAX = 120;
    static final int EXPLANATION_MAX = 1_000;

    private SurveyRules() {
    }

    /** The questions as typed, with their IDs; errors name the question and field. */
    static List<Survey.Question> questions(InputChecks checks, Survey.Kind kind, List<SurveyQuestionInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            checks.fail(UserErrorCode.REQUIRED, "Add at least one question", "questions");
            return List.of();
        }
        if (inputs.size() > QUESTIONS_MAX) {
            checks.fail(UserErrorCode.INVALID, "A survey has at most " + QUESTIONS_MAX + " questions", "questions");
            return List.of();
        }
        List<Survey.Question> questions = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            questions.add(question(checks, kind, inputs.get(i), i));
        }
        if (kind == Survey.Kind.QUIZ && questions.stream().noneMatch(Survey.Question::graded)) {
            checks.fail(UserErrorCode.REQUIRED, "A quiz needs at least one choice question with its right answer",
                    "questions");
        }
        return questions;
    }

    private static Survey.Question question(InputChecks checks, Survey.Kind kind, SurveyQuestionInput input,
            int index) {
        String at = String.valueOf(index);
        String id = "q" + (index + 1);
        if (input.type() == null) {
            checks.fail(UserErrorCode.REQUIRED, "Choose the question's type", "questions", at, "type");
            return new Survey.Question(id, Survey.QuestionType.FREE_TEXT, null, true, List.of(), List.of(), null);
        }
        String prompt = checks.textAt(input.prompt(), PROMPT_MAX, true, "questions", at, "prompt");
        List<Survey.Option> options = input.type().hasOptions() ? options(checks, input.options(), id, at)
                : noOptions(checks, input.options(), at);
        List<String> correct = correct(checks, kind, input, options, at);
        String explanation = kind == Survey.Kind.QUIZ
                ? checks.textAt(input.explanation(), EXPLANATION_MAX, false, "questions", at, "explanation")
                : null;
        return new Survey.Question(id, input.type(), prompt, !Boolean.FALSE.equals(input.required()), options,
                correct, explanation);
    }

    private static List<Survey.Option> options(InputChecks checks, List<String> labels, String questionId,
            String at) {
        if (labels == null || labels.size() < OPTIONS_MIN || labels.size() > OPTIONS_MAX) {
            checks.fail(UserErrorCode.INVALID, "Give " + OPTIONS_MIN + " to " + OPTIONS_MAX + " options",
                    "questions", at, "options");
            return List.of();
        }
        List<Survey.Option> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = checks.textAt(labels.get(i), OPTION_MAX, true, "questions", at, "options",
                    String.valueOf(i));
            if (label != null && !seen.add(label.toLowerCase(Locale.ROOT))) {
                checks.fail(UserErrorCode.DUPLICATE, "Each option must be different", "questions", at, "options",
                        String.valueOf(i));
            }
            options.add(new Survey.Option(questionId + "o" + (i + 1), label));
        }
        return options;
    }

    private static List<Survey.Option> noOptions(InputChecks checks, List<String> labels, String at) {
        checks.check(labels == null || labels.isEmpty(), UserErrorCode.INVALID,
                "Only choice questions have options", "questions", at, "options");
        return List.of();
    }

    private static List<String> correct(InputChecks checks, Survey.Kind kind, SurveyQuestionInput input,
            List<Survey.Option> options, String at) {
        List<Integer> positions = input.correctOptions() == null ? List.of() : input.correctOptions();
        if (kind != Survey.Kind.QUIZ || !input.type().hasOptions()) {
            checks.check(positions.isEmpty(), UserErrorCode.INVALID,
                    "Only a quiz's choice questions have right answers", "questions", at, "correctOptions");
            return List.of();
        }
        if (positions.stream().anyMatch(p -> p == null || p < 0 || p >= options.size())) {
            checks.fail(UserErrorCode.INVALID, "A right answer must be one of the question's options", "questions",
                    at, "correctOptions");
            return List.of();
        }
        if (input.type() == Survey.QuestionType.SINGLE_CHOICE && positions.size() > 1) {
            checks.fail(UserErrorCode.INVALID, "A single-choice question has one right answer", "questions", at,
                    "correctOptions");
        }
        return positions.stream().distinct().sorted().map(p -> options.get(p).id()).toList();
    }
}
