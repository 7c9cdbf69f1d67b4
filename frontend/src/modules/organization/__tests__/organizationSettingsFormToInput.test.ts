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

  it('sends the posting targets as the whole list, one per channel with a number, in the channels’ order', () => {
    const input = buildUpdateOrganizationSettingsInput(
      initial,
      { ...initial, 'postingTargets.X': ' 5 ', 'postingTargets.FACEBOOK': '3', 'postingTargets.TIKTOK': '0' },
      1,
    );
    expect(input).toEqual({
      expectedVersion: 1,
      postingTargets: [
        { channel: 'FACEBOOK', postsPerWeek: 3 },
        { channel: 'X', postsPerWeek: 5 },
        { channel: 'TIKTOK', postsPerWeek: 0 },
      ],
    });
  });

  it('leaves the targets out when they are as loaded, whatever order the API listed them in', () => {
    const loaded = organizationSettingsToFormValues(
      organizationSettings({
        postingTargets: [
          { channel: 'X', postsPerWeek: 5 },
          { channel: 'FACEBOOK', postsPerWeek: 3 },
        ],
      }),
    );
    expect(buildUpdateOrganizationSettingsInput(loaded, { ...loaded, 'postingTargets.X': '05' }, 2)).toEqual({
      expectedVersion: 2,
    });
  });

  it('sends an empty list when every target is cleared', () => {
    const loaded = organizationSettingsToFormValues(
      organizationSettings({ postingTargets: [{ channel: 'LINKEDIN', postsPerWeek: 2 }] }),
    );
    expect(loaded['postingTargets.LINKEDIN']).toBe('2');
    expect(buildUpdateOrganizationSettingsInput(loaded, { ...loaded, 'postingTargets.LINKEDIN': ' ' }, 3)).toEqual({
      expectedVersion: 3,
      postingTargets: [],
    });
  });
});
