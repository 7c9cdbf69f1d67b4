import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackThemeFieldsFragment, FeedbackThemesQuery, Role } from '@/generated/graphql';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { ThemesPage } from '../ThemesPage';

const theme = (overrides: Partial<FeedbackThemeFieldsFragment> = {}): FeedbackThemeFieldsFragment => ({
  key: 'WAIT_TIMES',
  label: 'Wait times',
  kind: 'TAXONOMY',
  count: 12,
  threads: 10,
  previousCount: 8,
  trendPercent: 50,
  sentiment: { positive: 1, neutral: 3, negative: 8, averageScore: -0.42 },
  ...overrides,
});

const period = (overrides: Partial<FeedbackThemesQuery['feedbackThemes']> = {}): FeedbackThemesQuery => ({
  feedbackThemes: {
    from: '2026-11-05T00:00:00Z',
    to: '2026-12-05T00:00:00Z',
    previousFrom: '2026-10-06T00:00:00Z',
    messages: 40,
    sentiment: { positive: 14, neutral: 10, negative: 16, averageScore: -0.05 },
    themes: [
      theme(),
      theme({
        key: 'BILLING',
        label: 'Billing',
        count: 6,
        threads: 6,
        previousCount: 8,
        trendPercent: -25,
        sentiment: { positive: 0, neutral: 2, negative: 4, averageScore: -0.3 },
      }),
      theme({ key: 'PARKING', label: 'Parking', count: 3, threads: 3, previousCount: 0, trendPercent: null }),
    ],
    emerging: [
      theme({
        key: 'phrase:flu clinic',
        label: 'flu clinic',
        kind: 'EMERGING',
        count: 7,
        threads: 6,
        trendPercent: 250,
      }),
    ],
    ...overrides,
  },
});

function renderThemes(role: Role = 'MARKETER', url = '/themes', answer: FeedbackThemesQuery = period()) {
  const api = mockGraphqlClient((name) => (name === 'FeedbackThemes' ? { data: answer } : undefined));
  const view = renderWithProviders(<ThemesPage />, {
    client: api.client,
    viewer: viewerWithRoles(role),
    path: '/themes',
    url,
  });
  const queried = () => api.operations.filter((op) => op.kind === 'query').map((op) => op.variables);
  return { ...view, queried };
}

const chart = () => screen.getByRole('list', { name: 'Themes, most frequent first' });

describe('ThemesPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T15:30:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('asks for the last 30 days of every source by default, and says the messages and overall sentiment', async () => {
    const { queried } = renderThemes();
    expect(await screen.findByText('messages in this period', { exact: false })).toHaveTextContent(
      '40 messages in this period',
    );
    expect(queried()[0]).toEqual({
      from: new Date('2026-11-05T00:00:00').toISOString(),
      to: new Date('2026-12-05T00:00:00').toISOString(),
      source: null,
    });
    const overall = screen.getByRole('region', { name: 'Overall' });
    expect(overall).toHaveTextContent('14 positive (35%), 10 neutral (25%), 16 negative (40%)');
    expect(screen.getByText(/every source; compared with/)).toBeInTheDocument();
  });

  it('draws each theme as a bar with its count, its trend in words and its sentiment mix, most frequent first', async () => {
    renderThemes();
    await screen.findByRole('list', { name: 'Themes, most frequent first' });
    const rows = within(chart()).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.theme-chart__name')?.textContent)).toEqual([
      'Wait times',
      'Billing',
      'Parking',
    ]);
    expect(rows[0]).toHaveTextContent('12 messages');
    expect(within(rows[0]).getByText('up 50% on the previous period')).toHaveClass('visually-hidden');
    expect(within(rows[0]).getByText('▲ 50%')).toHaveAttribute('aria-hidden', 'true');
    expect(within(rows[1]).getByText('down 25% on the previous period')).toBeInTheDocument();
    expect(within(rows[2]).getByText('new: none in the previous period')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('1 positive (8%), 3 neutral (25%), 8 negative (67%)');
    // The bars are drawn for the eye only: the words above say the same.
    expect(rows[0].querySelectorAll('svg[aria-hidden="true"]')).toHaveLength(2);
  });

  it('shows each chart as a table of the same figures', async () => {
    renderThemes();
    const themes = await screen.findByRole('region', { name: 'Themes' });
    await userEvent.setup().click(within(themes).getByRole('button', { name: 'Table of the themes' }));
    expect(within(themes).getByRole('button', { name: 'Table of the themes' })).toHaveAttribute('aria-pressed', 'true');
    const table = within(themes).getByRole('table', { name: 'Themes' });
    const billing = within(table).getByRole('row', { name: /Billing/ });
    expect(
      within(billing)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['6', '6', '8', '▼ 25%down 25% on the previous period', '0', '2', '4', '-0.30']);
    const overall = screen.getByRole('region', { name: 'Overall' });
    await userEvent.setup().click(within(overall).getByRole('button', { name: 'Table of the sentiment' }));
    expect(within(overall).getByRole('row', { name: /Negative/ })).toHaveTextContent('1640%');
  });

  it('links a theme to the inbox’s conversations of it received in the period, of the chosen source', async () => {
    renderThemes('COMPLIANCE_OFFICER', '/themes?period=7d&source=GOOGLE_REVIEW');
    const link = await within(await screen.findByRole('list', { name: 'Themes, most frequent first' })).findByRole(
      'link',
      { name: 'Wait times' },
    );
    expect(link).toHaveAttribute(
      'href',
      '/inbox?theme=WAIT_TIMES&createdFrom=2026-11-28&createdTo=2026-12-04&source=GOOGLE_REVIEW',
    );
    const emerging = screen.getByRole('region', { name: 'Emerging phrases' });
    expect(within(emerging).getByRole('link', { name: '“flu clinic”' })).toHaveAttribute(
      'href',
      expect.stringContaining('theme=phrase%3Aflu+clinic'),
    );
    expect(within(emerging).getByText('7 messages in 6 conversations,', { exact: false })).toBeInTheDocument();
  });

  it('names the themes without links for an analyst, who reads the figures but not the inbox', async () => {
    renderThemes('ANALYST');
    await screen.findByRole('list', { name: 'Themes, most frequent first' });
    expect(within(chart()).queryByRole('link')).not.toBeInTheDocument();
    expect(within(chart()).getByText('Wait times')).toBeInTheDocument();
  });

  it('keeps the period and source in the address, and asks a custom period for its days', async () => {
    const { router, queried } = renderThemes();
    await screen.findByRole('region', { name: 'Themes' });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Period'), 'Dates of my choice');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByLabelText('First day')).toHaveAccessibleDescription(
      expect.stringContaining('Enter the first day'),
    );
    await user.type(screen.getByLabelText('First day'), '2026-10-01');
    await user.type(screen.getByLabelText('Last day'), '2026-10-31');
    await user.selectOptions(screen.getByLabelText('Source'), 'Yelp review');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(router.state.location.search).toBe('?period=custom&from=2026-10-01&to=2026-10-31&source=YELP_REVIEW');
    expect(queried().at(-1)).toEqual({
      from: new Date('2026-10-01T00:00:00').toISOString(),
      to: new Date('2026-11-01T00:00:00').toISOString(),
      source: ['YELP_REVIEW'],
    });
    expect(await screen.findByText(/Yelp review only; compared with/)).toBeInTheDocument();
  });

  it('says in words when the period had no patient messages', async () => {
    renderThemes('MARKETER', '/themes?period=90d', period({ messages: 0, themes: [], emerging: [] }));
    expect(await screen.findByText('No patient messages in this period.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Themes' })).not.toBeInTheDocument();
  });

  it('is not offered to a clinical reviewer', async () => {
    renderThemes('CLINICAL_REVIEWER');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  });
});
