import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role, SurveyDetailFragment, SurveyResultsFieldsFragment } from '@/generated/graphql';
import { surveyDetail, surveyResults, textAnswer } from '@/modules/survey/__tests__/surveyFixtures';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { SurveyDetailPage } from '../SurveyDetailPage';

const openSurvey = surveyDetail({
  status: 'OPEN',
  allowedStatuses: ['CLOSED'],
  openedAt: '2026-12-01T09:00:00Z',
  version: 2,
});

interface Setup {
  role?: Role;
  survey?: SurveyDetailFragment;
  results?: SurveyResultsFieldsFragment;
  respond?: (name: string | undefined, variables: Record<string, unknown>) => MockResponse;
}

function renderDetail({ role = 'MARKETER', survey = openSurvey, results = surveyResults(), respond }: Setup = {}) {
  const state = { survey, results };
  const api = mockGraphqlClient((name, variables) => {
    if (name === 'SurveyWithResults') return { data: { survey: { ...state.survey, results: state.results } } };
    return respond?.(name, variables);
  });
  const view = renderWithProviders(<SurveyDetailPage />, {
    client: api.client,
    viewer: viewerWithRoles(role),
    path: '/surveys/:id',
    url: `/surveys/${survey.id}`,
  });
  const reads = () => api.operations.filter((op) => op.kind === 'query').map((op) => op.variables);
  const sent = (name: string) =>
    api.operations
      .filter((op) => op.kind === 'mutation' && op.query.loc?.source.body.includes(name))
      .map((op) => op.variables);
  return { ...view, state, reads, sent };
}

afterEach(() => vi.useRealTimers());

describe('SurveyDetailPage', () => {
  it('charts a choice question with counts and percentages, and gives the same figures as a table', async () => {
    renderDetail();
    const chart = await screen.findByRole('list', { name: 'Answers to question 1' });
    const bars = within(chart)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(bars).toEqual(['Riverside2 (66.7%)', 'Corona1 (33.3%)']);
    const question = screen.getByRole('region', { name: '1. Which clinic did you visit?' });
    await userEvent.setup().click(within(question).getByRole('button', { name: 'Show as table' }));
    const table = within(question).getByRole('table', { name: 'Answers to question 1' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['OptionResponsesShare', 'Riverside266.7%', 'Corona133.3%']);
    expect(within(question).getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('gives the response count, who opened the link, the completion rate and an NPS with its groups', async () => {
    renderDetail();
    const figures = await screen.findByRole('region', { name: 'Results' });
    expect(figures).toHaveTextContent('Responses3');
    expect(figures).toHaveTextContent('Opened the link4');
    expect(figures).toHaveTextContent('Completion rate75%');
    const nps = screen.getByRole('region', { name: '2. How likely are you to recommend us?' });
    expect(nps).toHaveTextContent('Average: 8.3 out of 10');
    expect(nps).toHaveTextContent('Net Promoter Score+33');
    expect(nps).toHaveTextContent('Promoters (9–10)2');
    expect(nps).toHaveTextContent('Detractors (0–6)1');
    expect(within(nps).getAllByRole('listitem')).toHaveLength(11);
  });

  it('marks a quiz’s right answers with the share that got each question right and the average score', async () => {
    const base = surveyResults();
    const quizResults = surveyResults({
      averageScore: 0.5,
      questions: [
        {
          ...base.questions[0],
          correctShare: 0.333,
          options: base.questions[0].options.map((o, i) => ({ ...o, correct: i === 1 })),
        },
      ],
    });
    renderDetail({ survey: { ...openSurvey, kind: 'QUIZ' }, results: quizResults });
    expect(await screen.findByText('Average score')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Results' })).toHaveTextContent('Average score50%');
    expect(screen.getByText('Answered right:').parentElement).toHaveTextContent('Answered right: 33%');
    expect(screen.getByRole('list', { name: 'Answers to question 1' })).toHaveTextContent(
      'Corona (right answer)1 (33.3%)',
    );
  });

  it('lists written answers, a held one by the kinds of PHI found, and releases it with a reason', async () => {
    const { sent, state } = renderDetail({
      role: 'COMPLIANCE_OFFICER',
      respond: (name) =>
        name === 'ReleaseSurveyAnswer'
          ? { data: { releaseSurveyAnswer: { answer: textAnswer({ id: 'r2:q3' }), userErrors: [] } } }
          : undefined,
    });
    const question = await screen.findByRole('region', { name: '3. Anything else?' });
    expect(question).toHaveTextContent('2 answers, 1 held for suspected PHI.');
    expect(within(question).getByText('Held for suspected PHI (phone number, person’s name)')).toBeInTheDocument();
    expect(within(question).getByText('The nurse was very kind.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(within(question).getByRole('button', { name: 'Release answer 1 to question 3' }));
    const reason = within(question).getByLabelText('Why answer 1 to question 3 may be shown (required)');
    await user.type(reason, 'Too short');
    await user.click(within(question).getByRole('button', { name: 'Release answer' }));
    expect(reason).toHaveAccessibleDescription(/needs at least 20 characters \(9 so far\)/);
    expect(sent('releaseSurveyAnswer')).toEqual([]);
    await user.type(reason, ' — the number is the clinic’s own front desk');
    state.results = surveyResults();
    await user.click(within(question).getByRole('button', { name: 'Release answer' }));
    await waitFor(() => expect(sent('releaseSurveyAnswer')).toHaveLength(1));
    expect(sent('releaseSurveyAnswer')[0]).toEqual({
      input: { answerId: 'r2:q3', justification: 'Too short — the number is the clinic’s own front desk' },
    });
  });

  it('offers no release to a marketer and leaves the words out of an analyst’s query', async () => {
    const marketer = renderDetail({ role: 'MARKETER' });
    await screen.findByRole('region', { name: '3. Anything else?' });
    expect(screen.queryByRole('button', { name: /^Release/ })).not.toBeInTheDocument();
    expect(marketer.reads()[0]).toEqual({ id: openSurvey.id, textAnswers: 20, withText: true });
    marketer.unmount();
    const analyst = renderDetail({
      role: 'ANALYST',
      results: { ...surveyResults(), questions: [{ ...surveyResults().questions[2], textAnswers: null }] },
    });
    expect(await screen.findByText(/2 written answers, 1 held for suspected PHI/)).toBeInTheDocument();
    expect(analyst.reads()[0]).toEqual({ id: openSurvey.id, textAnswers: 20, withText: false });
    expect(screen.queryByRole('button', { name: 'Close survey' })).not.toBeInTheDocument();
  });

  it('asks for 20 more written answers at a time when a question has more', async () => {
    const base = surveyResults();
    const free = base.questions[2];
    const more = { ...free, textAnswers: { ...free.textAnswers!, pageInfo: { hasNextPage: true, endCursor: 'c1' } } };
    const { reads } = renderDetail({ results: { ...base, questions: [more] } });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Show more answers' }));
    await waitFor(() => expect(reads().at(-1)).toEqual({ id: openSurvey.id, textAnswers: 40, withText: true }));
  });

  it('shows the public link with a copy button', async () => {
    renderDetail();
    expect(await screen.findByLabelText('Public link')).toHaveValue(`${window.location.origin}/s#RVRS7SRV`);
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Preview the survey page' })).toHaveAttribute(
      'href',
      '/s?preview#RVRS7SRV',
    );
  });

  it('opens a draft after saying what opening does, and shows it open', async () => {
    const draft = surveyDetail();
    const { sent } = renderDetail({
      survey: draft,
      respond: (name) =>
        name === 'OpenSurvey' ? { data: { openSurvey: { survey: openSurvey, userErrors: [] } } } : undefined,
    });
    expect(await screen.findByRole('region', { name: 'Questions' })).toHaveTextContent('Which clinic did you visit?');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open survey' }));
    const dialog = screen.getByRole('dialog', { name: 'Open this survey?' });
    expect(dialog).toHaveTextContent('Its questions can no longer change');
    await user.click(within(dialog).getByRole('button', { name: 'Open to respondents' }));
    expect(await screen.findByText('Survey is now open.')).toBeInTheDocument();
    expect(sent('openSurvey')[0]).toEqual({ input: { id: draft.id, expectedVersion: 1 } });
    expect(screen.getByRole('button', { name: 'Close survey' })).toBeInTheDocument();
  });

  it('reopens a closed survey at once, without asking', async () => {
    const closed = { ...openSurvey, status: 'CLOSED' as const, allowedStatuses: ['OPEN' as const] };
    const { sent } = renderDetail({
      survey: closed,
      respond: (name) =>
        name === 'OpenSurvey' ? { data: { openSurvey: { survey: openSurvey, userErrors: [] } } } : undefined,
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Reopen survey' }));
    expect(await screen.findByText('Survey is now open.')).toBeInTheDocument();
    expect(sent('openSurvey')).toHaveLength(1);
  });

  it('reads the results again every 10 seconds while the survey is open, and when the window gets focus', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { state, reads } = renderDetail();
    await screen.findByRole('region', { name: 'Results' });
    const before = reads().length;
    state.results = { ...surveyResults(), responses: 4 };
    await act(async () => vi.advanceTimersByTimeAsync(10_000));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Results' })).toHaveTextContent('Responses4'));
    expect(reads().length).toBeGreaterThan(before);
    const afterTimer = reads().length;
    act(() => window.dispatchEvent(new Event('focus')));
    await waitFor(() => expect(reads().length).toBeGreaterThan(afterTimer));
  });

  it('does not poll a closed survey', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { reads } = renderDetail({ survey: { ...openSurvey, status: 'CLOSED', allowedStatuses: ['OPEN'] } });
    await screen.findByRole('region', { name: 'Results' });
    const before = reads().length;
    await act(async () => vi.advanceTimersByTimeAsync(30_000));
    expect(reads()).toHaveLength(before);
  });
});
