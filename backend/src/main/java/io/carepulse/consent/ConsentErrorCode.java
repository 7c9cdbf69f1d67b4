package io.carepulse.consent;

import io.carepulse.platform.graphql.ErrorCode;

/**
 * Why the registry refuses a consent: one code per element of a valid authorization, citing the
 * regulation, and the retention rule; {@code extend enum UserErrorCode} in {@code consent.graphqls}.
 */
public enum ConsentErrorCode implements ErrorCode {
    HIPAA_164_508_C1_DESCRIPTION_MISSING,
    HIPAA_164_508_C1_DISCLOSER_MISSING,
    HIPAA_164_508_C1_RECIPIENT_MISSING,
    HIPAA_164_508_C1_PURPOSE_MISSING,
    HIPAA_164_508_C1_EXPIRATION_MISSING,
    HIPAA_164_508_C1_SIGNATURE_MISSING,
    HIPAA_164_508_C2_STATEMENT_MISSING,
    HIPAA_164_508_A3_REMUNERATION_STATEMENT_MISSING,
    RETENTION_PERIOD_NOT_OVER,
    LINK_NOT_VALID,
    DATE_OF_BIRTH_MISMATCH
}
