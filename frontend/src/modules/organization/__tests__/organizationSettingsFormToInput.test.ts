// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { organizationSettings } from '@/testing/fixtures';
import { buildUpdateOrganizationSettingsInput } from '../utils/organizationSettingsFormToInput';
import { organizationSettingsToFormValues } from '../utils/organizationSettingsFormValues';

const initial = organizationSettingsToFormValues(organizationSettings());

describe('organisation settings form to GraphQL input', () => {
  it('sends the allow-list as its entries, one per line, without blanks or repeats', () => {
    const input = buildUpdateOrganizationSettingsInput(
      initial,
      { ...initial, phiAllowList: ' (951) 555-0100 \n\nriversidehealth.org\n(951) 555-0100\n' },
      3,
    );
    expect(input).toEqual({ expectedVersion: 3, phiAllowList: ['(951) 555-0100', 'riversidehealth.org'] });
  });

  it('sends both settings, the days as a number, with the version that was read', () => {
    const input = buildUpdateOrganizationSettingsInput(
      initial,
      { ...initial, timezone: 'America/Los_Angeles', questionRetentionDays: ' 90 ' },
      0,
    );
    expect(input).toEqual({ expectedVersion: 0, timezone: 'America/Los_Angeles', questionRetentionDays: 90 });
  });

  it('sends the choice for missed posts when the admin changes it', () => {
    expect(buildUpdateOrganizationSettingsInput(initial, { ...initial, missedPublications: 'REPORT_LATE' }, 2)).toEqual(
      {
        expectedVersion: 2,
        missedPublications: 'REPORT_LATE',
      },
    );
  });

  it('leaves out what did not change', () => {
    expect(buildUpdateOrganizationSettingsInput(initial, { ...initial, questionRetentionDays: '7' }, 4)).toEqual({
      expectedVersion: 4,
      questionRetentionDays: 7,
    });
    expect(buildUpdateOrganizationSettingsInput(initial, { ...initial, questionRetentionDays: '030' }, 4)).toEqual({
      expectedVersion: 4,
    });
  });
});
