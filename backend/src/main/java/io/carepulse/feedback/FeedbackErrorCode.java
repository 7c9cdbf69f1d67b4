package io.carepulse.feedback;

import io.carepulse.platform.graphql.ErrorCode;

/** The inbox's own user error codes (added to GraphQL's {@code UserErrorCode} in feedback.graphqls). */
enum FeedbackErrorCode implements ErrorCode {
    PATIENT_RELATIONSHIP_DISCLOSED
}
