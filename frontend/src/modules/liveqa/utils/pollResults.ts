import type { LivePollStatus } from '@/generated/graphql';

/** What every copy of a poll carries, staff's or the audience's: enough to tell which is newer. */
export interface PollCopy {
  id: string;
  status: LivePollStatus;
  totalVotes: number;
}

/**
 * Whether `next` is at least as recent as `held`. A poll has no revision, but it only moves
 * forward: answers are counted and never withdrawn (a second answer is refused), and a closed poll
 * stays closed with its final counts. So a closed copy beats an open one, and of two open copies
 * the one with more votes is the later; a replayed event, a late mutation answer or an older
 * snapshot never turns the results back.
 */
export function isAtLeastAsRecent(held: PollCopy, next: PollCopy): boolean {
  if (held.status !== next.status) return next.status === 'CLOSED';
  return next.totalVotes >= held.totalVotes;
}

/**
 * The polls, newest first, with `poll` in its place (a poll not yet held goes first, as the newest
 * launched). `merge` makes the copy kept from the one held and the newer one (the audience keeps
 * its own answer, which the feed does not carry). Returns the same list when nothing changed.
 */
export function upsertPoll<T extends PollCopy>(
  polls: readonly T[],
  poll: T,
  merge: (held: T, next: T) => T = (_held, next) => next,
): readonly T[] {
  const index = polls.findIndex((held) => held.id === poll.id);
  if (index < 0) return [poll, ...polls];
  const held = polls[index];
  if (!isAtLeastAsRecent(held, poll)) return polls;
  const next = merge(held, poll);
  if (JSON.stringify(next) === JSON.stringify(held)) return polls;
  return polls.map((item, at) => (at === index ? next : item));
}

/** The poll taking answers, if any (the API allows one at a time). */
export const openPollOf = <T extends PollCopy>(polls: readonly T[]): T | undefined =>
  polls.find((poll) => poll.status === 'OPEN');

/** "40%": the server's percent rounded to a whole number, as people read it. */
export const formatPercent = (percent: number) => `${Math.round(percent)}%`;

export const votesText = (votes: number) => `${votes} ${votes === 1 ? 'vote' : 'votes'}`;

/**
 * The results in one sentence, for a screen reader's announcement: "Results of “Flu shot this
 * year?”: Yes 3 votes, 60%; No 2 votes, 40%. 5 votes in all."
 */
export function describePollResults(poll: {
  question: string;
  totalVotes: number;
  status: LivePollStatus;
  options: readonly { label: string; votes: number; percent: number }[];
}): string {
  const options = poll.options
    .map((option) => `${option.label} ${votesText(option.votes)}, ${formatPercent(option.percent)}`)
    .join('; ');
  const final = poll.status === 'CLOSED' ? 'Final results' : 'Results';
  return `${final} of “${poll.question}”: ${options}. ${votesText(poll.totalVotes)} in all.`;
}
