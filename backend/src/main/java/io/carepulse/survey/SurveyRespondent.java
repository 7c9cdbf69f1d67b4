package io.carepulse.survey;

import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A respondent who opened a survey's link: {@code id} is the SHA-256 of the respondent token the
 * browser keeps (the token itself is never stored), looked up by {@code _id}.
 */
@Document(SurveyRespondent.COLLECTION)
record SurveyRespondent(@Id String id, String organizationId, ObjectId surveyId, Instant startedAt)
        implements TenantOwned {

    static final String COLLECTION = "survey_respondents";
}
