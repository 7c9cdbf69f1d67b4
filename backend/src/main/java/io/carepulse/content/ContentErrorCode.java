package io.carepulse.content;

import io.carepulse.platform.graphql.ErrorCode;

/** Why the content workflow refuses a step; {@code extend enum UserErrorCode} in {@code content.graphqls}. */
public enum ContentErrorCode implements ErrorCode {
    SELF_APPROVAL, CONSENT_MISSING, CONTENT_INCOMPLETE, COMMENTS_OPEN, APPROVAL_EXPIRED, POLICY_VIOLATION, POLICY_NOT_ACKNOWLEDGED
}
