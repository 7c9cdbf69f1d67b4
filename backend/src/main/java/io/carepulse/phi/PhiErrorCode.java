package io.carepulse.phi;

import io.carepulse.platform.graphql.ErrorCode;

/** The PHI screening's reasons for refusing a text; {@code extend enum UserErrorCode} in {@code phi.graphqls}. */
public enum PhiErrorCode implements ErrorCode {
    /** The text seems to carry protected health information. */
    PHI_SUSPECTED
}
