// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { UserErrorFieldsFragment } from '@/generated/graphql';
import { mapUserErrors } from '@/modules/api/utils/mapUserErrors';
import { CONSENT_FORM_FIELDS } from '../utils/consentFormValues';
import { consentErrorTarget, routeConsentUserErrors } from '../utils/routeConsentUserErrors';

const error = (code: UserErrorFieldsFragment['code'], field: string[] | null, message: string = code) => ({
  code,
  field,
  message,
});

describe('server userErrors on the record form', () => {
  it('lands each error at the field its path ends in', () => {
    expect(consentErrorTarget(error('HIPAA_164_508_C1_DESCRIPTION_MISSING', ['input', 'informationDescription']))).toBe(
      'informationDescription',
    );
    expect(consentErrorTarget(error('HIPAA_164_508_C1_SIGNATURE_MISSING', ['input', 'signature', 'signerName']))).toBe(
      'signerName',
    );
    expect(
      consentErrorTarget(
        error('HIPAA_164_508_C2_STATEMENT_MISSING', ['input', 'acknowledgedStatements', 'REDISCLOSURE']),
      ),
    ).toBe('REDISCLOSURE');
    expect(consentErrorTarget(error('REQUIRED', ['input', 'patient', 'name']))).toBe('name');
  });

  it('places a 164.508 error whose path the form does not know in the section its code names', () => {
    expect(consentErrorTarget(error('HIPAA_164_508_C1_DISCLOSER_MISSING', ['input']))).toBe('disclosers');
    expect(consentErrorTarget(error('HIPAA_164_508_C1_EXPIRATION_MISSING', null))).toBe('expiry');
  });

  it('keeps any other error for the form’s summary, with nothing lost', () => {
    const unknown = error('INVALID', ['input', 'somethingNew'], 'Something new is wrong');
    const routed = routeConsentUserErrors([unknown]);
    expect(routed).toEqual([{ ...unknown, field: null }]);
    expect(mapUserErrors(routed, CONSENT_FORM_FIELDS)).toEqual({
      fieldErrors: {},
      formErrors: ['Something new is wrong'],
      conflict: false,
    });
  });

  it('gives one message per missing element to the matching fields, list positions kept', () => {
    const routed = routeConsentUserErrors([
      error(
        'HIPAA_164_508_C2_STATEMENT_MISSING',
        ['input', 'acknowledgedStatements', 'REDISCLOSURE'],
        'Acknowledge it',
      ),
      error('HIPAA_164_508_C1_PURPOSE_MISSING', ['input', 'purposes', '1', 'description'], 'Describe it'),
      error('HIPAA_164_508_C1_RECIPIENT_MISSING', [], 'Choose a channel'),
    ]);
    expect(mapUserErrors(routed, CONSENT_FORM_FIELDS).fieldErrors).toEqual({
      REDISCLOSURE: 'Acknowledge it',
      purposes: 'Item 2: Describe it',
      channels: 'Choose a channel',
    });
  });
});
