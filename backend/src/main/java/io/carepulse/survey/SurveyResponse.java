package io.carepulse.survey;

import io.carepulse.phi.PhiFinding;
import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One respondent's answers. {@code respondent} is the hash of the respondent's token, unique, so
 * a token answers once however many requests race.
 *
 * @param correct quiz: the right answers of this response
 */
@Document(SurveyResponse.COLLECTION)
public record SurveyResponse(@Id ObjectId id, String organizationId, ObjectId surveyId, String respondent,
        String respondentName, List<Answer> answers, int correct, Instant submittedAt) implements TenantOwned {

    static final String COLLECTION = "survey_responses";

    public SurveyResponse {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /**
     * One answer. A free-text answer with PHI findings is {@code held} until a person releases it.
     *
     * @param correct quiz: whether the options chosen are exactly the right ones; null when not graded
     */
    public record Answer(String questionId, List<String> optionIds, Integer value, String text,
            List<PhiFinding> phiFindings, Boolean correct, boolean held, String releasedBy, Instant releasedAt,
            String releaseJustification) {

        public Answer {
            optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
            phiFindings = phiFindings == null ? List.of() : List.copyOf(phiFindings);
        }
    }

    public Answer answer(String questionId) {
        return answers.stream().filter(a -> a.questionId().equals(questionId)).findFirst().orElse(null);
    }
}
