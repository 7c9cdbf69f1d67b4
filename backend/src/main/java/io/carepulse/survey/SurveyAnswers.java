package io.carepulse.survey;

import io.carepulse.phi.PhiFinding;
import io.carepulse.phi.PhiScanner;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.survey.SurveyInputs.SurveyAnswerInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A response's answers checked against the survey: each names one of its questions once, with
 * what that question's type takes; every required question is answered; free text is screened
 * for PHI (and held when anything is found); a quiz's choices are graded.
 */
final class SurveyAnswers {

    static final int TEXT_MAX = 2_000;

    private SurveyAnswers() {
    }

    static List<SurveyResponse.Answer> check(InputChecks checks, Survey survey, List<SurveyAnswerInput> inputs,
            PhiScanner scanner) {
        List<SurveyResponse.Answer> answers = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        List<SurveyAnswerInput> given = inputs == null ? List.of() : inputs;
        for (int i = 0; i < given.size(); i++) {
            SurveyAnswerInput input = given.get(i);
            String at = String.valueOf(i);
            Survey.Question question = input.questionId() == null ? null : survey.question(input.questionId());
            if (question == null) {
                checks.fail(UserErrorCode.NOT_FOUND, "This survey has no such question", "answers", at,
                        "questionId");
                continue;
            }
            if (!answered.add(question.id())) {
                checks.fail(UserErrorCode.DUPLICATE, "Answer each question once", "answers", at, "questionId");
                continue;
            }
            SurveyResponse.Answer answer = answer(checks, question, input, at, scanner);
            if (answer != null) {
                answers.add(answer);
            } else {
                answered.remove(question.id());
            }
        }
        for (int i = 0; i < survey.questions().size(); i++) {
            Survey.Question question = survey.questions().get(i);
            if (question.required() && !answered.contains(question.id()) && checks.ok()) {
                checks.fail(UserErrorCode.REQUIRED, "Answer question " + (i + 1) + ": “" + question.prompt() + "”",
                        "answers");
            }
        }
        return answers;
    }

    /** The answer to one question, or null when it says nothing (an empty text, no option). */
    private static SurveyResponse.Answer answer(InputChecks checks, Survey.Question question,
            SurveyAnswerInput input, String at, PhiScanner scanner) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(checks, question, input, at);
            case RATING, NPS -> value(checks, question, input, at);
            case FREE_TEXT -> text(checks, question, input, at, scanner);
        };
    }

    private static SurveyResponse.Answer choice(InputChecks checks, Survey.Question question,
            SurveyAnswerInput input, String at) {
        Set<String> chosen = new LinkedHashSet<>(input.optionIds() == null ? List.of() : input.optionIds());
        if (chosen.isEmpty()) {
            return null;
        }
        if (!chosen.stream().allMatch(question::hasOption)) {
            checks.fail(UserErrorCode.INVALID, "Choose one of the question's options", "answers", at, "optionIds");
            return null;
        }
        if (question.type() == Survey.QuestionType.SINGLE_CHOICE && chosen.size() > 1) {
            checks.fail(UserErrorCode.INVALID, "Choose one option", "answers", at, "optionIds");
            return null;
        }
        Boolean correct = question.graded() ? chosen.equals(new HashSet<>(question.correctOptionIds())) : null;
        return new SurveyResponse.Answer(question.id(), List.copyOf(chosen), null, null, List.of(), correct, false,
                null, null, null);
    }

    private static SurveyResponse.Answer value(InputChecks checks, Survey.Question question,
            SurveyAnswerInput input, String at) {
        if (input.value() == null) {
            return null;
        }
        Survey.QuestionType type = question.type();
        if (input.value() < type.min() || input.value() > type.max()) {
            checks.fail(UserErrorCode.INVALID, "Choose a number from " + type.min() + " to " + type.max(), "answers",
                    at, "value");
            return null;
        }
        return new SurveyResponse.Answer(question.id(), List.of(), input.value(), null, List.of(), null, false, null,
                null, null);
    }

    private static SurveyResponse.Answer text(InputChecks checks, Survey.Question question,
            SurveyAnswerInput input, String at, PhiScanner scanner) {
        String text = checks.textAt(input.text(), TEXT_MAX, false, "answers", at, "text");
        if (text == null || text.length() > TEXT_MAX) {
            return null;
        }
        List<PhiFinding> findings = scanner.scan(text);
        return new SurveyResponse.Answer(question.id(), List.of(), null, text, findings, null, !findings.isEmpty(),
                null, null, null);
    }
}
