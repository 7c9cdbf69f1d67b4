package io.carepulse.consent;

/** Who signed: the patient, or a personal representative with a stated authority. */
public enum ConsentSignerKind {
    PATIENT, REPRESENTATIVE
}
