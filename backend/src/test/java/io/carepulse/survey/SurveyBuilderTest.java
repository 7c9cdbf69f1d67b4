package io.carepulse.survey;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.survey.SurveyFixtures.ANALYST;
import static io.carepulse.survey.SurveyFixtures.MARKETER;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building surveys and quizzes: what their questions must be, and what changes once they open. */
class SurveyBuilderTest extends IntegrationTest {

    @Test
    void badQuestionsAreNamedByPositionAndNothingIsCreated() {
        RawGraphQl raw = new RawGraphQl(port);
        String title = unique("Broken");
        Map<String, Object> body = raw.post(MARKETER, "createSurvey", Map.of("input", Map.of("kind", "QUIZ",
                "title", title, "questions", List.of(
                        Map.of("type", "SINGLE_CHOICE", "prompt", "Pick", "options", List.of("Yes", "yes")),
                        Map.of("type", "RATING", "prompt", " ", "options", List.of("A", "B")),
                        Map.of("type", "SINGLE_CHOICE", "prompt", "Right one?", "options", List.of("A", "B"),
                                "correctOptions", List.of(0, 1)),
                        Map.of("type", "MULTIPLE_CHOICE", "prompt", "Any", "options", List.of("Only one"))))));
        assertThat(data(body, "createSurvey.survey")).isNull();
        assertThat(data(body, "createSurvey.userErrors").toString()).contains(
                "[input, questions, 0, options, 1]", "Each option must be different",
                "[input, questions, 1, prompt]", "[input, questions, 1, options]", "Only choice questions have options",
                "[input, questions, 2, correctOptions]", "A single-choice question has one right answer",
                "[input, questions, 3, options]", "Give 2 to 10 options");
        Map<String, Object> list = raw.post(MARKETER, "surveys", Map.of("filter", Map.of("search", title)));
        assertThat((List<?>) data(list, "surveys.edges")).isEmpty();
        Map<String, Object> none = raw.post(MARKETER, "createSurvey", Map.of("input", Map.of("title", title,
                "questions", List.of())));
        assertThat(data(none, "createSurvey.userErrors.0.message")).isEqualTo("Add at least one question");
    }

    @Test
    void aQuizGradesEachAnswerExplainsItAndReportsTheShareOfRightAnswers() {
        RawGraphQl raw = new RawGraphQl(port);
        SurveyFixtures.Created quiz = SurveyFixtures.opened(raw, Map.of("kind", "QUIZ", "title", unique("Myths"),
                "questions", List.of(
                        Map.of("type", "SINGLE_CHOICE", "prompt", "Can the flu shot give you the flu?",
                                "options", List.of("Yes", "No"), "correctOptions", List.of(1),
                                "explanation", "The shot has no live virus that can cause flu."),
                        Map.of("type", "MULTIPLE_CHOICE", "prompt", "Which protect against measles?",
                                "options", List.of("MMR vaccine", "Vitamin C", "Earlier infection"),
                                "correctOptions", List.of(0, 2)))));
        Map<String, Object> shown = raw.post(null, "publicSurvey", Map.of("code", quiz.code()));
        assertThat(shown.toString()).doesNotContain("correct", "explanation", "live virus");

        Map<String, Object> right = SurveyFixtures.respond(raw, quiz.code(), SurveyFixtures.start(raw, quiz.code()),
                List.of(Map.of("questionId", "q1", "optionIds", List.of("q1o2")),
                        Map.of("questionId", "q2", "optionIds", List.of("q2o1", "q2o3"))));
        assertThat(data(right, "respondToSurvey.receipt.score")).isEqualTo(2);
        assertThat(data(right, "respondToSurvey.receipt.maxScore")).isEqualTo(2);
        assertThat(data(right, "respondToSurvey.receipt.quizFeedback.0")).isEqualTo(Map.of("questionId", "q1",
                "correct", true, "correctOptionIds", List.of("q1o2"),
                "explanation", "The shot has no live virus that can cause flu."));
        Map<String, Object> wrong = SurveyFixtures.respond(raw, quiz.code(), SurveyFixtures.start(raw, quiz.code()),
                List.of(Map.of("questionId", "q1", "optionIds", List.of("q1o1")),
                        Map.of("questionId", "q2", "optionIds", List.of("q2o1"))));
        assertThat(data(wrong, "respondToSurvey.receipt.score")).isEqualTo(0);
        assertThat(data(wrong, "respondToSurvey.receipt.quizFeedback.1.correct")).isEqualTo(false);

        Map<String, Object> results = raw.post(ANALYST, "survey", Map.of("id", quiz.id()));
        assertThat(data(results, "survey.results.averageScore")).isEqualTo(0.5);
        assertThat(data(results, "survey.results.questions.0.correctShare")).isEqualTo(0.5);
        assertThat(data(results, "survey.results.questions.1.options.2.correct")).isEqualTo(true);
    }

    @Test
    void anOpenedSurveysQuestionsAreFixedWhileItsWordingCanChangeAndItCanCloseAndReopen() {
        RawGraphQl raw = new RawGraphQl(port);
        Map<String, Object> created = raw.post(MARKETER, "createSurvey", Map.of("input", Map.of("title",
                unique("Lifecycle"), "questions", List.of(Map.of("type", "NPS", "prompt", "Recommend us?")))));
        String id = (String) data(created, "createSurvey.survey.id");
        String code = (String) data(created, "createSurvey.survey.code");
        assertThat(code).matches("[A-HJ-KM-NP-Z2-9]{8}");
        assertThat(data(created, "createSurvey.survey.allowedStatuses")).isEqualTo(List.of("OPEN"));
        assertThat(data(raw.post(null, "publicSurvey", Map.of("code", code)), "publicSurvey"))
                .as("a draft is not public").isNull();
        Map<String, Object> edited = raw.post(MARKETER, "updateSurvey", Map.of("input", Map.of("id", id,
                "expectedVersion", 1, "questions", List.of(Map.of("type", "RATING", "prompt", "Rate us")))));
        assertThat(data(edited, "updateSurvey.survey.questions.0.prompt")).isEqualTo("Rate us");
        Map<String, Object> opened = raw.post(MARKETER, "openSurvey", Map.of("input", Map.of("id", id,
                "expectedVersion", 2)));
        assertThat(data(opened, "openSurvey.survey.status")).isEqualTo("OPEN");
        Map<String, Object> frozen = raw.post(MARKETER, "updateSurvey", Map.of("input", Map.of("id", id,
                "expectedVersion", 3, "questions", List.of(Map.of("type", "NPS", "prompt", "Changed")))));
        assertThat(data(frozen, "updateSurvey.userErrors.0.code")).isEqualTo("INVALID_STATE");
        Map<String, Object> retitled = raw.post(MARKETER, "updateSurvey", Map.of("input", Map.of("id", id,
                "expectedVersion", 3, "title", "Lifecycle, renamed")));
        assertThat(data(retitled, "updateSurvey.survey.title")).isEqualTo("Lifecycle, renamed");
        Map<String, Object> stale = raw.post(MARKETER, "closeSurvey", Map.of("input", Map.of("id", id,
                "expectedVersion", 3)));
        assertThat(data(stale, "closeSurvey.userErrors.0.code")).isEqualTo("CONFLICT");
        Map<String, Object> closed = raw.post(MARKETER, "closeSurvey", Map.of("input", Map.of("id", id,
                "expectedVersion", 4)));
        assertThat(data(closed, "closeSurvey.survey.status")).isEqualTo("CLOSED");
        assertThat(data(raw.post(null, "publicSurvey", Map.of("code", code)), "publicSurvey.status"))
                .isEqualTo("CLOSED");
        Map<String, Object> start = raw.post(null, "startSurveyResponse", Map.of("input", Map.of("code", code)));
        assertThat(data(start, "startSurveyResponse.userErrors.0.code")).isEqualTo("INVALID_STATE");
        Map<String, Object> reopened = raw.post(MARKETER, "openSurvey", Map.of("input", Map.of("id", id,
                "expectedVersion", 5)));
        assertThat(data(reopened, "openSurvey.survey.status")).isEqualTo("OPEN");
        Map<String, Object> byAnalyst = raw.post(ANALYST, "closeSurvey", Map.of("input", Map.of("id", id,
                "expectedVersion", 6)));
        assertThat(RawGraphQl.classifications(byAnalyst)).containsExactly("FORBIDDEN");
    }
}
