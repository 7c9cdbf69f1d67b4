package io.carepulse.survey;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;

/** Surveys made and answered through the API, as the SPA and the public page do. */
final class SurveyFixtures {

    static final String MARKETER = TestTokens.staff(TestTokens.RIVERSIDE, Role.MARKETER);
    static final String COMPLIANCE = TestTokens.staff(TestTokens.RIVERSIDE, Role.COMPLIANCE_OFFICER);
    static final String ANALYST = TestTokens.staff(TestTokens.RIVERSIDE, Role.ANALYST);

    private SurveyFixtures() {
    }

    /** The questions of the waiting-room survey: one of each type. */
    static List<Map<String, Object>> everyType() {
        return List.of(
                Map.of("type", "SINGLE_CHOICE", "prompt", "How did you book?",
                        "options", List.of("Phone", "Online", "Walk-in")),
                Map.of("type", "MULTIPLE_CHOICE", "prompt", "What could be better?", "required", false,
                        "options", List.of("Wait time", "Parking", "Signage")),
                Map.of("type", "RATING", "prompt", "How was your visit?"),
                Map.of("type", "NPS", "prompt", "How likely are you to recommend us?"),
                Map.of("type", "FREE_TEXT", "prompt", "Anything else?", "required", false));
    }

    /** Creates and opens a survey; returns its ID and code. */
    static Created opened(RawGraphQl raw, Map<String, Object> input) {
        Map<String, Object> created = raw.post(MARKETER, "createSurvey", Map.of("input", input));
        assertThat(data(created, "createSurvey.userErrors")).as("create %s", created).isEqualTo(List.of());
        String id = (String) data(created, "createSurvey.survey.id");
        Map<String, Object> opened = raw.post(MARKETER, "openSurvey", Map.of("input", Map.of("id", id,
                "expectedVersion", data(created, "createSurvey.survey.version"))));
        assertThat(data(opened, "openSurvey.userErrors")).as("open %s", opened).isEqualTo(List.of());
        return new Created(id, (String) data(created, "createSurvey.survey.code"),
                (Integer) data(opened, "openSurvey.survey.version"));
    }

    /** A respondent token for the survey with this code. */
    static String start(RawGraphQl raw, String code) {
        Map<String, Object> started = raw.post(null, "startSurveyResponse", Map.of("input", Map.of("code", code)));
        assertThat(data(started, "startSurveyResponse.userErrors")).as("start %s", started).isEqualTo(List.of());
        return (String) data(started, "startSurveyResponse.respondentToken");
    }

    static Map<String, Object> respond(RawGraphQl raw, String code, String token, List<Map<String, Object>> answers) {
        return raw.post(null, "respondToSurvey", Map.of("input", Map.of("code", code, "respondentToken", token,
                "answers", answers)));
    }

    record Created(String id, String code, int version) {
    }
}
