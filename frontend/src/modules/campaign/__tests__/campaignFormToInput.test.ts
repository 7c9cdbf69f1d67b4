// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { campaignDetail } from '@/testing/fixtures';
import { buildCreateCampaignInput, buildUpdateCampaignInput } from '../utils/campaignFormToInput';
import { campaignToFormValues, EMPTY_CAMPAIGN_FORM, newKpiTargetRow } from '../utils/campaignFormValues';

describe('campaign form to GraphQL input', () => {
  it('creates with parsed hashtags, numeric KPI targets and a budget, omitting empty optional fields', () => {
    const input = buildCreateCampaignInput({
      ...EMPTY_CAMPAIGN_FORM,
      name: '  Flu shot season ',
      hashtags: 'FluShot, #GetVaccinated',
      objective: 'PREVENTION',
      startDate: '2026-10-01',
      kpiTargets: [newKpiTargetRow('REACH', '10000')],
      budgetAmount: '2500.50',
      budgetCurrency: 'usd',
    });
    expect(input).toEqual({
      name: 'Flu shot season',
      hashtags: ['#FluShot', '#GetVaccinated'],
      objective: 'PREVENTION',
      startDate: '2026-10-01',
      channels: [],
      segmentIds: [],
      kpiTargets: [{ metric: 'REACH', target: 10000 }],
      budget: { amount: '2500.50', currency: 'USD' },
    });
  });

  it('updates only the fields that changed, with the version that was read', () => {
    const initial = campaignToFormValues(campaignDetail());
    const input = buildUpdateCampaignInput(initial, { ...initial, name: 'Movember 2026' }, 'Q2FtcGFpZ246MQ==', 3);
    expect(input).toEqual({ id: 'Q2FtcGFpZ246MQ==', expectedVersion: 3, name: 'Movember 2026' });
  });

  it('sends null to clear an optional value', () => {
    const initial = campaignToFormValues(campaignDetail());
    const input = buildUpdateCampaignInput(initial, { ...initial, endDate: '', budgetAmount: '' }, 'id', 3);
    expect(input).toEqual({ id: 'id', expectedVersion: 3, endDate: null, budget: null });
  });
});
