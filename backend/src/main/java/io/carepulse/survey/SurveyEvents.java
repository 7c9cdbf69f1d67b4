package io.carepulse.survey;

import io.carepulse.platform.events.EventStream;
import java.util.List;

/**
 * The surveys' published stream: {@code survey.responses}, one key per survey, an event per
 * respondent who opened the link ({@code STARTED}), response ({@code SUBMITTED}) and released
 * answer ({@code RELEASED}). The payload is what the event adds to the counts: never free text,
 * never who answered; a consumer that needs a response's free text reads {@link SurveyResponse}
 * by {@link Delta#responseId()}.
 */
public final class SurveyEvents {

    static final String STREAM_NAME = "survey.responses";

    private SurveyEvents() {
    }

    /** The stream, for consumers of other features. */
    public static EventStream<Delta> stream() {
        return SurveyTallies.STREAM;
    }

    /**
     * What one event adds to a survey's counts.
     *
     * @param responseId hex ID of the response, for SUBMITTED
     */
    public record Delta(int started, int responses, int correct, List<AnswerDelta> answers, String responseId) {
    }

    /** @param held 1 when the answer arrived with PHI findings, -1 when a held answer was released */
    public record AnswerDelta(String questionId, List<String> optionIds, Integer value, Boolean correct, int held) {
    }
}
