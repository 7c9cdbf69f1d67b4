import { isoDay } from './consentDates';
import { REQUIRED_STATEMENTS, type ConsentFormField, type ConsentFormValues } from './consentFormValues';
import { splitLines } from './consentFormToInput';

export type Errors = Partial<Record<ConsentFormField, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the patient must acknowledge, in the words of each statement's error. */
export const STATEMENT_MISSING: Record<(typeof REQUIRED_STATEMENTS)[number] | 'REMUNERATION', string> = {
  REVOCATION_RIGHT: 'Tick once the patient has acknowledged their right to revoke in writing',
  TREATMENT_NOT_CONDITIONED: 'Tick once the patient has acknowledged that their care does not depend on signing',
  REDISCLOSURE: 'Tick once the patient has acknowledged that recipients may share the information again',
  REMUNERATION: 'Tick once the patient has acknowledged that a third party pays for this marketing',
};

export function patientErrors(values: ConsentFormValues, today: string, errors: Errors) {
  if (!values.name.trim()) errors.name = 'Enter the patient’s full name';
  if (!values.dateOfBirth) errors.dateOfBirth = 'Enter the patient’s date of birth';
  else if (values.dateOfBirth > today) errors.dateOfBirth = 'Date of birth must be today or earlier';
  if (values.email.trim() && !EMAIL.test(values.email.trim()))
    errors.email = 'Enter an email address like name@example.org';
}

/** 164.508(c)(1)(i)–(v): what, by whom, to whom, why, until when. */
export function scopeErrors(values: ConsentFormValues, today: string, errors: Errors) {
  if (!values.informationDescription.trim()) errors.informationDescription = 'Describe the information to be disclosed';
  if (values.categories.length === 0) errors.categories = 'Choose at least one kind of information';
  if (!values.disclosedByOrganization && splitLines(values.disclosingStaff).length === 0)
    errors.disclosers = 'Choose who may disclose: the organisation, named staff, or both';
  if (values.channels.length === 0)
    errors.channels = 'Choose at least one channel through which the public receives it';
  if (values.purposeKinds.length === 0) errors.purposes = 'Choose at least one purpose';
  if (values.expiryKind === 'DATE') {
    if (!values.expiresOn) errors.expiresOn = 'Enter the expiration date, or choose an event instead';
    else if (values.expiresOn < today) errors.expiresOn = 'Expiration date must be today or later';
  } else if (!values.expirationEvent.trim()) {
    errors.expirationEvent = 'Describe the event that ends the authorization, or choose a date instead';
  }
}

/** The authorization's own terms, signed on paper or online: how to revoke, and who pays (164.508(a)(3)). */
export function termsErrors(values: ConsentFormValues, errors: Errors) {
  if (!values.revocationInstructions.trim())
    errors.revocationInstructions = 'Say how the patient may revoke in writing, e.g. the Privacy Office’s address';
  if (values.financialRemuneration && !values.remunerationSource.trim())
    errors.remunerationSource = 'Name the third party that pays';
}

/** 164.508(c)(1)(vi), (c)(2) and (a)(3): signature and the statements the patient acknowledged. */
function signatureAndStatementErrors(values: ConsentFormValues, today: string, errors: Errors) {
  if (!values.signerName.trim()) errors.signerName = 'Enter the name of the person who signed';
  if (!values.signedOn) errors.signedOn = 'Enter the date it was signed';
  else if (values.signedOn > today) errors.signedOn = 'Signed on must be today or earlier';
  if (values.signerKind === 'REPRESENTATIVE' && !values.representativeAuthority.trim())
    errors.representativeAuthority = 'Describe the representative’s authority to act for the patient';
  for (const kind of REQUIRED_STATEMENTS)
    if (!values.acknowledged.includes(kind)) errors[kind] = STATEMENT_MISSING[kind];
  if (values.financialRemuneration && !values.acknowledged.includes('REMUNERATION'))
    errors.REMUNERATION = STATEMENT_MISSING.REMUNERATION;
}

/**
 * Every element 164.508 requires, checked before the server does (RecordConsentInput's rules), one
 * error per missing element beside its field, so the form is fixed in one round.
 */
export function validateConsentForm(values: ConsentFormValues, now = new Date()): Errors {
  const today = isoDay(now);
  const errors: Errors = {};
  patientErrors(values, today, errors);
  scopeErrors(values, today, errors);
  termsErrors(values, errors);
  signatureAndStatementErrors(values, today, errors);
  return errors;
}
