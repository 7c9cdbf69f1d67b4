// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateJustification } from '../utils/phiOverride';
import { isBlocking, overrideOf, unmatchedOverrides } from '../utils/phiFindings';
import { contentDetail, officer, phoneFinding } from './contentFixtures';

describe('validateJustification', () => {
  it('names the justification and asks for at least 20 characters, counting what is written', () => {
    expect(validateJustification('  ')).toBe(
      'Enter a justification: say why it may be published, in at least 20 characters',
    );
    expect(validateJustification('Clinic line')).toBe(
      'The justification needs at least 20 characters (11 so far): say why it may be published',
    );
    expect(validateJustification('The clinic’s public appointment line')).toBeUndefined();
  });
});

describe('overrides of findings', () => {
  const override = {
    field: 'body',
    type: 'PHONE' as const,
    quote: '555-201-0134',
    justification: 'The clinic’s public appointment line.',
    by: officer,
    at: '2026-03-03T09:00:00Z',
  };

  it('match a finding by field, type and the exact text, wherever it now is', () => {
    const content = contentDetail({ phiFindings: [phoneFinding({ overridden: true })], phiOverrides: [override] });
    expect(overrideOf(content, content.phiFindings[0])).toBe(override);
    expect(unmatchedOverrides(content)).toEqual([]);
  });

  it('are kept apart when their text has left the field', () => {
    const content = contentDetail({ phiOverrides: [{ ...override, quote: '555-000-0000' }] });
    expect(unmatchedOverrides(content)).toHaveLength(1);
  });

  it('stop a finding blocking, as a covering consent does', () => {
    expect(isBlocking(phoneFinding())).toBe(true);
    expect(isBlocking(phoneFinding({ overridden: true }))).toBe(false);
    expect(isBlocking(phoneFinding({ coveredByConsent: true }))).toBe(false);
  });
});
