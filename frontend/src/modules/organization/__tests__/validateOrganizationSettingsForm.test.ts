// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateOrganizationSettingsForm } from '../utils/validateOrganizationSettingsForm';

const valid = {
  timezone: 'UTC',
  questionRetentionDays: '30',
  reviewValidityDays: '180',
  phiAllowList: '',
  missedPublications: 'PUBLISH_LATE' as const,
};

describe('validateOrganizationSettingsForm', () => {
  it.each(['1', '30', '3650', ' 365 '])('accepts %j days', (days) => {
    expect(validateOrganizationSettingsForm({ ...valid, questionRetentionDays: days })).toEqual({});
  });

  it.each(['', '0', '-1', '3651', '1.5', '30 days', '1e3'])('refuses %j days', (days) => {
    expect(validateOrganizationSettingsForm({ ...valid, questionRetentionDays: days })).toEqual({
      questionRetentionDays: 'Enter a whole number of days from 1 to 3650',
    });
  });

  it('asks for a time zone', () => {
    expect(validateOrganizationSettingsForm({ ...valid, timezone: '' })).toEqual({ timezone: 'Choose a time zone' });
  });
});
