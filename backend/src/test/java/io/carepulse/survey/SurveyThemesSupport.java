package io.carepulse.survey;

import io.carepulse.support.RawGraphQl;
import java.util.List;
import java.util.Map;

/** A free-text answer sent to a new open survey, for other features' tests of what surveys publish. */
public final class SurveyThemesSupport {

    private SurveyThemesSupport() {
    }

    public static void answer(int port, String text) {
        RawGraphQl raw = new RawGraphQl(port);
        SurveyFixtures.Created survey = SurveyFixtures.opened(raw, Map.of("title", "Themes " + System.nanoTime(),
                "questions", List.of(Map.of("type", "FREE_TEXT", "prompt", "Anything else?"))));
        SurveyFixtures.respond(raw, survey.code(), SurveyFixtures.start(raw, survey.code()), List.of(Map.of(
                "questionId", "q1", "text", text)));
    }
}
