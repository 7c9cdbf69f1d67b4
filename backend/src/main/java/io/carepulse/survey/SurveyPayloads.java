package io.carepulse.survey;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import java.util.List;

/** Payloads of the staff's survey mutations. */
final class SurveyPayloads {

    private SurveyPayloads() {
    }

    /** A payload about one survey. */
    interface SurveyPayload extends MutationPayload {
        Survey survey();

        @Override
        default String auditTargetId() {
            return survey() == null ? null : GlobalId.encode(Survey.TYPE, survey().id());
        }

        @Override
        default String auditTargetType() {
            return Survey.TYPE;
        }
    }

    record CreateSurveyPayload(Survey survey, List<UserError> userErrors) implements SurveyPayload {
    }

    record UpdateSurveyPayload(Survey survey, List<UserError> userErrors) implements SurveyPayload {
    }

    record OpenSurveyPayload(Survey survey, List<UserError> userErrors) implements SurveyPayload {
    }

    record CloseSurveyPayload(Survey survey, List<UserError> userErrors) implements SurveyPayload {
    }
}
