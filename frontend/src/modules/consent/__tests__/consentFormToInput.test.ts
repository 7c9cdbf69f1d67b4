// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildRecordConsentInput } from '../utils/consentFormToInput';
import { completeConsent } from './consentFixtures';

describe('buildRecordConsentInput', () => {
  it('sends the chosen expiry only, and blank optional text as null', () => {
    const input = buildRecordConsentInput(completeConsent({ expiryKind: 'EVENT', expirationEvent: ' Campaign ends ' }));
    expect(input.expiresOn).toBeNull();
    expect(input.expirationEvent).toBe('Campaign ends');
    expect(input.patient).toEqual({ name: 'Jane Doe', dateOfBirth: '1980-04-02', email: null, phone: null });
  });

  it('sends each ticked purpose with its words, and named staff one per line', () => {
    const input = buildRecordConsentInput(
      completeConsent({
        purposeKinds: ['AWARENESS', 'EDUCATION'],
        purposeWords: { EDUCATION: ' Teach new parents ', MARKETING: 'not ticked' },
        disclosingStaff: 'Dr. Ana Ruiz\n\n Sam Lee ',
      }),
    );
    expect(input.purposes).toEqual([
      { kind: 'AWARENESS', description: null },
      { kind: 'EDUCATION', description: 'Teach new parents' },
    ]);
    expect(input.disclosingStaff).toEqual(['Dr. Ana Ruiz', 'Sam Lee']);
  });

  it('leaves out what belongs to an unticked choice: authority, remuneration statement and source', () => {
    const input = buildRecordConsentInput(
      completeConsent({
        representativeAuthority: 'Parent',
        remunerationSource: 'Acme',
        acknowledged: ['REVOCATION_RIGHT', 'REMUNERATION'],
      }),
    );
    expect(input.signature?.representativeAuthority).toBeNull();
    expect(input.remunerationSource).toBeNull();
    expect(input.acknowledgedStatements).toEqual(['REVOCATION_RIGHT']);
  });
});
