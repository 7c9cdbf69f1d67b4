import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SurveyDetailFragment } from '@/generated/graphql';
import { surveyDetail } from '@/modules/survey/__tests__/surveyFixtures';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { SurveyCreatePage } from '../SurveyCreatePage';
import { SurveyEditPage } from '../SurveyEditPage';

type Respond = (name: string | undefined, variables: Record<string, unknown>) => MockResponse;

function renderCreate(respond: Respond) {
  const api = mockGraphqlClient(respond);
  const view = renderWithProviders(<SurveyCreatePage />, {
    client: api.client,
    viewer: viewerWithRoles('MARKETER'),
    path: '/surveys/new',
  });
  const sent = (name: string) =>
    api.operations
      .filter((op) => op.kind === 'mutation' && op.query.loc?.source.body.includes(name))
      .map((op) => op.variables);
  return { ...view, sent };
}

function renderEdit(respond: Respond) {
  const api = mockGraphqlClient(respond);
  const view = renderWithProviders(<SurveyEditPage />, {
    client: api.client,
    viewer: viewerWithRoles('MARKETER'),
    path: '/surveys/:id/edit',
    url: '/surveys/U3VydmV5OjE/edit',
  });
  const sent = () => api.operations.filter((op) => op.kind === 'mutation').map((op) => op.variables);
  return { ...view, sent };
}

const saved = (survey: SurveyDetailFragment, name: 'createSurvey' | 'updateSurvey') => ({
  data: { [name]: { survey, userErrors: [] } },
});

describe('survey builder', () => {
  it('builds a quiz question with its options, right answer and explanation, and opens the saved draft', async () => {
    const { sent, router } = renderCreate((name) =>
      name === 'CreateSurvey' ? saved(surveyDetail({ kind: 'QUIZ' }), 'createSurvey') : undefined,
    );
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('radio', { name: 'Quiz' }));
    await user.type(screen.getByLabelText('Title (required)'), 'Flu facts');
    await user.selectOptions(screen.getByLabelText('Question 1 type (required)'), 'One choice');
    await user.type(screen.getByLabelText('Question 1 prompt (required)'), 'Flu from the shot?');
    await user.type(screen.getByLabelText('Question 1 option 1'), 'Yes');
    await user.type(screen.getByLabelText('Question 1 option 2'), 'No');
    await user.click(screen.getByRole('radio', { name: 'Right answer: question 1 option 2' }));
    await user.type(screen.getByLabelText('Question 1 explanation'), 'No live virus.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/surveys/U3VydmV5OjE'));
    expect(sent('createSurvey')[0]).toEqual({
      input: {
        kind: 'QUIZ',
        title: 'Flu facts',
        asksDisplayName: false,
        questions: [
          {
            type: 'SINGLE_CHOICE',
            prompt: 'Flu from the shot?',
            required: true,
            options: ['Yes', 'No'],
            correctOptions: [1],
            explanation: 'No live virus.',
          },
        ],
      },
    });
  });

  it('checks before sending and lists each problem, linked to its field', async () => {
    const { sent } = renderCreate(() => undefined);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Title: Enter a title' })).toHaveAttribute(
      'href',
      '#survey-title',
    );
    expect(within(summary).getByRole('link', { name: "Question 1 type: Choose the question's type" })).toHaveAttribute(
      'href',
      '#survey-questions-0-type',
    );
    expect(screen.getByLabelText('Question 1 prompt (required)')).toHaveAccessibleDescription(/Enter the question/);
    expect(sent('createSurvey')).toEqual([]);
  });

  it('adds a question and shows the server’s error under the option it names', async () => {
    const { sent } = renderCreate((name) =>
      name === 'CreateSurvey'
        ? {
            data: {
              createSurvey: {
                survey: null,
                userErrors: [
                  {
                    field: ['input', 'questions', '1', 'options', '0'],
                    code: 'PHI_SUSPECTED',
                    message: 'Options must not name a patient',
                  },
                ],
              },
            },
          }
        : undefined,
    );
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('Title (required)'), 'Your visit');
    await user.selectOptions(screen.getByLabelText('Question 1 type (required)'), 'Rating, 1 to 5 stars');
    await user.type(screen.getByLabelText('Question 1 prompt (required)'), 'How was it?');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(screen.getByLabelText('Question 2 type (required)')).toHaveFocus();
    await user.selectOptions(screen.getByLabelText('Question 2 type (required)'), 'Several choices');
    await user.type(screen.getByLabelText('Question 2 prompt (required)'), 'Liked?');
    await user.type(screen.getByLabelText('Question 2 option 1'), 'Jane');
    await user.type(screen.getByLabelText('Question 2 option 2'), 'Quiet');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByRole('group', { name: 'Question 2 options' })).toHaveAccessibleDescription(
      /Option 1: Options must not name a patient/,
    );
    expect(sent('createSurvey')[0]?.input).toMatchObject({
      questions: [
        { type: 'RATING', prompt: 'How was it?', required: true },
        { type: 'MULTIPLE_CHOICE', options: ['Jane', 'Quiet'] },
      ],
    });
  });

  it('keeps an open survey’s questions read-only and sends only the texts that changed', async () => {
    const open = surveyDetail({ status: 'OPEN', allowedStatuses: ['CLOSED'], version: 3 });
    const { sent } = renderEdit((name) =>
      name === 'SurveyForEdit'
        ? { data: { survey: open } }
        : name === 'UpdateSurvey'
          ? saved(open, 'updateSurvey')
          : undefined,
    );
    const user = userEvent.setup({ delay: null });
    const title = await screen.findByLabelText('Title (required)');
    expect(screen.queryByLabelText('Question 1 prompt (required)')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add question' })).not.toBeInTheDocument();
    const questions = screen.getByRole('region', { name: 'Questions' });
    expect(questions).toHaveTextContent('Which clinic did you visit?');
    expect(questions).toHaveAccessibleDescription(/can no longer change/);
    await user.clear(title);
    await user.type(title, 'Your visit');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toEqual({ input: { id: open.id, expectedVersion: 3, title: 'Your visit' } });
  });

  it('shows what a colleague saved meanwhile and reapplies my change on top', async () => {
    let reads = 0;
    const theirs = surveyDetail({ version: 2, description: 'Their new description.' });
    const { sent } = renderEdit((name) => {
      if (name === 'SurveyForEdit') return { data: { survey: reads++ === 0 ? surveyDetail() : theirs } };
      if (name === 'UpdateSurvey')
        return {
          data: {
            updateSurvey: {
              survey: null,
              userErrors: [{ field: ['input', 'expectedVersion'], code: 'CONFLICT', message: 'Changed meanwhile' }],
            },
          },
        };
      return undefined;
    });
    const user = userEvent.setup({ delay: null });
    const title = await screen.findByLabelText('Title (required)');
    await user.clear(title);
    await user.type(title, 'Your visit');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Their new description.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Reload and reapply my changes/ }));
    expect(screen.getByLabelText('Title (required)')).toHaveValue('Your visit');
    expect(screen.getByLabelText('Description')).toHaveValue('Their new description.');
    expect(sent()[0]).toMatchObject({ input: { expectedVersion: 1, title: 'Your visit' } });
  });
});
