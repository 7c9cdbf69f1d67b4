import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CampaignPerformanceQuery, EngagementPointFieldsFragment } from '@/generated/graphql';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { CampaignPerformancePanel } from '../components/CampaignPerformancePanel';
import { describePace, describeProgress } from '../utils/kpiProgress';

const point = (engagement: number): EngagementPointFieldsFragment => ({
  start: '2026-11-27T05:00:00Z',
  end: '2026-12-06T05:00:00Z',
  engagement,
  engagementRate: { value: 0.05, basis: 'REACH' },
  values: [{ metric: 'IMPRESSIONS', value: 3000 }],
});

const performance: CampaignPerformanceQuery = {
  campaignPerformance: {
    from: '2026-11-27T05:00:00Z',
    to: '2026-12-06T05:00:00Z',
    timezone: 'America/New_York',
    total: point(100),
    recent: point(60),
    kpis: [
      {
        metric: 'IMPRESSIONS',
        target: 10000,
        measured: true,
        measuredAs: 'Impressions of the campaign’s content, on every channel',
        actual: 3000,
        progress: 0.3,
        pace: 'AT_RISK',
        projected: 8714.3,
      },
      {
        metric: 'ENGAGEMENT_RATE',
        target: 5,
        measured: true,
        measuredAs: 'Engagement rate in percent',
        actual: 5,
        progress: 1,
        pace: 'ON_TRACK',
        projected: 5,
      },
      {
        metric: 'FUNDS_RAISED',
        target: 5000,
        measured: false,
        measuredAs: 'Not measured: no connector reports donations',
        actual: null,
        progress: null,
        pace: null,
        projected: null,
      },
    ],
  },
};

describe('a campaign’s performance', () => {
  it('says each KPI’s progress and pace in words beside its bar, and what it measures', async () => {
    const api = mockGraphqlClient((name) => (name === 'CampaignPerformance' ? { data: performance } : undefined));
    renderWithProviders(<CampaignPerformancePanel campaignId="Q2FtcGFpZ246MQ==" />, {
      client: api.client,
      viewer: viewerWithRoles('ANALYST'),
    });
    const kpis = await screen.findByRole('list', { name: 'KPI targets' });
    const [impressions, rate, funds] = within(kpis).getAllByRole('listitem');
    expect(impressions).toHaveTextContent('Impressions 3,000 of 10,000 (30%) At risk');
    expect(impressions).toHaveTextContent('8,714 expected by the end at the last 7 days’ pace.');
    expect(rate).toHaveTextContent('Engagement rate (%) 5% of 5% (100%) On track');
    expect(funds).toHaveTextContent('Target 5,000: not measured by CarePulse');
    expect(funds).toHaveTextContent('Not measured: no connector reports donations.');
    // The period's days where the figures are counted: the end is the day before `to`.
    const day = (noon: string) =>
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'America/New_York' }).format(new Date(noon));
    expect(kpis.previousElementSibling).toHaveTextContent(
      `From ${day('2026-11-27T12:00:00Z')} to ${day('2026-12-05T12:00:00Z')} (America/New_York time)`,
    );
    expect(api.operations[0].variables).toEqual({ campaignId: 'Q2FtcGFpZ246MQ==' });
  });

  it('has no pace without an end date and says when there are no figures yet', () => {
    const open = { metric: 'REACH' as const, target: 100, measured: true, actual: 20, progress: 0.2, pace: null };
    expect(describeProgress(open)).toBe('20 of 100 (20%)');
    expect(describePace({ ...open, projected: null })).toBeNull();
    expect(describeProgress({ ...open, actual: null, progress: null })).toBe('Target 100: no figures yet');
  });
});
