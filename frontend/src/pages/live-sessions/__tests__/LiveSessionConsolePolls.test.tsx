import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LivePollFieldsFragment } from '@/generated/graphql';
import { livePoll, renderConsole, session } from './consoleHarness';

const panel = () => screen.getByRole('region', { name: /^(New poll|Poll)$/ });
const results = () => within(panel()).getByRole('list', { name: /^Results of/ });
const launched = (poll: LivePollFieldsFragment) => ({ data: { launchLivePoll: { poll, userErrors: [] } } });
const counted = (yes: number, no: number): Partial<LivePollFieldsFragment> => {
  const total = yes + no;
  const percent = (votes: number) => (total === 0 ? 0 : (votes / total) * 100);
  return {
    totalVotes: total,
    options: [
      { id: 'o1', label: 'Yes', votes: yes, percent: percent(yes) },
      { id: 'o2', label: 'No', votes: no, percent: percent(no) },
    ],
  };
};

async function fillPoll(question: string, choices: string[]) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'New poll' }));
  const box = screen.getByRole('textbox', { name: /^Question/ });
  expect(box).toHaveFocus();
  await user.type(box, question);
  for (const [index, choice] of choices.entries()) {
    if (index >= 2) await user.click(screen.getByRole('button', { name: 'Add choice' }));
    if (choice) await user.type(screen.getByRole('textbox', { name: `Choice ${index + 1}` }), choice);
  }
  return user;
}

/** The console's announcements (launched, closed), which stay on the page between polls. */
const announced = () => screen.getAllByRole('status').find((region) => region.textContent?.startsWith('Poll '));

describe('LiveSessionConsolePage polls', () => {
  it('launches a poll with its question and choices and shows it open, with no votes yet', async () => {
    const { mutations } = renderConsole(['MODERATOR'], (name) =>
      name === 'LaunchLivePoll' ? launched(livePoll()) : undefined,
    );
    const user = await fillPoll('Will you get a flu shot this year?', ['Yes', 'No']);
    await user.click(screen.getByRole('button', { name: 'Launch poll' }));

    expect(await within(panel()).findByRole('heading', { name: 'Will you get a flu shot this year?' })).toBeVisible();
    expect(within(panel()).getByRole('heading', { level: 2, name: 'Poll' })).toHaveFocus();
    expect(within(panel()).getByText('Open: the audience is answering')).toBeInTheDocument();
    expect(within(panel()).getByText('0 votes in all')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New poll' })).not.toBeInTheDocument();
    expect(announced()).toHaveTextContent('Poll launched. The audience can answer now.');
    expect(mutations()).toEqual([
      { input: { sessionId: session.id, question: 'Will you get a flu shot this year?', options: ['Yes', 'No'] } },
    ]);
  });

  it('checks the question and choices as the server does before sending', async () => {
    const { mutations } = renderConsole();
    const user = await fillPoll('Flu shot?', ['Yes', ' yes ', '']);
    await user.click(screen.getByRole('button', { name: 'Launch poll' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Choice 2: it is the same as choice 1.');
    expect(summary).toHaveTextContent('Choice 3: enter the choice or remove it.');
    expect(mutations()).toEqual([]);
  });

  it('drops a draft on Cancel and gives focus back to New poll', async () => {
    const { mutations } = renderConsole();
    const user = await fillPoll('Flu shot?', ['Yes']);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('textbox', { name: /^Question/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New poll' })).toHaveFocus();
    expect(mutations()).toEqual([]);
  });

  it('offers at most six choices and never fewer than two', async () => {
    renderConsole();
    const user = await fillPoll('Which day suits you?', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(screen.getByRole('button', { name: 'Add choice' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getAllByRole('button', { name: /^Remove choice/ })).toHaveLength(6);
    for (let left = 6; left > 2; left--) await user.click(screen.getByRole('button', { name: 'Remove choice 1' }));
    expect(screen.queryByRole('button', { name: /^Remove choice/ })).not.toBeInTheDocument();
  });

  it('puts the server’s refusals on the field they name, and a second open poll’s on the form', async () => {
    renderConsole(['MODERATOR'], (name) =>
      name === 'LaunchLivePoll'
        ? {
            data: {
              launchLivePoll: {
                poll: null,
                userErrors: [
                  { field: ['input', 'options', '1'], code: 'INVALID', message: 'Choices must all be different.' },
                  { field: ['input', 'sessionId'], code: 'INVALID', message: 'Close the open poll first.' },
                ],
              },
            },
          }
        : undefined,
    );
    const user = await fillPoll('Flu shot?', ['Yes', 'No']);
    await user.click(screen.getByRole('button', { name: 'Launch poll' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Close the open poll first.');
    expect(screen.getByRole('group', { name: 'Choices' })).toHaveAccessibleDescription(
      expect.stringContaining('Choice 2: Choices must all be different.'),
    );
  });

  it('updates the open poll’s bars from POLL_UPDATED events and ignores older counts', async () => {
    const { pushPoll, listening } = renderConsole(['MODERATOR'], undefined, [livePoll()]);
    await screen.findByRole('heading', { name: 'Will you get a flu shot this year?' });
    await listening();
    pushPoll(4, 'POLL_UPDATED', livePoll(counted(3, 1)));
    const items = within(results()).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Yes3 votes, 75%');
    expect(items[1]).toHaveTextContent('No1 vote, 25%');
    expect(within(panel()).getByText('4 votes in all')).toBeInTheDocument();
    // A replayed, older copy never turns the counts back.
    pushPoll(5, 'POLL_UPDATED', livePoll(counted(1, 1)));
    expect(within(panel()).getByText('4 votes in all')).toBeInTheDocument();
  });

  it('shows a poll another moderator launched, then its final results once closed', async () => {
    const { pushPoll, listening } = renderConsole();
    await screen.findByRole('button', { name: 'New poll' });
    await listening();
    pushPoll(4, 'POLL_LAUNCHED', livePoll());
    expect(within(panel()).getByRole('heading', { name: 'Will you get a flu shot this year?' })).toBeInTheDocument();
    pushPoll(5, 'POLL_CLOSED', livePoll({ ...counted(2, 2), status: 'CLOSED', closedAt: '2026-12-10T18:20:00Z' }));
    expect(screen.getByRole('button', { name: 'New poll' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Poll' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByText('Past polls (1)'));
    const past = screen.getByText('Past polls (1)').closest('details')!;
    expect(within(past).getByText(/^Closed .*: final results$/)).toBeInTheDocument();
    expect(within(past).getByText('4 votes in all')).toBeInTheDocument();
  });

  it('asks before closing the poll, then closes it with the final counts', async () => {
    const { mutations } = renderConsole(
      ['ADMIN'],
      (name) =>
        name === 'CloseLivePoll'
          ? { data: { closeLivePoll: { poll: livePoll({ ...counted(1, 0), status: 'CLOSED' }), userErrors: [] } } }
          : undefined,
      [livePoll(counted(1, 0))],
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Close poll' }));
    const dialog = screen.getByRole('dialog', { name: 'Close this poll?' });
    expect(dialog).toHaveTextContent('The audience can no longer answer “Will you get a flu shot this year?”');
    await user.click(within(dialog).getByRole('button', { name: 'Keep it open' }));
    expect(mutations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Close poll' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close poll' }));
    await waitFor(() => expect(mutations()).toEqual([{ input: { pollId: 'poll-1' } }]));
    expect(await screen.findByText('Past polls (1)')).toBeInTheDocument();
    expect(announced()).toHaveTextContent('Poll closed.');
    expect(screen.getByRole('button', { name: 'New poll' })).toHaveFocus();
  });

  it('resumes after the last poll event when the socket drops', async () => {
    const { pushPoll, drop, listening, api } = renderConsole(['MODERATOR'], undefined, [livePoll()]);
    await screen.findByRole('heading', { name: 'Will you get a flu shot this year?' });
    await listening();
    pushPoll(7, 'POLL_UPDATED', livePoll(counted(1, 0)));
    drop();
    const subscriptions = () => api.operations.filter((op) => op.kind === 'subscription').map((op) => op.variables);
    await waitFor(() => expect(subscriptions()).toHaveLength(2), { timeout: 3000 });
    expect(subscriptions()[1]).toEqual({ sessionId: session.id, afterSequence: 7 });
  });

  it('offers no new poll once the session has ended, but keeps past polls', async () => {
    renderConsole(['MODERATOR'], (name) =>
      name === 'LiveSessionConsole'
        ? {
            data: {
              liveSession: {
                ...session,
                status: 'ENDED',
                allowedTransitions: [],
                eventSequence: 3,
                pinnedQuestion: null,
                questions: [],
                polls: [livePoll({ ...counted(1, 1), status: 'CLOSED' })],
              },
            },
          }
        : undefined,
    );
    expect(await screen.findByText('Past polls (1)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New poll' })).not.toBeInTheDocument();
  });
});
