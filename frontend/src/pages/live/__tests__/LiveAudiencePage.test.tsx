import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readParticipantToken } from '@/modules/liveqa/utils/participantTokenStorage';
import { audienceQuestion, liveAudience } from '@/testing/fixtures';
import { JOIN_CODE, joined, renderAudience } from './audienceHarness';

const questionsList = () => screen.getByRole('region', { name: 'Questions' });

describe('LiveAudiencePage', () => {
  afterEach(() => sessionStorage.clear());

  it('joins with a display name, keeps the token for a reload and loads the session with it', async () => {
    const { tokens, operations } = renderAudience((name) =>
      name === 'JoinLiveSession'
        ? { data: { joinLiveSession: { participantToken: 'fresh-token', userErrors: [] } } }
        : undefined,
    );
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Join the live Q&A' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Your name/ }), ' Sam ');
    await user.click(screen.getByRole('button', { name: 'Join' }));

    expect(await screen.findByRole('heading', { level: 1, name: liveAudience().session.title })).toBeInTheDocument();
    expect(screen.getByText('You joined as Sam.')).toBeInTheDocument();
    expect(operations('JoinLiveSession')).toEqual([{ input: { joinCode: JOIN_CODE, displayName: 'Sam' } }]);
    expect(readParticipantToken(JOIN_CODE)).toBe('fresh-token');
    expect(tokens).toEqual([null, 'fresh-token']);
  });

  it('joins anonymously when no name is given, and shows why a join was refused', async () => {
    const { operations } = renderAudience((name) =>
      name === 'JoinLiveSession'
        ? {
            data: {
              joinLiveSession: {
                participantToken: null,
                userErrors: [
                  { field: ['input', 'joinCode'], code: 'NOT_FOUND', message: 'No session has this join code.' },
                ],
              },
            },
          }
        : undefined,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Join' }));
    // Said in plain words, not as a form error, with a way to type the code again.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This code doesn’t match an open session' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Please fix the following')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Join code/ })).toBeInTheDocument();
    expect(operations('JoinLiveSession')).toEqual([{ input: { joinCode: JOIN_CODE, displayName: undefined } }]);
    expect(readParticipantToken(JOIN_CODE)).toBeNull();
  });

  it('uses a stored token without joining again and follows the feed from the snapshot on', async () => {
    joined();
    const { shown, push, operations, tokens } = renderAudience();
    expect(await screen.findByText('No questions yet. Approved questions appear here.')).toBeInTheDocument();
    expect(tokens).toEqual(['participant-token']);
    expect(operations('LiveAudienceFeed')).toEqual([{ joinCode: JOIN_CODE, afterSequence: 4 }]);

    shown(5, audienceQuestion({ id: 'a', text: 'Is it the flu?', upvoteCount: 1, revision: 2 }));
    shown(6, audienceQuestion({ id: 'b', text: 'When to see a doctor?', upvoteCount: 5, revision: 2 }));
    expect(
      within(questionsList())
        .getAllByRole('listitem')
        .map((li) => li.querySelector('p')?.textContent),
    ).toEqual(['When to see a doctor?', 'Is it the flu?']);
    expect(screen.getByText('New question: When to see a doctor?')).toBeInTheDocument();

    shown(7, audienceQuestion({ id: 'b', text: 'When to see a doctor?', upvoteCount: 0, revision: 1 }));
    expect(within(questionsList()).getByText('5 upvotes')).toBeInTheDocument();
    push({ sequence: 8, type: 'QUESTION_REMOVED', questionId: 'b' });
    expect(within(questionsList()).queryByText('When to see a doctor?')).not.toBeInTheDocument();
  });

  it('lists the questions first and moves focus into the ask form with one tap', async () => {
    joined();
    renderAudience();
    const list = await screen.findByRole('region', { name: 'Questions' });
    const box = screen.getByRole('textbox', { name: 'Your question' });
    expect(list.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Ask a question' }));
    expect(box).toHaveFocus();
  });

  it('opens the page of a code typed again after a code that matched nothing', async () => {
    renderAudience((name) =>
      name === 'JoinLiveSession'
        ? {
            data: {
              joinLiveSession: {
                participantToken: null,
                userErrors: [{ field: ['input', 'joinCode'], code: 'NOT_FOUND', message: 'No open live session.' }],
              },
            },
          }
        : undefined,
    );
    // The public pages have no router: the code's page opens as a fresh load.
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    try {
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: 'Join' }));
      await user.type(await screen.findByRole('textbox', { name: /Join code/ }), ' abcd2345 ');
      await user.click(screen.getByRole('button', { name: 'Open session' }));
      expect(assign).toHaveBeenCalledWith('/live/ABCD2345');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows an ended session’s published recap when its code no longer joins', async () => {
    const { operations } = renderAudience((name) => {
      if (name === 'JoinLiveSession') {
        return {
          data: {
            joinLiveSession: {
              participantToken: null,
              userErrors: [{ field: ['input', 'joinCode'], code: 'NOT_FOUND', message: 'No open live session.' }],
            },
          },
        };
      }
      if (name === 'LiveSessionRecap') {
        return {
          data: {
            liveSessionRecap: {
              session: { ...liveAudience().session, status: 'ENDED' },
              questions: [
                audienceQuestion({ id: 'r1', text: 'Is it the flu?', status: 'ANSWERED', answerText: 'Often not.' }),
              ],
            },
          },
        };
      }
      return undefined;
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Join' }));
    expect(await screen.findByText('This session has ended')).toBeInTheDocument();
    const answered = screen.getByRole('region', { name: 'Answered' });
    expect(within(answered).getByText('Is it the flu?')).toBeInTheDocument();
    expect(within(answered).getByText('Often not.')).toBeInTheDocument();
    expect(within(answered).queryByRole('button', { name: /Upvote/ })).not.toBeInTheDocument();
    expect(operations('LiveSessionRecap')).toEqual([{ joinCode: JOIN_CODE }]);
  });

  it('puts the pinned question on top and shows answers in their own list', async () => {
    joined();
    const { shown } = renderAudience();
    await screen.findByRole('region', { name: 'Questions' });
    shown(5, audienceQuestion({ id: 'a', text: 'Popular', upvoteCount: 9 }));
    shown(6, audienceQuestion({ id: 'p', text: 'Pinned one', pinned: true }));
    shown(7, audienceQuestion({ id: 'x', text: 'Done', status: 'ANSWERED', answerText: 'Rest and fluids.' }));
    const items = within(questionsList()).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Now answering');
    expect(items[0]).toHaveTextContent('Pinned one');
    expect(within(screen.getByRole('region', { name: 'Answered' })).getByText('Rest and fluids.')).toBeInTheDocument();
  });

  it('asks a question, lists it as awaiting moderation and follows it to approved', async () => {
    joined();
    const { operations, shown } = renderAudience((name) =>
      name === 'AskQuestion'
        ? {
            data: {
              askQuestion: {
                question: {
                  id: 'm1',
                  text: 'Is it the flu?',
                  anonymous: true,
                  status: 'PENDING',
                  createdAt: '2026-12-10T18:05:00Z',
                },
                retryAfterSeconds: null,
                userErrors: [],
              },
            },
          }
        : undefined,
    );
    const user = userEvent.setup();
    const textbox = await screen.findByRole('textbox', { name: 'Your question' });
    expect(screen.getByText(/please don’t share personal health details/)).toBeInTheDocument();
    await user.type(textbox, 'Is it the flu?');
    expect(screen.getByText('14 / 500 characters')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Ask anonymously' }));
    await user.click(screen.getByRole('button', { name: 'Ask question' }));

    const mine = await screen.findByRole('region', { name: 'Your questions' });
    expect(await within(mine).findByText('Awaiting moderation')).toBeInTheDocument();
    expect(operations('AskQuestion')).toEqual([{ input: { text: 'Is it the flu?', anonymous: true } }]);
    expect(textbox).toHaveValue('');
    shown(5, audienceQuestion({ id: 'm1', text: 'Is it the flu?' }));
    expect(within(mine).getByText('Approved')).toBeInTheDocument();
  });

  it('offers no anonymous choice when the session does not allow it', async () => {
    joined();
    renderAudience((name) =>
      name === 'LiveAudience'
        ? {
            data: {
              liveAudience: liveAudience({ session: { ...liveAudience().session, anonymousQuestionsAllowed: false } }),
            },
          }
        : undefined,
    );
    await screen.findByRole('textbox', { name: 'Your question' });
    expect(screen.queryByRole('checkbox', { name: 'Ask anonymously' })).not.toBeInTheDocument();
  });

  it('says when to ask again after RATE_LIMITED and holds the button until then', async () => {
    joined();
    renderAudience((name) =>
      name === 'AskQuestion'
        ? {
            data: {
              askQuestion: {
                question: null,
                retryAfterSeconds: 20,
                userErrors: [{ field: null, code: 'RATE_LIMITED', message: 'Slow down.' }],
              },
            },
          }
        : undefined,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Your question' }), 'Another one');
    await user.click(screen.getByRole('button', { name: 'Ask question' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You can ask again in 20 seconds.');
    expect(screen.getByRole('button', { name: /Ask again in \d+ s/ })).toBeDisabled();
  });

  it('toggles an upvote with aria-pressed and shows the count the server answered', async () => {
    joined();
    const { operations } = renderAudience((name) => {
      if (name === 'LiveAudience') {
        return { data: { liveAudience: liveAudience({ questions: [audienceQuestion({ id: 'a', upvoteCount: 2 })] }) } };
      }
      if (name === 'UpvoteQuestion') {
        return {
          data: {
            upvoteQuestion: { question: audienceQuestion({ id: 'a', upvoteCount: 3, revision: 3 }), userErrors: [] },
          },
        };
      }
      if (name === 'WithdrawUpvote') {
        return {
          data: {
            withdrawUpvote: { question: audienceQuestion({ id: 'a', upvoteCount: 2, revision: 4 }), userErrors: [] },
          },
        };
      }
      return undefined;
    });
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: 'Upvote' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.getByText('3 upvotes')).toBeInTheDocument();
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'false'));
    expect(operations('UpvoteQuestion')).toEqual([{ input: { questionId: 'a' } }]);
    expect(operations('WithdrawUpvote')).toEqual([{ input: { questionId: 'a' } }]);
  });

  it('forgets a refused token and offers to join again', async () => {
    joined();
    renderAudience((name) => (name === 'LiveAudience' ? { classification: 'UNAUTHORIZED' } : undefined));
    expect(await screen.findByRole('heading', { level: 1, name: 'Join the live Q&A' })).toBeInTheDocument();
    expect(screen.getByText(/no longer valid/)).toBeInTheDocument();
    expect(readParticipantToken(JOIN_CODE)).toBeNull();
  });

  it('closes questions when the session ends, keeping the answers on screen', async () => {
    joined();
    const { push } = renderAudience((name) =>
      name === 'LiveAudience'
        ? { data: { liveAudience: liveAudience({ questions: [audienceQuestion({ id: 'a', text: 'Still here' })] }) } }
        : undefined,
    );
    await screen.findByRole('textbox', { name: 'Your question' });
    push({ sequence: 9, type: 'SESSION_CHANGED', sessionStatus: 'ENDED' });
    expect(screen.getByText('This session has ended')).toBeInTheDocument();
    expect(within(questionsList()).getByText('Still here')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upvote' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your question' })).not.toBeInTheDocument();
    expect(readParticipantToken(JOIN_CODE)).toBeNull();
  });
});
