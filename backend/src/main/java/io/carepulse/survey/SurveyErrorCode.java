package io.carepulse.survey;

import io.carepulse.platform.graphql.ErrorCode;

/** The surveys' own user error codes (added to GraphQL's {@code UserErrorCode} in survey.graphqls). */
enum SurveyErrorCode implements ErrorCode {
    ALREADY_RESPONDED
}
