package io.carepulse.devidp.directory;

/** CarePulse roles as they appear in the {@code roles} claim; the backend maps them to permissions. */
public enum Role {

	ADMIN, MARKETER, CLINICAL_REVIEWER, COMPLIANCE_OFFICER, MODERATOR, ANALYST

}
