import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role, SurveySummaryFragment, SurveysQuery } from '@/generated/graphql';
import { surveySummary } from '@/modules/survey/__tests__/surveyFixtures';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { SurveyListPage } from '../SurveyListPage';

const page = (surveys: SurveySummaryFragment[]): SurveysQuery => ({
  surveys: {
    totalCount: surveys.length,
    edges: surveys.map((node) => ({ cursor: `c-${node.id}`, node })),
    pageInfo: { hasNextPage: false, endCursor: null },
  },
});

function renderList(role: Role, url = '/surveys', surveys = [surveySummary()]) {
  const api = mockGraphqlClient((name) => (name === 'Surveys' ? { data: page(surveys) } : undefined));
  const view = renderWithProviders(<SurveyListPage />, {
    client: api.client,
    viewer: viewerWithRoles(role),
    path: '/surveys',
    url,
  });
  const queried = () => api.operations.filter((op) => op.kind === 'query').map((op) => op.variables);
  return { ...view, queried };
}

describe('SurveyListPage', () => {
  it('shows each survey’s title, kind, status, responses, completion and when it opened', async () => {
    renderList('MARKETER');
    const table = await screen.findByRole('table', { name: 'Surveys and quizzes' });
    const row = within(table).getAllByRole('row')[1];
    expect(within(row).getByRole('link', { name: 'How was your visit?' })).toHaveAttribute(
      'href',
      '/surveys/U3VydmV5OjE',
    );
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 4)).toEqual(['Survey', 'Open', '30', '75%']);
    expect(cells[4]).toMatch(/2026/);
    expect(screen.getByText('1 survey or quiz, newest first')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New survey' })).toHaveAttribute('href', '/surveys/new');
  });

  it('queries with the filters from the address and writes applied ones back to it', async () => {
    const { queried, router } = renderList('ANALYST', '/surveys?status=CLOSED&kind=QUIZ&search=flu&kind=oops');
    await screen.findByRole('table');
    expect(queried()[0]).toEqual({
      first: 25,
      after: null,
      filter: { status: ['CLOSED'], kind: 'QUIZ', search: 'flu' },
    });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Status'), 'Open');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(router.state.location.search).toBe('?status=OPEN&kind=QUIZ&search=flu');
    expect(queried().at(-1)).toMatchObject({ filter: { status: ['OPEN'], kind: 'QUIZ', search: 'flu' } });
  });

  it('offers no new survey to an analyst, who reads results only', async () => {
    renderList('ANALYST');
    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: 'New survey' })).not.toBeInTheDocument();
  });

  it('says there are no surveys yet, or that nothing matches the filters', async () => {
    const empty = renderList('MARKETER', '/surveys', []);
    expect(await screen.findByText(/^No surveys yet/)).toBeInTheDocument();
    empty.unmount();
    renderList('MARKETER', '/surveys?status=DRAFT', []);
    expect(await screen.findByText('No survey matches these filters.')).toBeInTheDocument();
  });

  it('tells a clinical reviewer the page is not for them', () => {
    renderList('CLINICAL_REVIEWER');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/see surveys/)).toBeInTheDocument();
  });
});
