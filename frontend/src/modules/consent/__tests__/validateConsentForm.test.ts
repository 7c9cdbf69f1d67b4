// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMPTY_CONSENT_FORM } from '../utils/consentFormValues';
import { validateConsentForm } from '../utils/validateConsentForm';
import { completeConsent } from './consentFixtures';

const NOW = new Date(2026, 5, 15, 10, 0);

describe('validateConsentForm', () => {
  it('accepts an authorization with every element 164.508 requires', () => {
    expect(validateConsentForm(completeConsent(), NOW)).toEqual({});
  });

  it('names one missing element per field of an empty form', () => {
    expect(Object.keys(validateConsentForm(EMPTY_CONSENT_FORM, NOW)).sort()).toEqual(
      [
        'name',
        'dateOfBirth',
        'informationDescription',
        'categories',
        'disclosers',
        'channels',
        'purposes',
        'expiresOn',
        'signerName',
        'signedOn',
        'revocationInstructions',
        'REVOCATION_RIGHT',
        'TREATMENT_NOT_CONDITIONED',
        'REDISCLOSURE',
      ].sort(),
    );
  });

  it('takes named staff instead of the organisation as who may disclose', () => {
    const values = completeConsent({ disclosedByOrganization: false, disclosingStaff: '\n  Dr. Ana Ruiz \n' });
    expect(validateConsentForm(values, NOW)).toEqual({});
    expect(validateConsentForm({ ...values, disclosingStaff: '  \n' }, NOW)).toEqual({
      disclosers: 'Choose who may disclose: the organisation, named staff, or both',
    });
  });

  it('refuses an expiration date in the past but takes today, or an event in words', () => {
    expect(validateConsentForm(completeConsent({ expiresOn: '2026-06-14' }), NOW)).toEqual({
      expiresOn: 'Expiration date must be today or later',
    });
    expect(validateConsentForm(completeConsent({ expiresOn: '2026-06-15' }), NOW)).toEqual({});
    const byEvent = completeConsent({ expiryKind: 'EVENT', expiresOn: '' });
    expect(Object.keys(validateConsentForm(byEvent, NOW))).toEqual(['expirationEvent']);
    expect(validateConsentForm({ ...byEvent, expirationEvent: 'End of the Movember campaign' }, NOW)).toEqual({});
  });

  it('refuses a signature dated in the future and a representative without a stated authority', () => {
    const errors = validateConsentForm(completeConsent({ signedOn: '2026-06-16', signerKind: 'REPRESENTATIVE' }), NOW);
    expect(errors).toEqual({
      signedOn: 'Signed on must be today or earlier',
      representativeAuthority: 'Describe the representative’s authority to act for the patient',
    });
  });

  it('asks for the remuneration statement and its source only when a third party pays', () => {
    expect(Object.keys(validateConsentForm(completeConsent({ financialRemuneration: true }), NOW)).sort()).toEqual([
      'REMUNERATION',
      'remunerationSource',
    ]);
    const paid = completeConsent({
      financialRemuneration: true,
      remunerationSource: 'Acme Pharma',
      acknowledged: ['REVOCATION_RIGHT', 'TREATMENT_NOT_CONDITIONED', 'REDISCLOSURE', 'REMUNERATION'],
    });
    expect(validateConsentForm(paid, NOW)).toEqual({});
  });

  it('checks an email address only when one is given', () => {
    expect(validateConsentForm(completeConsent({ email: 'jane.doe' }), NOW)).toEqual({
      email: 'Enter an email address like name@example.org',
    });
    expect(validateConsentForm(completeConsent({ email: ' jane@example.org ' }), NOW)).toEqual({});
  });
});
