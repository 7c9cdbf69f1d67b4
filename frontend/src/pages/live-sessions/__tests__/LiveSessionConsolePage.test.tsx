import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LiveQuestionFieldsFragment, Role } from '@/generated/graphql';
import { liveQuestion } from '@/testing/fixtures';
import { phone, questions, renderConsole, session } from './consoleHarness';

const loaded = () => screen.findByRole('heading', { level: 1, name: /^Moderate:/ });
const column = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });
const card = (text: string) => screen.getByRole('article', { name: new RegExp(text.slice(0, 20)) });
const moderated = (question: LiveQuestionFieldsFragment) => ({
  data: { moderateQuestion: { question, userErrors: [] } },
});

describe('LiveSessionConsolePage', () => {
  it('shows pending, approved and answered columns, subscribed after the snapshot sequence', async () => {
    const { api } = renderConsole();
    expect(await screen.findByRole('heading', { level: 1, name: `Moderate: ${session.title}` })).toBeInTheDocument();
    expect(within(column('Pending')).getAllByRole('article')).toHaveLength(2);
    expect(within(column('Approved')).getByText('Should my child get the flu shot?')).toBeInTheDocument();
    expect(within(column('Answered')).getByText('No answered questions yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Projector/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/projector$/),
    );
    expect(screen.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    // The subscription starts in an effect after the snapshot renders.
    await waitFor(() =>
      expect(api.operations.find((op) => op.kind === 'subscription')?.variables).toEqual({
        sessionId: session.id,
        afterSequence: 3,
      }),
    );
  });

  it('marks suspected PHI in the text and flags the card', async () => {
    renderConsole();
    const phi = await screen.findByRole('article', { name: /Please call me/ });
    expect(within(phi).getByText('Suspected PHI')).toBeInTheDocument();
    expect(within(phi).getByText('617-555-0134').tagName).toBe('MARK');
    expect(within(phi).getByText('(suspected phone number)', { exact: false })).toBeInTheDocument();
    expect(within(phi).getByText('Anonymous')).toBeInTheDocument();
    expect(within(phi).getByText('Held back: edit out the highlighted details to approve it.')).toBeInTheDocument();
  });

  it('applies events by revision: newer copies move, older ones are ignored', async () => {
    const { push, listening } = renderConsole();
    await loaded();
    await listening();
    push(4, { ...questions[0], status: 'APPROVED', revision: 2, upvoteCount: 1, allowedActions: ['PIN'] });
    expect(within(column('Approved')).getByText('How long is a cold contagious?')).toBeInTheDocument();
    push(5, { ...questions[0], status: 'PENDING', revision: 1 });
    expect(within(column('Pending')).queryByText('How long is a cold contagious?')).not.toBeInTheDocument();
    push(6, { ...questions[2], upvoteCount: 12, revision: 5 });
    expect(within(card('Should my child')).getByText('12 upvotes')).toBeInTheDocument();
  });

  it('approves with the button and shows the answer before the event arrives', async () => {
    const { mutations } = renderConsole(['ADMIN'], (name) =>
      name === 'ModerateQuestion'
        ? moderated({ ...questions[0], status: 'APPROVED', revision: 2, allowedActions: ['PIN', 'REJECT'] })
        : undefined,
    );
    await userEvent
      .setup()
      .click(within(await screen.findByRole('article', { name: /How long/ })).getByRole('button', { name: 'Approve' }));
    expect(await within(column('Approved')).findByText('How long is a cold contagious?')).toBeInTheDocument();
    expect(mutations()).toEqual([
      { input: { questionId: 'q-clean', action: 'APPROVE', text: undefined, answer: undefined } },
    ]);
  });

  it('tells the moderator to edit a question with suspected PHI before approving it', async () => {
    renderConsole(['MODERATOR'], (name) =>
      name === 'ModerateQuestion'
        ? {
            data: {
              moderateQuestion: {
                question: null,
                userErrors: [{ field: ['input', 'questionId'], code: 'PHI_SUSPECTED', message: 'PHI.' }],
              },
            },
          }
        : undefined,
    );
    const phi = await screen.findByRole('article', { name: /Please call me/ });
    await userEvent.setup().click(within(phi).getByRole('button', { name: 'Approve' }));
    expect(await within(phi).findByRole('alert')).toHaveTextContent(/Edit it to remove the highlighted details/);
  });

  it('moderates from the keyboard: j selects, a approves, e edits, and typing is left alone', async () => {
    const { mutations } = renderConsole(['MODERATOR'], (name, variables) => {
      if (name !== 'ModerateQuestion') return undefined;
      const input = variables?.input as { questionId: string; action: string; text?: string };
      const base = questions.find((q) => q.id === input.questionId)!;
      return input.action === 'EDIT'
        ? moderated({ ...base, text: input.text!, originalText: base.text, revision: 9 })
        : moderated({ ...base, status: 'APPROVED', revision: 9, allowedActions: ['PIN'] });
    });
    const user = userEvent.setup();
    await loaded();
    await user.keyboard('j');
    expect(card('How long')).toHaveFocus();
    await user.keyboard('j');
    expect(card('Please call me')).toHaveFocus();
    await user.keyboard('e');
    const textbox = screen.getByRole('textbox', { name: /^Edit question/ });
    expect(textbox).toHaveFocus();
    await user.clear(textbox);
    await user.type(textbox, 'Please call me about my results');
    expect(mutations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save question' }));
    await waitFor(() => expect(mutations()).toHaveLength(1));
    expect(await screen.findByText(phone)).toBeInTheDocument();
    await user.keyboard('k');
    await user.keyboard('a');
    await waitFor(() => expect(mutations()).toHaveLength(2));
    expect(mutations()).toEqual([
      { input: { questionId: 'q-phi', action: 'EDIT', text: 'Please call me about my results', answer: undefined } },
      { input: { questionId: 'q-clean', action: 'APPROVE', text: undefined, answer: undefined } },
    ]);
  });

  it('says when a shortcut does not apply to the selected question', async () => {
    renderConsole();
    await loaded();
    const user = userEvent.setup();
    await user.keyboard('a');
    expect(screen.getByText('Select a question first: press j or k.')).toBeInTheDocument();
    await user.keyboard('jjje');
    expect(screen.getByText('Only pending questions can be edited.')).toBeInTheDocument();
  });

  it('marks answered with an optional answer', async () => {
    const { mutations } = renderConsole(['MODERATOR'], (name) =>
      name === 'ModerateQuestion'
        ? moderated({
            ...questions[2],
            status: 'ANSWERED',
            revision: 9,
            answer: { text: 'Yes.', answeredAt: '2026-12-10T18:30:00Z' },
          })
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(
      within(await screen.findByRole('article', { name: /Should my child/ })).getByRole('button', {
        name: 'Mark answered',
      }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Answer (optional)' }), 'Yes.');
    await user.click(screen.getByRole('button', { name: 'Mark answered' }));
    expect(await within(column('Answered')).findByText('Yes.')).toBeInTheDocument();
    expect(mutations()).toEqual([
      { input: { questionId: 'q-approved', action: 'MARK_ANSWERED', text: undefined, answer: 'Yes.' } },
    ]);
  });

  it('refetches the session when an event says its status changed elsewhere', async () => {
    const { push, api, listening } = renderConsole();
    await loaded();
    await listening();
    push(4, null, 'ENDED');
    // The snapshot, then one reload for the status change.
    await waitFor(() => expect(api.operations.filter((op) => op.kind === 'query')).toHaveLength(2));
    expect(screen.getByText('Ended')).toBeInTheDocument();
  });

  it('offers to undo a rejection for a few seconds, and undoing restores the question to Pending', async () => {
    const { mutations } = renderConsole(['MODERATOR'], (name, variables) => {
      if (name !== 'ModerateQuestion') return undefined;
      const action = (variables?.input as { action: string } | undefined)?.action;
      return action === 'REJECT'
        ? moderated({ ...questions[0], status: 'REJECTED', revision: 2, allowedActions: ['RESTORE'] })
        : moderated({ ...questions[0], status: 'PENDING', revision: 3 });
    });
    const user = userEvent.setup();
    await loaded();
    await user.keyboard('j');
    await user.keyboard('r');
    expect(await screen.findByText('Question rejected.')).toBeInTheDocument();
    expect(within(column('Pending')).queryByText('How long is a cold contagious?')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Rejected/ })).toHaveTextContent('1');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(column('Pending')).findByText('How long is a cold contagious?')).toBeInTheDocument();
    expect(screen.queryByText('Question rejected.')).not.toBeInTheDocument();
    expect(mutations().map((variables) => (variables?.input as { action: string } | undefined)?.action)).toEqual([
      'REJECT',
      'RESTORE',
    ]);
  });

  it('lists rejected questions in their own view, where a moderator restores one', async () => {
    const rejected = liveQuestion({
      id: 'q-rejected',
      text: 'Buy cheap pills here',
      status: 'REJECTED',
      allowedActions: ['RESTORE'],
    });
    const { mutations } = renderConsole(['MODERATOR'], (name) => {
      if (name === 'LiveSessionConsole') {
        return {
          data: {
            liveSession: {
              ...session,
              eventSequence: 3,
              pinnedQuestion: null,
              questions: [...questions, rejected],
              polls: [],
            },
          },
        };
      }
      return name === 'ModerateQuestion' ? moderated({ ...rejected, status: 'PENDING', revision: 2 }) : undefined;
    });
    const user = userEvent.setup();
    await loaded();
    expect(screen.queryByText('Buy cheap pills here')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Rejected/ }));
    expect(screen.getByRole('button', { name: /^Rejected/ })).toHaveAttribute('aria-pressed', 'true');
    const rejectedCard = within(column('Rejected')).getByRole('article', { name: /Buy cheap pills/ });
    await user.click(within(rejectedCard).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(mutations()).toHaveLength(1));
    expect(mutations()[0]).toEqual({
      input: { questionId: 'q-rejected', action: 'RESTORE', text: undefined, answer: undefined },
    });
    await user.click(screen.getByRole('button', { name: 'Queues' }));
    expect(within(column('Pending')).getByText('Buy cheap pills here')).toBeInTheDocument();
  });

  it('approves the ticked pending questions in one moderateQuestions call and says which failed', async () => {
    const { mutations } = renderConsole(['MODERATOR'], (name) =>
      name === 'ModerateQuestions'
        ? {
            data: {
              moderateQuestions: {
                questions: [{ ...questions[0], status: 'APPROVED', revision: 2, allowedActions: ['PIN'] }, null],
                userErrors: [
                  { field: ['input', 'questionIds', '1'], code: 'PHI_SUSPECTED', message: 'Suspected PHI.' },
                ],
              },
            },
          }
        : undefined,
    );
    await loaded();
    const user = userEvent.setup();
    const pending = column('Pending');
    expect(within(pending).getByRole('button', { name: 'Approve selected' })).toBeDisabled();
    await user.click(within(pending).getByRole('checkbox', { name: 'Select all' }));
    expect(within(pending).getByText('2 selected')).toBeInTheDocument();
    await user.click(within(pending).getByRole('button', { name: 'Approve selected' }));
    expect(await within(column('Approved')).findByText('How long is a cold contagious?')).toBeInTheDocument();
    expect(mutations()).toEqual([{ input: { questionIds: ['q-clean', 'q-phi'], action: 'APPROVE' } }]);
    expect(screen.getByRole('alert')).toHaveTextContent(/1 of 2 approved\. .*personal health information/);
  });

  it('ticks a pending question with x and rejects the selection with an undo', async () => {
    const { mutations } = renderConsole(['MODERATOR'], (name) =>
      name === 'ModerateQuestions'
        ? {
            data: {
              moderateQuestions: {
                questions: [{ ...questions[0], status: 'REJECTED', revision: 2, allowedActions: ['RESTORE'] }],
                userErrors: [],
              },
            },
          }
        : undefined,
    );
    await loaded();
    const user = userEvent.setup();
    await user.keyboard('jx');
    expect(within(card('How long')).getByRole('checkbox', { name: /^Select/ })).toBeChecked();
    await user.click(within(column('Pending')).getByRole('button', { name: 'Reject selected' }));
    expect(await screen.findByText('Question rejected.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    expect(mutations()).toEqual([{ input: { questionIds: ['q-clean'], action: 'REJECT' } }]);
  });

  it('filters every queue by the search and sorts a queue as chosen', async () => {
    renderConsole();
    await loaded();
    const user = userEvent.setup();
    const texts = () =>
      within(column('Pending'))
        .getAllByRole('article')
        .map((article) => article.textContent);
    expect(texts()[0]).toContain('How long');
    await user.selectOptions(within(column('Pending')).getByRole('combobox', { name: 'Sort pending by' }), 'newest');
    expect(texts()[0]).toContain('Please call me');

    // '/' goes to the search box from anywhere but a text field (or the select just used).
    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search questions' });
    expect(search).toHaveFocus();
    await user.type(search, 'FLU');
    expect(within(column('Pending')).getByText('No question matches your search.')).toBeInTheDocument();
    expect(within(column('Pending')).getByRole('heading')).toHaveTextContent('Pending 0 shown of 2');
    expect(within(column('Approved')).getByText('Should my child get the flu shot?')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(within(column('Pending')).getAllByRole('article')).toHaveLength(2);
  });

  it.each<Role>(['MARKETER', 'ANALYST', 'CLINICAL_REVIEWER'])('is not offered to %s', async (role) => {
    renderConsole([role]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  });
});
