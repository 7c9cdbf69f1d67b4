package io.carepulse.consent;

/** Where a consent stands; only an ACTIVE one authorizes a disclosure. */
public enum ConsentStatus {
    ACTIVE, EXPIRED, REVOKED
}
