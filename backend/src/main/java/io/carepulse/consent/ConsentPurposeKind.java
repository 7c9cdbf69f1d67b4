package io.carepulse.consent;

/** Why the information is disclosed (164.508(c)(1)(iv)). */
public enum ConsentPurposeKind {
    MARKETING, EDUCATION, AWARENESS, FUNDRAISING
}
