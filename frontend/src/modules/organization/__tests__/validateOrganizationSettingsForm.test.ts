// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { organizationSettings } from '@/testing/fixtures';
import { organizationSettingsToFormValues } from '../utils/organizationSettingsFormValues';
import { validateOrganizationSettingsForm } from '../utils/validateOrganizationSettingsForm';

const valid = organizationSettingsToFormValues(organizationSettings());

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

  it.each(['', '0', '3', ' 100 '])('accepts %j as a channel’s posts a week (blank for no target)', (posts) => {
    expect(validateOrganizationSettingsForm({ ...valid, 'postingTargets.X': posts })).toEqual({});
  });

  it.each(['101', '-1', '2.5', 'three', '1e2'])('refuses %j posts a week, on that channel’s input', (posts) => {
    expect(validateOrganizationSettingsForm({ ...valid, 'postingTargets.LINKEDIN': posts })).toEqual({
      'postingTargets.LINKEDIN': 'Enter a whole number of posts a week from 0 to 100',
    });
  });

  it('lists a target’s mistake after the settings above it, as the form does', () => {
    const errors = validateOrganizationSettingsForm({ ...valid, 'postingTargets.FACEBOOK': 'x', timezone: '' });
    expect(Object.keys(errors)).toEqual(['timezone', 'postingTargets.FACEBOOK']);
  });
});
