// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMPTY_CAMPAIGN_FORM, newKpiTargetRow, type CampaignFormValues } from '../utils/campaignFormValues';
import { validateCampaignForm } from '../utils/validateCampaignForm';

const valid: CampaignFormValues = {
  ...EMPTY_CAMPAIGN_FORM,
  name: 'Flu shot season',
  objective: 'PREVENTION',
  startDate: '2026-10-01',
};

describe('validateCampaignForm', () => {
  it('accepts a complete campaign at the limits', () => {
    expect(
      validateCampaignForm({
        ...valid,
        name: 'x'.repeat(200),
        endDate: '2026-10-01',
        hashtags: '#FluShot #Grippe_2026 #Médico',
        kpiTargets: [newKpiTargetRow('ENGAGEMENT_RATE', '100'), newKpiTargetRow('REACH', '0')],
        budgetAmount: '1000000000000',
        budgetCurrency: 'usd',
      }),
    ).toEqual({});
  });

  it('says what is missing in words for the field', () => {
    expect(validateCampaignForm(EMPTY_CAMPAIGN_FORM)).toEqual({
      name: 'Enter a name',
      objective: 'Choose an objective',
      startDate: 'Enter a start date',
    });
  });

  it('checks the dates, lengths and lists as the server does', () => {
    const errors = validateCampaignForm({
      ...valid,
      name: 'x'.repeat(201),
      description: 'x'.repeat(5001),
      endDate: '2026-09-30',
      hashtags: '#flu-shot #ok',
      segmentIds: Array.from({ length: 51 }, (_, i) => `segment-${i}`),
    });
    expect(errors).toEqual({
      name: 'Name must be 200 characters or fewer',
      description: 'Description must be 5,000 characters or fewer',
      endDate: 'End date must be on or after the start date',
      hashtags: '“#flu-shot” is not a hashtag: use only letters, numbers and underscores after the #',
      segmentIds: 'Choose 50 audience segments or fewer',
    });
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(' ');
    expect(validateCampaignForm({ ...valid, hashtags: tags }).hashtags).toBe('Enter 30 hashtags or fewer');
  });

  it.each([
    [[newKpiTargetRow('', '5')], 'Item 1: Choose a metric'],
    [[newKpiTargetRow('REACH', 'many')], 'Item 1: Enter the target as a number'],
    [[newKpiTargetRow('REACH', '-1')], 'Item 1: Target must be 0 or more'],
    [
      [newKpiTargetRow('REACH', '1'), newKpiTargetRow('ENGAGEMENT_RATE', '101')],
      'Item 2: Engagement rate must be from 0 to 100',
    ],
    [
      [newKpiTargetRow('REACH', '1'), newKpiTargetRow('REACH', '2')],
      'Item 2: Reach is already a target: use each metric once',
    ],
  ])('checks KPI targets: %#', (kpiTargets, message) => {
    expect(validateCampaignForm({ ...valid, kpiTargets }).kpiTargets).toBe(message);
  });

  it.each([
    ['12.5.1', 'USD', { amount: 'Enter the budget amount as a number, such as 1500 or 1500.50' }],
    ['1500.505', 'USD', { amount: 'Budget amount can have at most 2 decimal places for USD' }],
    ['1500.5', 'JPY', { amount: 'Budget amount must be a whole number for JPY' }],
    ['1000000000000.01', 'USD', { amount: 'Budget amount is too large' }],
    ['100', 'US', { currency: 'Enter a three-letter currency code such as USD' }],
  ])('checks a budget of %s %s', (budgetAmount, budgetCurrency, errors) => {
    expect(validateCampaignForm({ ...valid, budgetAmount, budgetCurrency })).toEqual(errors);
  });
});
