package io.carepulse.consent;

/** How a revocation in writing reached the organisation. */
public enum ConsentRevocationMethod {
    LETTER, EMAIL, SIGNED_FORM, ONLINE
}
