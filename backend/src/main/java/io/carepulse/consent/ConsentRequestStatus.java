package io.carepulse.consent;

/** Where an online signing request stands; PENDING past its link's expiry reads as EXPIRED. */
public enum ConsentRequestStatus {
    PENDING, SIGNED, CANCELLED, EXPIRED, LOCKED
}
