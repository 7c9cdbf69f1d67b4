import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublicSurveyFieldsFragment, SurveyReceiptFieldsFragment } from '@/generated/graphql';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { PublicSurveyPage, PublicSurveyRoute } from '../PublicSurveyPage';

// A made-up clinic's survey; nobody in it is real.
const survey = (overrides: Partial<PublicSurveyFieldsFragment> = {}): PublicSurveyFieldsFragment => ({
  code: 'ABCD2345',
  kind: 'SURVEY',
  title: 'How was your visit?',
  description: 'Two minutes to help us improve.',
  status: 'OPEN',
  asksDisplayName: true,
  questions: [
    {
      id: 'q1',
      type: 'SINGLE_CHOICE',
      prompt: 'Which clinic did you visit?',
      required: true,
      options: [
        { id: 'q1o1', label: 'Riverside' },
        { id: 'q1o2', label: 'Corona' },
      ],
    },
    {
      id: 'q2',
      type: 'MULTIPLE_CHOICE',
      prompt: 'What went well?',
      required: false,
      options: [
        { id: 'q2o1', label: 'Parking' },
        { id: 'q2o2', label: 'Waiting time' },
      ],
    },
    { id: 'q3', type: 'RATING', prompt: 'How would you rate your visit?', required: true, options: [] },
    { id: 'q4', type: 'NPS', prompt: 'How likely are you to recommend us?', required: false, options: [] },
    { id: 'q5', type: 'FREE_TEXT', prompt: 'Anything else?', required: false, options: [] },
  ],
  ...overrides,
});

const receipt = (overrides: Partial<SurveyReceiptFieldsFragment> = {}): SurveyReceiptFieldsFragment => ({
  submittedAt: '2026-12-02T10:00:00Z',
  thankYouMessage: 'Thank you for telling us.',
  quizFeedback: [],
  score: null,
  maxScore: null,
  ...overrides,
});

const ok = (data: Record<string, unknown>): MockResponse => ({ data });
const noErrors = { retryAfterSeconds: null, userErrors: [] };

function renderPage(
  respond: (name: string | undefined, variables: Record<string, unknown>) => MockResponse,
  { code = 'ABCD2345', preview = false }: { code?: string | null; preview?: boolean } = {},
) {
  const api = mockGraphqlClient(respond);
  const view = render(<PublicSurveyPage code={code} preview={preview} client={api.client} />);
  const sent = (name: string) =>
    api.operations.filter((op) => op.query.loc?.source.body.includes(name)).map((op) => op.variables);
  return { ...view, sent, client: api.client };
}

const respondWith = (publicSurvey: PublicSurveyFieldsFragment | null, answer?: MockResponse) => (name?: string) => {
  if (name === 'PublicSurvey') return ok({ publicSurvey });
  if (name === 'StartSurveyResponse')
    return ok({ startSurveyResponse: { respondentToken: 'token-1', survey: publicSurvey, ...noErrors } });
  if (name === 'RespondToSurvey') return answer ?? ok({ respondToSurvey: { receipt: receipt(), ...noErrors } });
  return undefined;
};

beforeEach(() => localStorage.clear());
afterEach(() => {
  window.location.hash = '';
});

describe('PublicSurveyPage', () => {
  it('starts one response, keeps its token by code, and a reload starts no second one', async () => {
    const first = renderPage(respondWith(survey()));
    expect(await screen.findByRole('heading', { level: 1, name: 'How was your visit?' })).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Send answers' });
    expect(first.sent('startSurveyResponse')).toEqual([{ input: { code: 'ABCD2345' } }]);
    expect(localStorage.getItem('carepulse.survey.respondent:ABCD2345')).toBe('token-1');
    first.unmount();
    const reload = renderPage(respondWith(survey()));
    await screen.findByRole('button', { name: 'Send answers' });
    expect(reload.sent('startSurveyResponse')).toEqual([]);
  });

  it('renders each question type accessibly: radios, checkboxes, a star scale, a 0–10 scale and a counted text box', async () => {
    renderPage(respondWith(survey()));
    const clinic = await screen.findByRole('group', { name: /^Which clinic did you visit\?\s?\(required\)$/ });
    expect(
      within(clinic)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Riverside', 'Corona']);
    expect(within(screen.getByRole('group', { name: 'What went well?' })).getAllByRole('checkbox')).toHaveLength(2);
    const stars = screen.getByRole('group', { name: /^How would you rate your visit\?\s?\(required\)$/ });
    expect(within(stars).getByRole('radio', { name: /^3\s?stars$/ })).toBeInTheDocument();
    expect(within(stars).getAllByRole('radio')).toHaveLength(5);
    const nps = screen.getByRole('group', { name: 'How likely are you to recommend us?' });
    expect(
      within(nps)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(nps).toHaveAccessibleDescription('0 means not at all likely, 10 extremely likely.');
    expect(nps).toHaveTextContent('Not at all likely');
    expect(nps).toHaveTextContent('Extremely likely');
    const text = screen.getByRole('textbox', { name: 'Anything else?' });
    await userEvent.setup().type(text, 'Kind nurses');
    expect(text).toHaveAccessibleDescription('11 / 2,000 characters');
    expect(screen.getByRole('textbox', { name: 'Your name' })).toBeInTheDocument();
  });

  it('checks required questions before sending, in the server’s words, and sends nothing then', async () => {
    const { sent } = renderPage(respondWith(survey()));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send answers' }));
    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Which clinic did you visit?: Choose an answer',
      'How would you rate your visit?: Choose a number of stars',
    ]);
    expect(
      screen.getByRole('group', { name: /^How would you rate your visit\?\s?\(required\)$/ }),
    ).toHaveAccessibleDescription(/Choose a number of stars/);
    expect(sent('respondToSurvey')).toEqual([]);
  });

  it('sends the answers given with the token and shows the thank-you message, also after a reload', async () => {
    const first = renderPage(respondWith(survey()));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Corona' }));
    await user.click(screen.getByRole('checkbox', { name: 'Waiting time' }));
    await user.click(screen.getByRole('radio', { name: /^4\s?stars$/ }));
    await user.click(screen.getByRole('radio', { name: '9' }));
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), ' Pat ');
    await user.click(screen.getByRole('button', { name: 'Send answers' }));
    expect(await screen.findByRole('heading', { name: 'Thank you!' })).toHaveFocus();
    expect(screen.getByText('Thank you for telling us.')).toBeInTheDocument();
    expect(first.sent('respondToSurvey')[0]).toEqual({
      input: {
        code: 'ABCD2345',
        respondentToken: 'token-1',
        displayName: 'Pat',
        answers: [
          { questionId: 'q1', optionIds: ['q1o2'] },
          { questionId: 'q2', optionIds: ['q2o2'] },
          { questionId: 'q3', value: 4 },
          { questionId: 'q4', value: 9 },
        ],
      },
    });
    first.unmount();
    const reload = renderPage(respondWith(survey()));
    expect(await screen.findByText('Thank you for telling us.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send answers' })).not.toBeInTheDocument();
    expect(reload.sent('startSurveyResponse')).toEqual([]);
  });

  it('shows a quiz’s score and, per question, right or wrong with the right answer and its explanation', async () => {
    const quiz = survey({
      kind: 'QUIZ',
      asksDisplayName: false,
      questions: [
        {
          id: 'q1',
          type: 'SINGLE_CHOICE',
          prompt: 'Can the flu shot give you the flu?',
          required: true,
          options: [
            { id: 'q1o1', label: 'Yes' },
            { id: 'q1o2', label: 'No' },
          ],
        },
      ],
    });
    const answer = ok({
      respondToSurvey: {
        receipt: receipt({
          thankYouMessage: null,
          score: 0,
          maxScore: 1,
          quizFeedback: [
            {
              questionId: 'q1',
              correct: false,
              correctOptionIds: ['q1o2'],
              explanation: 'The shot holds no live virus.',
            },
          ],
        }),
        ...noErrors,
      },
    });
    renderPage(respondWith(quiz, answer));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Send answers' }));
    expect(await screen.findByText('Your score: 0 out of 1')).toBeInTheDocument();
    const feedback = screen.getByRole('listitem');
    expect(feedback).toHaveTextContent('Can the flu shot give you the flu?');
    expect(feedback).toHaveTextContent('✗ Not quite — the right answer is: No');
    expect(feedback).toHaveTextContent('The shot holds no live virus.');
  });

  it('thanks a respondent who had already answered instead of showing an error', async () => {
    const already = ok({
      respondToSurvey: {
        receipt: null,
        retryAfterSeconds: null,
        userErrors: [{ field: ['input', 'respondentToken'], code: 'ALREADY_RESPONDED', message: 'Already answered' }],
      },
    });
    renderPage(respondWith(survey({ questions: survey().questions.slice(4) }), already));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send answers' }));
    expect(
      await screen.findByRole('heading', { name: 'You have already answered this survey. Thank you!' }),
    ).toBeInTheDocument();
    expect(localStorage.getItem('carepulse.survey.answered:ABCD2345')).toBe('{"receipt":null}');
  });

  it('says when to try again after too many responses from the network', async () => {
    const limited = ok({
      respondToSurvey: {
        receipt: null,
        retryAfterSeconds: 120,
        userErrors: [{ field: null, code: 'RATE_LIMITED', message: 'Too many' }],
      },
    });
    renderPage(respondWith(survey({ questions: survey().questions.slice(4) }), limited));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send answers' }));
    expect(await screen.findByText(/Please try again in 2 minutes\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send answers' })).toBeDisabled();
  });

  it('says when a network may start again when even starting was limited', async () => {
    renderPage((name) =>
      name === 'PublicSurvey'
        ? ok({ publicSurvey: survey() })
        : ok({
            startSurveyResponse: {
              respondentToken: null,
              survey: null,
              retryAfterSeconds: 45,
              userErrors: [{ field: null, code: 'RATE_LIMITED', message: 'Too many' }],
            },
          }),
    );
    expect(await screen.findByText(/Try again in 45 seconds\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send answers' })).not.toBeInTheDocument();
  });

  it('shows a closed survey as closed, with no form and no response started', async () => {
    const { sent } = renderPage(respondWith(survey({ status: 'CLOSED' })));
    expect(await screen.findByText('This survey is closed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send answers' })).not.toBeInTheDocument();
    expect(sent('startSurveyResponse')).toEqual([]);
  });

  it('says plainly when no open survey has the code, and asks for one when the link has none', async () => {
    const unknown = renderPage(respondWith(null));
    expect(await screen.findByRole('heading', { level: 1, name: 'We couldn’t find this survey' })).toBeInTheDocument();
    expect(unknown.sent('startSurveyResponse')).toEqual([]);
    unknown.unmount();
    renderPage(respondWith(survey()), { code: null });
    expect(screen.getByRole('heading', { level: 1, name: 'Open a survey' })).toBeInTheDocument();
    await userEvent.setup().type(screen.getByLabelText('Survey code'), 'abcd 2345');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open survey' }));
    expect(window.location.hash).toBe('#ABCD2345');
  });

  it('previews a survey for staff without starting or sending a response', async () => {
    const { sent } = renderPage(respondWith(survey({ questions: survey().questions.slice(4) })), { preview: true });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Check answers (preview)' }));
    expect(screen.getByText(/Nothing was sent or counted/)).toBeInTheDocument();
    expect(sent('startSurveyResponse')).toEqual([]);
    expect(sent('respondToSurvey')).toEqual([]);
  });

  it('follows the code in the address’s fragment', async () => {
    const api = mockGraphqlClient(respondWith(survey()));
    window.location.hash = '#abcd2345';
    render(<PublicSurveyRoute client={api.client} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'How was your visit?' })).toBeInTheDocument();
    act(() => {
      window.location.hash = '#NOPE9999';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() =>
      expect(api.operations.filter((op) => op.kind === 'query').at(-1)?.variables).toEqual({ code: 'NOPE9999' }),
    );
  });
});
