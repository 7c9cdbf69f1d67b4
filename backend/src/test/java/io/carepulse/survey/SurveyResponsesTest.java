package io.carepulse.survey;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.survey.SurveyFixtures.ANALYST;
import static io.carepulse.survey.SurveyFixtures.COMPLIANCE;
import static io.carepulse.survey.SurveyFixtures.MARKETER;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Surveys answered by the public: one response per respondent token, counted into results at
 * once (counts, percentages, averages, NPS, completion), free text held while it may hold PHI.
 */
class SurveyResponsesTest extends IntegrationTest {

    @Test
    void aResponseShowsInTheResultsAtOnceWithPercentagesAveragesAndNps() {
        RawGraphQl raw = new RawGraphQl(port);
        SurveyFixtures.Created survey = SurveyFixtures.opened(raw, Map.of("title", unique("Waiting room"),
                "thankYouMessage", "Thank you for helping us improve.", "questions", SurveyFixtures.everyType()));
        Map<String, Object> shown = raw.post(null, "publicSurvey", Map.of("code", survey.code().toLowerCase()));
        assertThat(data(shown, "publicSurvey.questions.0.options.1")).isEqualTo(Map.of("id", "q1o2", "label",
                "Online"));
        String first = SurveyFixtures.start(raw, survey.code());
        String second = SurveyFixtures.start(raw, survey.code());
        SurveyFixtures.start(raw, survey.code());

        Map<String, Object> answered = SurveyFixtures.respond(raw, survey.code(), first, List.of(
                Map.of("questionId", "q1", "optionIds", List.of("q1o2")),
                Map.of("questionId", "q2", "optionIds", List.of("q2o1", "q2o2")),
                Map.of("questionId", "q3", "value", 5),
                Map.of("questionId", "q4", "value", 10)));
        assertThat(data(answered, "respondToSurvey.userErrors")).isEqualTo(List.of());
        assertThat(data(answered, "respondToSurvey.receipt.thankYouMessage"))
                .isEqualTo("Thank you for helping us improve.");
        assertThat(data(SurveyFixtures.respond(raw, survey.code(), second, List.of(
                Map.of("questionId", "q1", "optionIds", List.of("q1o1")),
                Map.of("questionId", "q3", "value", 2),
                Map.of("questionId", "q4", "value", 3))), "respondToSurvey.userErrors")).isEqualTo(List.of());

        Map<String, Object> results = raw.post(ANALYST, "survey", Map.of("id", survey.id()));
        assertThat(data(results, "survey.results.started")).isEqualTo(3);
        assertThat(data(results, "survey.results.responses")).isEqualTo(2);
        assertThat(data(results, "survey.results.completionRate")).isEqualTo(0.667);
        assertThat(data(results, "survey.results.questions.0.options")).isEqualTo(List.of(
                option("q1o1", "Phone", 1, 50.0), option("q1o2", "Online", 1, 50.0),
                option("q1o3", "Walk-in", 0, 0.0)));
        assertThat(data(results, "survey.results.questions.1.answered")).isEqualTo(1);
        assertThat(data(results, "survey.results.questions.1.options.1.percent")).isEqualTo(100.0);
        assertThat(data(results, "survey.results.questions.2.average")).isEqualTo(3.5);
        assertThat(data(results, "survey.results.questions.2.values.4")).isEqualTo(Map.of("value", 5, "count", 1,
                "percent", 50.0));
        assertThat(data(results, "survey.results.questions.3.netPromoterScore")).isEqualTo(Map.of("score", 0,
                "promoters", 1, "passives", 0, "detractors", 1));
        assertThat(data(results, "survey.results.questions.4.answered")).isEqualTo(0);
    }

    @Test
    void fiftyConcurrentSubmissionsOfOneRespondentCountOnce() throws Exception {
        RawGraphQl raw = new RawGraphQl(port);
        SurveyFixtures.Created survey = SurveyFixtures.opened(raw, Map.of("title", unique("Race"), "questions",
                List.of(Map.of("type", "RATING", "prompt", "How was it?"))));
        String token = SurveyFixtures.start(raw, survey.code());
        List<Map<String, Object>> answers = List.of(Map.of("questionId", "q1", "value", 4));
        List<Map<String, Object>> bodies;
        try (var pool = Executors.newFixedThreadPool(50)) {
            List<Future<Map<String, Object>>> calls = IntStream.range(0, 50)
                    .mapToObj(i -> pool.submit(() -> SurveyFixtures.respond(new RawGraphQl(port), survey.code(),
                            token, answers)))
                    .toList();
            bodies = calls.stream().map(call -> {
                try {
                    return call.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        long accepted = bodies.stream().filter(b -> data(b, "respondToSurvey.receipt") != null).count();
        assertThat(accepted).isEqualTo(1);
        assertThat(bodies.stream().filter(b -> b.toString().contains("code=ALREADY_RESPONDED")).count())
                .isEqualTo(49);
        Map<String, Object> results = raw.post(MARKETER, "surveyResults", Map.of("id", survey.id()));
        assertThat(data(results, "surveyResults.responses")).isEqualTo(1);
        assertThat(data(results, "surveyResults.questions.0.values.3.count")).isEqualTo(1);
    }

    @Test
    void freeTextWithSuspectedPhiIsHeldFromResultsUntilACompliancePersonReleasesIt() {
        RawGraphQl raw = new RawGraphQl(port);
        SurveyFixtures.Created survey = SurveyFixtures.opened(raw, Map.of("title", unique("Comments"),
                "asksDisplayName", true, "questions", List.of(Map.of("type", "FREE_TEXT", "prompt", "Tell us more"))));
        String token = SurveyFixtures.start(raw, survey.code());
        Map<String, Object> input = Map.of("code", survey.code(), "respondentToken", token, "displayName", "Maria",
                "answers", List.of(Map.of("questionId", "q1", "text",
                        "Call me at 617-555-0134 about my MRI, the parking was full again")));
        assertThat(data(raw.post(null, "respondToSurvey", Map.of("input", input)), "respondToSurvey.userErrors"))
                .isEqualTo(List.of());
        String clean = SurveyFixtures.start(raw, survey.code());
        SurveyFixtures.respond(raw, survey.code(), clean, List.of(Map.of("questionId", "q1", "text",
                "The nurses were lovely")));

        Map<String, Object> held = raw.post(MARKETER, "surveyResults", Map.of("id", survey.id()));
        assertThat(data(held, "surveyResults.questions.0.heldAnswers")).isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> edges = (List<Map<String, Object>>) data(held,
                "surveyResults.questions.0.textAnswers.edges");
        assertThat(edges).hasSize(2);
        Map<String, Object> heldAnswer = edges.stream().map(e -> (Map<String, Object>) e.get("node"))
                .filter(n -> Boolean.TRUE.equals(n.get("held"))).findFirst().orElseThrow();
        assertThat(heldAnswer.get("text")).isNull();
        assertThat(heldAnswer.get("respondentName")).isEqualTo("Maria");
        assertThat(heldAnswer.get("phiFindings").toString()).contains("PHONE");
        assertThat(held.toString()).doesNotContain("617-555-0134").contains("The nurses were lovely");
        Map<String, Object> analyst = raw.post(ANALYST, "surveyResults", Map.of("id", survey.id()));
        assertThat(analyst.toString()).doesNotContain("The nurses were lovely");
        assertThat(RawGraphQl.classifications(analyst)).contains("FORBIDDEN");

        String answerId = (String) heldAnswer.get("id");
        Map<String, Object> tooShort = raw.post(COMPLIANCE, "releaseSurveyAnswer", Map.of("input", Map.of(
                "answerId", answerId, "justification", "fine")));
        assertThat(data(tooShort, "releaseSurveyAnswer.userErrors.0.field")).isEqualTo(List.of("input",
                "justification"));
        Map<String, Object> byMarketer = raw.post(MARKETER, "releaseSurveyAnswer", Map.of("input", Map.of(
                "answerId", answerId, "justification", "Read it: the number is the clinic's own")));
        assertThat(RawGraphQl.classifications(byMarketer)).containsExactly("FORBIDDEN");
        Map<String, Object> released = raw.post(COMPLIANCE, "releaseSurveyAnswer", Map.of("input", Map.of(
                "answerId", answerId, "justification", "Read it: the patient asks for a call back, fine to show")));
        assertThat(data(released, "releaseSurveyAnswer.answer.held")).as("%s", released).isEqualTo(false);
        assertThat((String) data(released, "releaseSurveyAnswer.answer.text")).contains("617-555-0134");
        Map<String, Object> after = raw.post(MARKETER, "surveyResults", Map.of("id", survey.id()));
        assertThat(data(after, "surveyResults.questions.0.heldAnswers")).isEqualTo(0);
        Map<String, Object> again = raw.post(COMPLIANCE, "releaseSurveyAnswer", Map.of("input", Map.of(
                "answerId", answerId, "justification", "Read it: the patient asks for a call back, fine to show")));
        assertThat(data(again, "releaseSurveyAnswer.userErrors.0.code")).isEqualTo("INVALID_STATE");
    }

    @Test
    void badAnswersAreNamedAndNothingIsCounted() {
        RawGraphQl raw = new RawGraphQl(port);
        SurveyFixtures.Created survey = SurveyFixtures.opened(raw, Map.of("title", unique("Strict"),
                "questions", SurveyFixtures.everyType()));
        String token = SurveyFixtures.start(raw, survey.code());
        Map<String, Object> bad = SurveyFixtures.respond(raw, survey.code(), token, List.of(
                Map.of("questionId", "q1", "optionIds", List.of("q1o9")),
                Map.of("questionId", "q3", "value", 6),
                Map.of("questionId", "q5", "text", "x".repeat(100_000)),
                Map.of("questionId", "q8", "value", 1)));
        assertThat(data(bad, "respondToSurvey.userErrors").toString()).contains(
                "[input, answers, 0, optionIds]", "Choose one of the question's options",
                "[input, answers, 1, value]", "Choose a number from 1 to 5",
                "[input, answers, 2, text]", "2,000 characters or fewer",
                "[input, answers, 3, questionId]", "This survey has no such question");
        Map<String, Object> missing = SurveyFixtures.respond(raw, survey.code(), token, List.of(
                Map.of("questionId", "q1", "optionIds", List.of("q1o1"))));
        assertThat(data(missing, "respondToSurvey.userErrors.0.message"))
                .isEqualTo("Answer question 3: “How was your visit?”");
        Map<String, Object> unknown = SurveyFixtures.respond(raw, "NOSUCH22", token, List.of());
        assertThat(data(unknown, "respondToSurvey.userErrors.0.code")).isEqualTo("NOT_FOUND");
        assertThat(data(raw.post(null, "publicSurvey", Map.of("code", "NOSUCH22")), "publicSurvey")).isNull();
        Map<String, Object> forged = SurveyFixtures.respond(raw, survey.code(), "not-a-token", List.of(
                Map.of("questionId", "q1", "optionIds", List.of("q1o1")), Map.of("questionId", "q3", "value", 3),
                Map.of("questionId", "q4", "value", 3)));
        assertThat(data(forged, "respondToSurvey.userErrors.0.field")).isEqualTo(List.of("input",
                "respondentToken"));

        Map<String, Object> closed = raw.post(MARKETER, "closeSurvey", Map.of("input", Map.of("id", survey.id(),
                "expectedVersion", survey.version())));
        assertThat(data(closed, "closeSurvey.survey.status")).isEqualTo("CLOSED");
        Map<String, Object> late = SurveyFixtures.respond(raw, survey.code(), token, List.of(
                Map.of("questionId", "q1", "optionIds", List.of("q1o1")), Map.of("questionId", "q3", "value", 3),
                Map.of("questionId", "q4", "value", 3)));
        assertThat(data(late, "respondToSurvey.userErrors.0.message"))
                .isEqualTo("This survey is closed and takes no more answers");
        Map<String, Object> results = raw.post(MARKETER, "surveyResults", Map.of("id", survey.id()));
        assertThat(data(results, "surveyResults.responses")).isEqualTo(0);
    }

    private static Map<String, Object> option(String id, String label, int count, double percent) {
        return Map.of("option", Map.of("id", id, "label", label), "count", count, "percent", percent, "correct",
                false);
    }
}
