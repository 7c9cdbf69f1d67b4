import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  AnalyticsFilterOptionsQuery,
  AnalyticsHomeQuery,
  BestTimesToPostQuery,
  EngagementPointFieldsFragment,
  FeedbackSummaryQuery,
  LiveQaSummaryQuery,
  PostingCadenceQuery,
  Role,
} from '@/generated/graphql';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, operationName } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { AnalyticsPage } from '../AnalyticsPage';

// The charts draw on a canvas jsdom lacks: their label stands in for them here.
vi.mock('@/modules/analytics/components/EChart', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const point = (start: string, engagement: number, reach?: number): EngagementPointFieldsFragment => ({
  start,
  end: start,
  engagement,
  engagementRate: reach ? { value: engagement / reach, basis: 'REACH' } : null,
  values: [
    { metric: 'IMPRESSIONS', value: engagement * 20 },
    { metric: 'REACTIONS', value: engagement },
    { metric: 'FOLLOWERS_GAINED', value: 12 },
    { metric: 'FOLLOWERS_LOST', value: 3 },
  ],
});

const home: AnalyticsHomeQuery = {
  series: {
    interval: 'DAY',
    timezone: 'America/New_York',
    points: [point('2026-11-04T04:00:00Z', 40, 1000), point('2026-11-05T05:00:00Z', 60, 1000)],
    total: point('2026-11-04T04:00:00Z', 100, 2000),
  },
  byChannel: {
    rows: [{ key: 'FACEBOOK', label: 'Facebook', engagement: 100, engagementRate: null, values: [] }],
  },
  byFormat: { rows: [] },
  topContent: {
    items: [
      {
        rank: 1,
        contentId: 'Q29udGVudDox',
        content: { id: 'Q29udGVudDox', title: 'Flu shots are free this Saturday' },
        externalPostId: null,
        channels: ['FACEBOOK', 'INSTAGRAM'],
        format: 'HEALTH_TIP',
        engagement: 80,
        engagementRate: { value: 0.05, basis: 'REACH' },
        values: [],
      },
      {
        rank: 2,
        contentId: 'Q29udGVudDoy',
        content: null,
        externalPostId: null,
        channels: ['X'],
        format: 'EVENT',
        engagement: 20,
        engagementRate: null,
        values: [],
      },
    ],
  },
};

const bestTimes: BestTimesToPostQuery = {
  bestTimesToPost: {
    channel: 'FACEBOOK',
    timezone: 'America/New_York',
    minimumSamples: 3,
    baseline: { value: 0.04, basis: 'REACH' },
    slots: [{ dayOfWeek: 'TUESDAY', hour: 9, samples: 4, expectedRate: 0.061, fromBaseline: false }],
    top: [{ dayOfWeek: 'TUESDAY', hour: 9, samples: 4, expectedRate: 0.061 }],
  },
};

const cadence: PostingCadenceQuery = {
  postingCadence: {
    timezone: 'America/New_York',
    weeks: 2,
    channels: [
      {
        channel: 'FACEBOOK',
        target: 2,
        average: 1.5,
        weeksOnTarget: 1,
        weeks: [
          { weekOf: '2026-11-23', posts: 2, metTarget: true },
          { weekOf: '2026-11-30', posts: 1, metTarget: false },
        ],
      },
      {
        channel: 'INSTAGRAM',
        target: null,
        average: 0.5,
        weeksOnTarget: null,
        weeks: [
          { weekOf: '2026-11-23', posts: 0, metTarget: null },
          { weekOf: '2026-11-30', posts: 1, metTarget: null },
        ],
      },
    ],
  },
};

const feedback: FeedbackSummaryQuery = {
  feedbackSummary: {
    timezone: 'America/New_York',
    threads: 4,
    responded: 2,
    medianFirstResponseMinutes: 1485,
    slaBreaches: 2,
    overdue: 1,
    messages: 4,
    bySource: [
      { source: 'GOOGLE_REVIEW', threads: 2, unresolved: 2 },
      { source: 'FACEBOOK_COMMENT', threads: 1, unresolved: 1 },
      { source: 'INSTAGRAM_DM', threads: 1, unresolved: 0 },
    ],
    byStatus: [
      { status: 'NEW', threads: 1 },
      { status: 'OPEN', threads: 0 },
      { status: 'AWAITING_PATIENT', threads: 2 },
      { status: 'RESOLVED', threads: 1 },
      { status: 'ESCALATED', threads: 0 },
    ],
    sentiment: { positive: 1, neutral: 0, negative: 3 },
    topThemes: [
      { key: 'WAIT_TIMES', label: 'Wait times', count: 2 },
      { key: 'BILLING_AND_INSURANCE', label: 'Billing and insurance', count: 1 },
    ],
  },
};

const live: LiveQaSummaryQuery = {
  liveQaSummary: {
    timezone: 'America/New_York',
    sessions: 2,
    participants: 150,
    questions: 8,
    pending: 2,
    approved: 1,
    answered: 4,
    rejected: 1,
    phiFlagged: 1,
    approvalRate: 0.8333,
    phiFlagRate: 0.125,
    answeredRate: 0.5,
  },
};

const campaigns: AnalyticsFilterOptionsQuery = {
  campaigns: { edges: [{ node: { id: 'Q2FtcGFpZ246MQ==', name: 'Flu-shot season' } }] },
  topics: { rows: [{ key: 'vaccines', label: 'Vaccines' }] },
};

function renderAnalytics(role: Role = 'MARKETER', url = '/analytics') {
  const api = mockGraphqlClient((name) =>
    name === 'AnalyticsHome'
      ? { data: home }
      : name === 'BestTimesToPost'
        ? { data: bestTimes }
        : name === 'PostingCadence'
          ? { data: cadence }
          : name === 'FeedbackSummary'
            ? { data: feedback }
            : name === 'LiveQaSummary'
              ? { data: live }
              : name === 'AnalyticsFilterOptions'
                ? { data: campaigns }
                : undefined,
  );
  renderWithProviders(<AnalyticsPage />, {
    client: api.client,
    viewer: viewerWithRoles(role),
    path: '/analytics',
    url,
  });
  const asked = (name = 'AnalyticsHome') =>
    api.operations.filter((op) => operationName(op) === name).map((op) => op.variables);
  return { asked };
}

describe('AnalyticsPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T15:30:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('asks for the last 30 days by day and shows the period’s figures in tiles', async () => {
    const { asked } = renderAnalytics();
    const tiles = await screen.findByRole('list', { name: 'The period’s figures' });
    expect(
      within(tiles)
        .getAllByRole('listitem')
        .map((tile) => tile.textContent),
    ).toEqual([
      expect.stringContaining('Engagement100'),
      expect.stringContaining('Engagement rate5%'),
      expect.stringContaining('Impressions2,000'),
      expect.stringContaining('Follower growth+9'),
    ]);
    expect(asked()[0]).toEqual({
      filter: {
        from: new Date('2026-11-05T00:00:00').toISOString(),
        to: new Date('2026-12-05T00:00:00').toISOString(),
        channels: null,
        format: null,
        campaignId: null,
        topic: null,
      },
      interval: 'DAY',
    });
    expect(screen.getByText(/every channel; days and hours in America\/New_York time/)).toBeInTheDocument();
  });

  it('switches the points to weeks, keeping the choice in the address, and shows them as a table', async () => {
    const { asked } = renderAnalytics('ANALYST', '/analytics?period=90d&channel=FACEBOOK');
    const user = userEvent.setup();
    const series = await screen.findByRole('region', { name: 'Engagement over time' });
    expect(within(series).getByRole('button', { name: 'Hours' })).toBeDisabled();
    await user.click(within(series).getByRole('button', { name: 'Weeks' }));
    expect(asked().at(-1)).toMatchObject({ interval: 'WEEK', filter: { channels: ['FACEBOOK'] } });

    await user.click(within(series).getByRole('button', { name: 'Table of engagement over time' }));
    const table = within(series).getByRole('table', { name: 'Engagement by days' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('404% of reach80040');
  });

  it('names top content by its title for those who may read content, and by its format for analysts', async () => {
    renderAnalytics('MARKETER');
    const top = await screen.findByRole('region', { name: 'Top content' });
    expect(within(top).getByRole('link', { name: 'Flu shots are free this Saturday' })).toHaveAttribute(
      'href',
      '/content/Q29udGVudDox',
    );
    expect(within(top).getAllByRole('row')[2]).toHaveTextContent('2Event (content)X20–');
  });

  it('says the best times with the baseline for hours with few posts', async () => {
    renderAnalytics('ANALYST');
    const best = await screen.findByRole('region', { name: 'Best times to post' });
    expect(await within(best).findByText(/Best on Facebook: Tuesday 09:00 \(6.1%, 4 posts\)/)).toBeInTheDocument();
    expect(within(best).getByText(/show the channel’s own rate \(4% of reach\)/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import figures' })).toBeInTheDocument();
  });

  it('counts the posts per week against the targets, in words and as a table', async () => {
    const { asked } = renderAnalytics('ANALYST');
    const panel = await screen.findByRole('region', { name: 'Posting cadence' });
    expect(await within(panel).findByText('Facebook: 1.5 posts a week; target 2, met in 1 of 2 weeks.')).toBeVisible();
    expect(within(panel).getByText('Instagram: 0.5 posts a week; no target.')).toBeVisible();
    await userEvent.setup().click(within(panel).getByRole('button', { name: 'Table of the posting cadence' }));
    const rows = within(within(panel).getByRole('table')).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('Week ofFacebook (target 2)Instagram');
    expect(rows[2]).toHaveTextContent('1 (below)1');
    expect(asked('PostingCadence')[0]).toEqual({
      from: new Date('2026-11-05T00:00:00').toISOString(),
      to: new Date('2026-12-05T00:00:00').toISOString(),
    });
  });

  it('is not offered the import by a moderator', async () => {
    renderAnalytics('MODERATOR');
    await screen.findByRole('list', { name: 'The period’s figures' });
    expect(screen.queryByRole('link', { name: 'Import figures' })).not.toBeInTheDocument();
  });

  it('sums up the period’s feedback and live Q&A in figures, with the feedback’s sources as a table', async () => {
    const { asked } = renderAnalytics('ANALYST');
    const inbox = await screen.findByRole('region', { name: 'Patient feedback' });
    const tiles = await within(inbox).findByRole('list', { name: 'The period’s feedback figures' });
    expect(
      within(tiles)
        .getAllByRole('listitem')
        .map((tile) => tile.textContent),
    ).toEqual([
      'Threads opened44 messages, survey answers and live questions',
      'Median first reply24 h 45 min2 of 4 threads answered',
      'Late first replies2Past the first-response time; 1 still waiting',
      'Positive25%25% positive, 0% neutral, 75% negative',
    ]);
    expect(within(inbox).getByText(/Most mentioned: Wait times \(2\), Billing and insurance \(1\)/)).toBeVisible();
    await userEvent.setup().click(within(inbox).getByRole('button', { name: 'Table of feedback threads by source' }));
    const rows = within(within(inbox).getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Google review22');
    expect(asked('FeedbackSummary')[0]).toEqual({
      from: new Date('2026-11-05T00:00:00').toISOString(),
      to: new Date('2026-12-05T00:00:00').toISOString(),
    });

    const qa = screen.getByRole('region', { name: 'Live Q&A' });
    const figures = await within(qa).findByRole('list', { name: 'The period’s live Q&A figures' });
    expect(
      within(figures)
        .getAllByRole('listitem')
        .map((tile) => tile.textContent),
    ).toEqual([
      'Sessions2150 joins',
      'Questions82 waiting for a moderator',
      'Approved83.3%Of the questions decided: 5 approved, 1 rejected',
      'Answered50%4 of 8 questions',
      'Held for suspected PHI12.5%1 of 8 questions held for a moderator',
    ]);
  });

  it('counts one format of one campaign on one topic when chosen, keeping them in the address', async () => {
    const { asked } = renderAnalytics('ANALYST');
    const user = userEvent.setup();
    await screen.findByRole('list', { name: 'The period’s figures' });
    await user.selectOptions(screen.getByLabelText('Format'), 'Event');
    await screen.findByRole('option', { name: 'Flu-shot season' });
    await user.selectOptions(screen.getByLabelText('Campaign'), 'Flu-shot season');
    await user.selectOptions(screen.getByLabelText('Topic'), 'Vaccines');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(asked().at(-1)).toMatchObject({
      filter: { format: 'EVENT', campaignId: 'Q2FtcGFpZ246MQ==', topic: 'vaccines' },
    });
    expect(
      screen.getByText(/every channel, event content, Flu-shot season, on vaccines; days and hours/),
    ).toBeInTheDocument();
  });
});
