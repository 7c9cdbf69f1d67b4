package io.carepulse.platform.security;

/** Staff roles inside one organisation; mirrors the GraphQL enum {@code Role}. */
public enum Role {
    ADMIN,
    MARKETER,
    CLINICAL_REVIEWER,
    COMPLIANCE_OFFICER,
    MODERATOR,
    ANALYST
}
