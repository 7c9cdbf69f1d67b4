import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AudiencePollFieldsFragment } from '@/generated/graphql';
import { liveAudience } from '@/testing/fixtures';
import type { MockResponse } from '@/testing/mockGraphqlClient';
import { joined, renderAudience } from './audienceHarness';

const poll = (overrides: Partial<AudiencePollFieldsFragment> = {}): AudiencePollFieldsFragment => ({
  id: 'poll-1',
  question: 'Will you get a flu shot this year?',
  options: [
    { id: 'o1', label: 'Yes', votes: 0, percent: 0 },
    { id: 'o2', label: 'Not sure yet', votes: 0, percent: 0 },
  ],
  status: 'OPEN',
  totalVotes: 0,
  myAnswer: null,
  ...overrides,
});
const counts = (yes: number, unsure: number) => {
  const total = yes + unsure;
  return {
    totalVotes: total,
    options: [
      { id: 'o1', label: 'Yes', votes: yes, percent: (yes / total) * 100 },
      { id: 'o2', label: 'Not sure yet', votes: unsure, percent: (unsure / total) * 100 },
    ],
  };
};

function renderWithPolls(polls: AudiencePollFieldsFragment[], respond?: (name?: string) => MockResponse) {
  joined();
  return renderAudience((name) =>
    name === 'LiveAudience' ? { data: { liveAudience: liveAudience({ polls }) } } : respond?.(name),
  );
}

const pollSection = () => screen.getByRole('region', { name: /^Poll/ });
/** The poll's live region: on the page before any poll, so a new one is read out. */
const announcement = () =>
  screen.getAllByRole('status').find((region) => /^(New poll|Results|Final results)/.test(region.textContent ?? ''))!;

describe('LiveAudiencePage polls', () => {
  afterEach(() => sessionStorage.clear());

  it('shows the open poll first, its choices as a radio group, and asks for a choice before voting', async () => {
    const { operations } = renderWithPolls([poll()]);
    const choices = await screen.findByRole('group', { name: 'Will you get a flu shot this year?' });
    expect(
      within(choices)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['Yes', 'Not sure yet']);
    expect(pollSection().compareDocumentPosition(screen.getByRole('region', { name: 'Questions' }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    // No results before answering: the counts would sway the answer.
    expect(screen.queryByText(/votes in all/)).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Vote' }));
    expect(choices).toHaveAccessibleDescription(expect.stringContaining('Choose an answer first'));
    expect(operations('AnswerLivePoll')).toEqual([]);
  });

  it('votes, says what the participant chose and shows the results, then follows them from the feed', async () => {
    const { operations, push } = renderWithPolls([poll()], (name) =>
      name === 'AnswerLivePoll'
        ? { data: { answerLivePoll: { poll: poll({ ...counts(1, 0), myAnswer: 'o1' }), userErrors: [] } } }
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Vote' }));

    expect(await screen.findByText('You chose Yes.')).toBeInTheDocument();
    expect(operations('AnswerLivePoll')).toEqual([{ input: { pollId: 'poll-1', optionId: 'o1' } }]);
    const results = within(pollSection()).getByRole('list', { name: /^Results of/ });
    expect(within(results).getAllByRole('listitem')[0]).toHaveTextContent('Yes (your choice)1 vote, 100%');
    expect(within(pollSection()).getByText('1 vote in all')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();

    push({ sequence: 5, type: 'POLL_CHANGED', poll: { ...poll(counts(1, 3)), myAnswer: undefined } });
    expect(within(pollSection()).getByText('4 votes in all')).toBeInTheDocument();
    expect(within(results).getAllByRole('listitem')[1]).toHaveTextContent('Not sure yet3 votes, 75%');
    expect(screen.getByText('You chose Yes.')).toBeInTheDocument();
  });

  it('announces the results politely, not on every vote', async () => {
    const { push } = renderWithPolls([poll({ ...counts(1, 0), myAnswer: 'o1' })]);
    await waitFor(() => expect(announcement()).toHaveTextContent(/^Results of “Will you get a flu shot this year\?”/));
    expect(announcement()).toHaveTextContent('1 vote in all');
    // A change after a quiet spell is said at once …
    push({ sequence: 5, type: 'POLL_CHANGED', poll: poll(counts(2, 0)) });
    await waitFor(() => expect(announcement()).toHaveTextContent('2 votes in all'));
    // … and the votes right after it wait for the pause: the bars follow at once, the words do not.
    push({ sequence: 6, type: 'POLL_CHANGED', poll: poll(counts(2, 1)) });
    push({ sequence: 7, type: 'POLL_CHANGED', poll: poll(counts(3, 1)) });
    expect(within(pollSection()).getByText('4 votes in all')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(announcement()).toHaveTextContent('2 votes in all');
  });

  it('says politely when the participant has already answered', async () => {
    renderWithPolls([poll()], (name) =>
      name === 'AnswerLivePoll'
        ? {
            data: {
              answerLivePoll: {
                poll: null,
                userErrors: [
                  { field: ['input', 'pollId'], code: 'INVALID', message: 'You have already answered this poll.' },
                ],
              },
            },
          }
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Not sure yet' }));
    await user.click(screen.getByRole('button', { name: 'Vote' }));
    const notice = await within(pollSection()).findByText('You have already answered this poll.');
    expect(notice.closest('[role]')).toHaveAttribute('role', 'status');
    expect(within(pollSection()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a poll launched while watching and says so, then its final results once it closes', async () => {
    const { push } = renderWithPolls([]);
    await screen.findByRole('region', { name: 'Questions' });
    expect(screen.queryByRole('region', { name: /^Poll/ })).not.toBeInTheDocument();
    push({ sequence: 5, type: 'POLL_CHANGED', poll: poll() });
    expect(screen.getByRole('group', { name: 'Will you get a flu shot this year?' })).toBeInTheDocument();
    await waitFor(() => expect(announcement()).toHaveTextContent('New poll: Will you get a flu shot this year?'));
    push({ sequence: 6, type: 'POLL_CHANGED', poll: poll({ ...counts(2, 2), status: 'CLOSED' }) });
    expect(screen.getByRole('heading', { name: 'Poll closed: final results' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vote' })).not.toBeInTheDocument();
    expect(within(pollSection()).getByText('4 votes in all')).toBeInTheDocument();
  });

  it('lists earlier polls with their final results at the foot of the page', async () => {
    renderWithPolls([
      poll({ id: 'poll-2', question: 'Did today’s session help?' }),
      poll({ ...counts(3, 1), status: 'CLOSED', myAnswer: 'o2' }),
    ]);
    const earlier = await screen.findByRole('region', { name: 'Earlier polls' });
    expect(
      within(earlier).getByRole('heading', { level: 3, name: 'Will you get a flu shot this year?' }),
    ).toBeVisible();
    expect(within(earlier).getByText('You chose Not sure yet.')).toBeInTheDocument();
    expect(within(earlier).getByText('4 votes in all')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Did today’s session help?' })).toBeInTheDocument();
  });
});
