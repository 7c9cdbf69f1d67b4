import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CalendarEntryFieldsFragment, Channel, ContentCalendarQuery } from '@/generated/graphql';
import { periodStart } from '@/modules/calendar/utils/calendarRange';
import { todayInZone } from '@/modules/calendar/utils/zonedTime';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { ContentCalendarPage } from '../ContentCalendarPage';

const entry = (overrides: Partial<CalendarEntryFieldsFragment> = {}): CalendarEntryFieldsFragment => ({
  channel: 'INSTAGRAM',
  at: '2026-03-10T17:30:00Z',
  state: 'PENDING',
  content: { id: 'Q29udGVudDox', title: 'Wash your hands', format: 'HEALTH_TIP', status: 'SCHEDULED' },
  ...overrides,
});

const MARCH_WEEKS = ['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'];

const weeksWithTarget = (channel: Channel, target: number, posts: Record<string, number>) =>
  MARCH_WEEKS.map((weekOf) => ({ channel, weekOf, posts: posts[weekOf] ?? 0, target }));

const calendar: ContentCalendarQuery['contentCalendar'] = {
  entries: [
    entry(),
    // 07:30 UTC on 2 March is still 1 March in Los Angeles.
    entry({
      channel: 'FACEBOOK',
      at: '2026-03-02T07:30:00Z',
      state: 'PUBLISHED',
      content: { id: 'Q29udGVudDoy', title: 'Flu shots are here', format: 'ARTICLE', status: 'PUBLISHED' },
    }),
    entry({
      channel: 'X',
      at: '2026-03-12T16:00:00Z',
      state: 'RETRACTED',
      content: { id: 'Q29udGVudDoz', title: 'Grace runs again', format: 'PATIENT_STORY', status: 'RETRACTED' },
    }),
  ],
  // As the API counts March's six weeks: Instagram and LinkedIn have targets, so every week is
  // listed for them, LinkedIn's with no posts at all; Facebook and X have none.
  cadence: [
    { channel: 'FACEBOOK', weekOf: '2026-02-23', posts: 1, target: null },
    { channel: 'X', weekOf: '2026-03-09', posts: 1, target: null },
    ...weeksWithTarget('INSTAGRAM', 1, { '2026-03-09': 1 }),
    ...weeksWithTarget('LINKEDIN', 2, {}),
  ],
};

function renderCalendar(url = '/content/calendar?date=2026-03-01', roles = viewerWithRoles('MARKETER').roles) {
  const api = mockGraphqlClient((name) => {
    if (name === 'CalendarTimeZone') return { data: { organizationSettings: { timezone: 'America/Los_Angeles' } } };
    if (name === 'ContentCalendar') return { data: { contentCalendar: calendar } };
    if (name === 'ContentFormOptions')
      return {
        data: {
          contentTopics: [],
          campaigns: { edges: [{ node: { id: 'c1', name: 'Flu season', status: 'ACTIVE', channels: ['X'] } }] },
          audienceSegments: { edges: [] },
        },
      };
    return undefined;
  });
  const view = renderWithProviders(<ContentCalendarPage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: '/content/calendar',
    url,
  });
  const calendarQueries = () =>
    api.operations.filter((op) => op.query.definitions.some((d) => 'name' in d && d.name?.value === 'ContentCalendar'));
  return { ...view, calendarQueries };
}

const cellOf = (dayName: RegExp) => screen.getByText(dayName).closest('td') as HTMLElement;

afterEach(() => vi.unstubAllGlobals());

describe('ContentCalendarPage', () => {
  it('shows each post on the organisation’s day, with its time, channel, state in words and a link to the item', async () => {
    const { calendarQueries } = renderCalendar();
    expect(await screen.findByRole('link', { name: 'Wash your hands' })).toHaveAttribute(
      'href',
      '/content/Q29udGVudDox',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Content calendar' })).toBeInTheDocument();
    expect(screen.getByText(/Days and times are your organisation’s: America\/Los Angeles/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'March 2026' })).toBeInTheDocument();

    const tuesday = cellOf(/^Tuesday, (10 March|March 10)$/);
    expect(within(tuesday).getByText('Wash your hands')).toBeInTheDocument();
    expect(within(tuesday).getByText(/Instagram/)).toHaveTextContent(/10:30\sAM · Instagram/);
    expect(within(tuesday).getByText('Scheduled')).toBeInTheDocument();

    const sunday = cellOf(/^Sunday, (1 March|March 1)$/);
    expect(within(sunday).getByRole('link', { name: 'Flu shots are here' })).toBeInTheDocument();
    expect(within(sunday).getByText('Published')).toBeInTheDocument();
    expect(within(cellOf(/^Thursday, (12 March|March 12)$/)).getByText('Retracted')).toBeInTheDocument();

    expect(screen.getByText('3 posts in March 2026.')).toBeInTheDocument();
    expect(calendarQueries()[0].variables).toEqual({ from: '2026-02-23', to: '2026-04-05' });
  });

  it('pages to the next month and back, keeping the period in the address', async () => {
    const { router, calendarQueries } = renderCalendar();
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Wash your hands' });

    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(router.state.location.search).toBe('?date=2026-04-01');
    expect(await screen.findByRole('heading', { level: 2, name: 'April 2026' })).toBeInTheDocument();
    await waitFor(() => expect(calendarQueries().at(-1)?.variables).toEqual({ from: '2026-03-30', to: '2026-05-03' }));

    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(router.state.location.search).toBe('?date=2026-02-01');
  });

  it('switches to the week view with the buttons, which say which view is shown', async () => {
    const { router, calendarQueries } = renderCalendar('/content/calendar?date=2026-03-10');
    const user = userEvent.setup();
    const month = await screen.findByRole('button', { name: 'Month' });
    expect(month).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Week' }));

    expect(router.state.location.search).toBe('?view=week&date=2026-03-02');
    expect(screen.getByRole('button', { name: 'Week' })).toHaveAttribute('aria-pressed', 'true');
    const days = await screen.findByRole('list', { name: /^Week of/ });
    expect(within(days).getAllByRole('heading', { level: 3 })).toHaveLength(7);
    await waitFor(() => expect(calendarQueries().at(-1)?.variables).toEqual({ from: '2026-03-02', to: '2026-03-08' }));
    expect(screen.getByRole('button', { name: 'Next week' })).toBeInTheDocument();
  });

  it('opens on the month holding today and writes it into the address', async () => {
    const { router } = renderCalendar('/content/calendar');
    const expected = periodStart('month', todayInZone('America/Los_Angeles'));
    await waitFor(() => expect(router.state.location.search).toBe(`?date=${expected}`));
    expect(await screen.findByRole('button', { name: 'Today' })).toBeInTheDocument();
  });

  it('shows the month as an agenda of the days with posts on a narrow screen', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('max-width'),
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    renderCalendar();
    const agenda = await screen.findByRole('list', { name: 'March 2026' });
    expect(screen.queryByRole('table', { name: 'March 2026' })).not.toBeInTheDocument();
    expect(
      within(agenda)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toHaveLength(3);
    expect(within(agenda).getByRole('link', { name: 'Grace runs again' })).toBeInTheDocument();
  });

  it('narrows the posts by status, asking the API for the same', async () => {
    const { router, calendarQueries } = renderCalendar();
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Wash your hands' });
    await user.click(screen.getByRole('checkbox', { name: 'Published' }));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(router.state.location.search).toBe('?date=2026-03-01&status=PUBLISHED');
    await waitFor(() =>
      expect(calendarQueries().at(-1)?.variables).toMatchObject({ filter: { status: ['PUBLISHED'] } }),
    );
    expect(screen.queryByRole('link', { name: 'Wash your hands' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Flu shots are here' })).toBeInTheDocument();
    expect(screen.getByText('1 post in March 2026 matching the filters.')).toBeInTheDocument();
  });

  it('compares each channel’s posts per week with its own target from the settings, 0 posts included', async () => {
    renderCalendar();
    const table = await screen.findByRole('table', { name: 'Posts per week by channel' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.firstElementChild?.textContent)).toEqual([
      'Channel',
      'Facebook',
      'Instagram',
      'X',
      'LinkedIn',
    ]);
    const cells = (row: number) => within(rows[row]).getAllByRole('cell');
    const [facebook, instagram, linkedin] = [cells(1), cells(2), cells(4)];

    expect(instagram[0]).toHaveTextContent('1 a week');
    expect(instagram[1]).toHaveTextContent('0 posts, 1 under target');
    expect(instagram[3]).toHaveTextContent('1 post, on target');
    expect(instagram.at(-1)).toHaveTextContent('On target 1 of 6 weeks (5 under)');

    expect(linkedin[0]).toHaveTextContent('2 a week');
    expect(linkedin.slice(1, -1).map((cell) => cell.textContent)).toEqual(Array(6).fill('0 posts, 2 under target'));
    expect(linkedin.at(-1)).toHaveTextContent('Under target all 6 weeks');

    expect(facebook[0]).toHaveTextContent('None set');
    expect(facebook[1]).toHaveTextContent(/^1 post$/);
    expect(facebook.at(-1)).toHaveTextContent('0.2 posts a week on average');
    expect(screen.queryByRole('textbox', { name: /target/i })).not.toBeInTheDocument();
  });

  it('links an admin to the settings, where targets are set', async () => {
    renderCalendar(undefined, ['ADMIN']);
    const cadence = await screen.findByRole('region', { name: 'Posting cadence' });
    expect(cadence).toHaveTextContent('Targets are set in Settings.');
    expect(within(cadence).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
  });

  it('tells a marketer targets are set in Settings by an admin, without a link', async () => {
    renderCalendar();
    const cadence = await screen.findByRole('region', { name: 'Posting cadence' });
    expect(cadence).toHaveTextContent('Targets are set in Settings by an admin.');
    expect(within(cadence).queryByRole('link')).not.toBeInTheDocument();
  });

  it('lets a clinical reviewer see the calendar', async () => {
    renderCalendar(undefined, ['CLINICAL_REVIEWER']);
    expect(await screen.findByRole('link', { name: 'Wash your hands' })).toBeInTheDocument();
  });

  it('tells a moderator they may not see the calendar', () => {
    renderCalendar(undefined, ['MODERATOR']);
    expect(screen.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  });
});
