// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  EMPTY_CAMPAIGN_FILTERS,
  readCampaignFilters,
  toCampaignFilter,
  writeCampaignFilters,
} from '../utils/campaignFilters';

describe('campaign filters in the query string', () => {
  it('round-trips through the URL', () => {
    const values = {
      status: 'ACTIVE',
      objective: 'PREVENTION',
      channel: 'INSTAGRAM',
      search: 'flu',
      activeOn: '2026-11-15',
    } as const;
    const params = writeCampaignFilters(values);
    expect(params.toString()).toBe(
      'status=ACTIVE&objective=PREVENTION&channel=INSTAGRAM&search=flu&activeOn=2026-11-15',
    );
    expect(readCampaignFilters(params)).toEqual(values);
  });

  it('leaves empty filters out of the URL', () => {
    expect(writeCampaignFilters({ ...EMPTY_CAMPAIGN_FILTERS, search: '  ' }).toString()).toBe('');
  });

  it('ignores values a hand-edited URL made invalid', () => {
    const params = new URLSearchParams('status=DELETED&objective=x&channel=MYSPACE&activeOn=tomorrow');
    expect(readCampaignFilters(params)).toEqual(EMPTY_CAMPAIGN_FILTERS);
  });

  it('builds the GraphQL filter from what is set only', () => {
    expect(toCampaignFilter(EMPTY_CAMPAIGN_FILTERS)).toBeUndefined();
    expect(toCampaignFilter({ ...EMPTY_CAMPAIGN_FILTERS, status: 'PAUSED', search: 'movember' })).toEqual({
      status: ['PAUSED'],
      search: 'movember',
    });
  });
});
