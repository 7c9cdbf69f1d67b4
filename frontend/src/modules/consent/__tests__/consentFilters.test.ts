// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  expiringSoonSearch,
  isPatientSearch,
  readConsentFilters,
  toConsentFilter,
  writeConsentFilters,
} from '../utils/consentFilters';

describe('consent list filters in the address', () => {
  it('round-trip, several statuses included, and drop what a hand-edited URL broke', () => {
    const params = new URLSearchParams('status=ACTIVE&status=REVOKED&status=LOST&channel=FAX&purpose=EDUCATION');
    const filters = readConsentFilters(params);
    expect(filters).toMatchObject({ status: ['ACTIVE', 'REVOKED'], channel: '', purpose: 'EDUCATION' });
    expect(writeConsentFilters(filters).toString()).toBe('status=ACTIVE&status=REVOKED&purpose=EDUCATION');
    expect(toConsentFilter(filters)).toEqual({ status: ['ACTIVE', 'REVOKED'], purpose: 'EDUCATION' });
    expect(toConsentFilter(readConsentFilters(new URLSearchParams()))).toBeUndefined();
  });

  it('tell a search by patient name and birth date from one by number or label', () => {
    expect(isPatientSearch('Jane Doe 1980-04-02')).toBe(true);
    expect(isPatientSearch('C-2026-0042')).toBe(false);
    expect(isPatientSearch('C-2026-0042 · Story, Photo · Facebook')).toBe(false);
  });

  it('open the view of active consents expiring within 30 days, soonest first', () => {
    expect(expiringSoonSearch(new Date(2026, 0, 15))).toBe('?status=ACTIVE&expiringBefore=2026-02-14&sort=EXPIRES_ON');
  });
});
