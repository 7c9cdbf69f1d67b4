package io.carepulse.survey;

import io.carepulse.platform.tenancy.TenantOwned;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A survey's counts, under the survey's own ID: what results are read from, by one lookup. The
 * responses' events are taken in each once and in order ({@code appliedSequence}, see
 * {@code EventFold}).
 *
 * @param scoreSum quiz: right answers of all responses together
 */
@Document(SurveyTally.COLLECTION)
record SurveyTally(@Id ObjectId id, String organizationId, long appliedSequence, long started, long responses,
        long scoreSum, Map<String, QuestionTally> questions) implements TenantOwned {

    static final String COLLECTION = "survey_tallies";

    SurveyTally {
        questions = questions == null ? Map.of() : Map.copyOf(questions);
    }

    /**
     * @param options  choices per option ID
     * @param values   answers per value, for RATING and NPS (keys "0" to "10")
     * @param valueSum the values added up, for the average
     */
    record QuestionTally(Long answered, Long correct, Long held, Map<String, Long> options, Map<String, Long> values,
            Long valueSum) {

        /** A count no event has touched yet is not stored at all: zero. */
        QuestionTally {
            answered = answered == null ? 0 : answered;
            correct = correct == null ? 0 : correct;
            held = held == null ? 0 : held;
            valueSum = valueSum == null ? 0 : valueSum;
            options = options == null ? Map.of() : Map.copyOf(options);
            values = values == null ? Map.of() : Map.copyOf(values);
        }

        static final QuestionTally NONE = new QuestionTally(0L, 0L, 0L, Map.of(), Map.of(), 0L);
    }

    QuestionTally question(String questionId) {
        return questions.getOrDefault(questionId, QuestionTally.NONE);
    }
}
