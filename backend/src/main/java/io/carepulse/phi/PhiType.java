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
    PERSON_NAME(Severity.HIGH),
    /** Over 89 only; on its own it narrows the population the way a ZIP code does. */
    AGE(Severity.LOW),
    /** A VIN or a licence plate: the register ties it to an owner, as a licence number does. */
    VEHICLE_IDENTIFIER(Severity.MEDIUM),
    /** An implant's or device's serial number or UDI: it is on one patient's record. */
    DEVICE_IDENTIFIER(Severity.HIGH);

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
