package io.carepulse.survey;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.support.CrossTenantCases;
import io.carepulse.support.RawGraphQl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Surveys as another organisation tries them: nothing of Riverside's is read, changed or answered. */
@Component
class SurveyCrossTenantCases implements CrossTenantCases {

    @Override
    public Prepared prepare(World world) {
        RawGraphQl raw = world.raw();
        String title = world.unique("Riverside-only survey");
        SurveyFixtures.Created survey = SurveyFixtures.opened(raw, Map.of("title", title, "questions", List.of(
                Map.of("type", "FREE_TEXT", "prompt", "Riverside-only question"))));
        String token = SurveyFixtures.start(raw, survey.code());
        SurveyFixtures.respond(raw, survey.code(), token, List.of(Map.of("questionId", "q1",
                "text", "Riverside-only answer: call 617-555-0100")));
        Map<String, Object> results = raw.post(SurveyFixtures.MARKETER, "surveyResults", Map.of("id", survey.id()));
        String answerId = (String) data(results, "surveyResults.questions.0.textAnswers.edges.0.node.id");
        Map<String, Object> version = Map.of("id", survey.id(), "expectedVersion", survey.version());
        Map<String, Case> cases = new HashMap<>(Map.of(
                "surveys", new Case("surveys", Map.of("first", 100), b -> assertThat(b.toString()).doesNotContain(title)),
                "survey", new Case("survey", Map.of("id", survey.id()), b -> assertThat(data(b, "survey")).isNull()),
                "surveyResults", new Case("surveyResults", Map.of("id", survey.id()),
                        b -> assertThat(data(b, "surveyResults")).isNull()),
                // The code is a capability: whoever holds it reads the public survey, never more.
                "publicSurvey", new Case("publicSurvey", Map.of("code", "ZZZZ" + "ZZZZ"),
                        b -> assertThat(data(b, "publicSurvey")).isNull()),
                "createSurvey", new Case("createSurvey", Map.of("input", Map.of("title", title, "questions",
                        List.of(Map.of("type", "NPS", "prompt", "Theirs")))),
                        b -> assertThat(data(b, "createSurvey.survey.id")).isNotEqualTo(survey.id())),
                "updateSurvey", new Case("updateSurvey", Map.of("input", with(version, "title", "Hijacked")),
                        b -> notFound(b, "updateSurvey")),
                "openSurvey", new Case("openSurvey", Map.of("input", version), b -> notFound(b, "openSurvey")),
                "closeSurvey", new Case("closeSurvey", Map.of("input", version), b -> notFound(b, "closeSurvey")),
                "releaseSurveyAnswer", new Case("releaseSurveyAnswer", Map.of("input", Map.of("answerId", answerId,
                        "justification", "Taking a look at another organisation's answer")),
                        b -> notFound(b, "releaseSurveyAnswer")),
                "startSurveyResponse", new Case("startSurveyResponse", Map.of("input", Map.of("code", "ZZZZ" + "ZZZZ")),
                        b -> notFound(b, "startSurveyResponse"))));
        cases.put("respondToSurvey", new Case("respondToSurvey", Map.of("input", Map.of("code", "ZZZZ" + "ZZZZ",
                "respondentToken", token, "answers", List.of())), b -> notFound(b, "respondToSurvey")));
        return Prepared.of(cases)
                .withNodes(Map.of("Survey", survey.id()))
                .untouchedWhen(() -> {
                    Map<String, Object> read = raw.post(SurveyFixtures.MARKETER, "surveyResults",
                            Map.of("id", survey.id()));
                    assertThat(data(read, "surveyResults.responses")).isEqualTo(1);
                    assertThat(data(read, "surveyResults.questions.0.heldAnswers")).isEqualTo(1);
                    Map<String, Object> same = raw.post(SurveyFixtures.MARKETER, "survey", Map.of("id", survey.id()));
                    assertThat(data(same, "survey.title")).isEqualTo(title);
                    assertThat(data(same, "survey.version")).isEqualTo(survey.version());
                });
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static void notFound(Map<String, Object> body, String mutation) {
        assertThat(data(body, mutation + ".userErrors.0.code")).isEqualTo("NOT_FOUND");
    }
}
