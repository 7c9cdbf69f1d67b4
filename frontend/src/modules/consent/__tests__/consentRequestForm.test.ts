// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  buildRequestConsentInput,
  EMPTY_CONSENT_REQUEST_FORM,
  validateConsentRequestForm,
  type ConsentRequestFormValues,
} from '../utils/consentRequestForm';
import { completeConsent } from './consentFixtures';

const NOW = new Date('2026-06-14T10:00:00');
/** A complete authorization, but nothing the patient gives when signing online. */
const request = (overrides: Partial<ConsentRequestFormValues> = {}): ConsentRequestFormValues => ({
  ...completeConsent({ signerName: '', signedOn: '', acknowledged: [] }),
  linkExpiresInDays: '14',
  ...overrides,
});

describe('validateConsentRequestForm', () => {
  it('asks for every element but the signature and the acknowledgements', () => {
    expect(validateConsentRequestForm(request(), NOW)).toEqual({});
    const errors = validateConsentRequestForm({ ...EMPTY_CONSENT_REQUEST_FORM }, NOW);
    expect(Object.keys(errors).sort()).toEqual(
      [
        'categories',
        'channels',
        'dateOfBirth',
        'disclosers',
        'expiresOn',
        'informationDescription',
        'name',
        'purposes',
        'revocationInstructions',
      ].sort(),
    );
  });

  it('takes a link of 1 to 30 whole days, 14 unless changed', () => {
    expect(EMPTY_CONSENT_REQUEST_FORM.linkExpiresInDays).toBe('14');
    for (const days of ['1', '30'])
      expect(validateConsentRequestForm(request({ linkExpiresInDays: days }), NOW)).toEqual({});
    for (const days of ['0', '31', '2.5', '', 'ten'])
      expect(validateConsentRequestForm(request({ linkExpiresInDays: days }), NOW)).toHaveProperty('linkExpiresInDays');
  });

  it('asks who pays when a third party does, but no acknowledgement of it', () => {
    const paid = validateConsentRequestForm(request({ financialRemuneration: true }), NOW);
    expect(Object.keys(paid)).toEqual(['remunerationSource']);
  });
});

describe('buildRequestConsentInput', () => {
  it('sends the record form’s terms without signature or statements, with the link’s days', () => {
    const input = buildRequestConsentInput(request({ linkExpiresInDays: ' 7 ' }));
    expect(input).not.toHaveProperty('signature');
    expect(input).not.toHaveProperty('acknowledgedStatements');
    expect(input).toMatchObject({
      patient: { name: 'Jane Doe', dateOfBirth: '1980-04-02', email: null, phone: null },
      channels: ['FACEBOOK'],
      purposes: [{ kind: 'AWARENESS', description: null }],
      expiresOn: '2027-06-30',
      financialRemuneration: false,
      linkExpiresInDays: 7,
    });
  });
});
