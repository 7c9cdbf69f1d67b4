// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SIGNATURE_PREFIX } from '../utils/signatureImage';
import { buildSignInput, EMPTY_SIGNING_FORM, validateSigningForm } from '../utils/signingForm';

const STATEMENTS = ['REVOCATION_RIGHT', 'TREATMENT_NOT_CONDITIONED', 'REDISCLOSURE'] as const;
const signed = {
  ...EMPTY_SIGNING_FORM,
  acknowledged: [...STATEMENTS],
  signerName: ' Jane Doe ',
  signature: `${SIGNATURE_PREFIX}iVBORw0KGgo=`,
};

describe('validateSigningForm', () => {
  it('asks for every statement shown, the typed name and the signature', () => {
    expect(Object.keys(validateSigningForm(EMPTY_SIGNING_FORM, STATEMENTS)).sort()).toEqual(
      ['REDISCLOSURE', 'REVOCATION_RIGHT', 'TREATMENT_NOT_CONDITIONED', 'signature', 'signerName'].sort(),
    );
    expect(validateSigningForm(signed, STATEMENTS)).toEqual({});
  });

  it('asks for the remuneration statement only when the page shows it', () => {
    expect(validateSigningForm(signed, [...STATEMENTS, 'REMUNERATION'])).toHaveProperty('REMUNERATION');
  });

  it('asks a personal representative what allows them to act for the patient', () => {
    const representative = { ...signed, signerKind: 'REPRESENTATIVE' as const };
    expect(validateSigningForm(representative, STATEMENTS)).toHaveProperty('representativeAuthority');
    expect(validateSigningForm({ ...representative, representativeAuthority: 'Mother' }, STATEMENTS)).toEqual({});
  });
});

describe('buildSignInput', () => {
  it('sends the statements shown and ticked, the trimmed name, and no authority for the patient', () => {
    const input = buildSignInput(
      { ...signed, representativeAuthority: 'left over' },
      { token: 'tok', dateOfBirth: '1980-04-02' },
      STATEMENTS,
    );
    expect(input).toEqual({
      token: 'tok',
      dateOfBirth: '1980-04-02',
      signerKind: 'PATIENT',
      signerName: 'Jane Doe',
      representativeAuthority: null,
      signature: signed.signature,
      acknowledgedStatements: [...STATEMENTS],
    });
  });
});
