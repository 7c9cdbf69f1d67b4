package io.carepulse.phi;

/** Kinds of identifier the scanner finds, each with the severity a moderator sees. */
public enum PhiType {
    PHONE(Severity.MEDIUM),
    FAX(Severity.MEDIUM),
    EMAIL(Severity.MEDIUM),
    URL(Severity.LOW),
    IP_ADDRESS(Severity.LOW),
    SSN(Severity.HIGH),
    MEDICAL_RECORD_NUMBER(Severity.HIGH),
    HEALTH_PLAN_NUMBER(Severity.HIGH),
    ACCOUNT_NUMBER(Severity.MEDIUM),
    LICENSE_NUMBER(Severity.MEDIUM),
    PERSONAL_DATE(Severity.HIGH),
    STREET_ADDRESS(Severity.HIGH),
    ZIP_CODE(Severity.LOW),
    PERSON_NAME(Severity.HIGH);

    private final Severity severity;

    PhiType(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** How likely the finding identifies a patient on its own. */
    public enum Severity { LOW, MEDIUM, HIGH }
}
