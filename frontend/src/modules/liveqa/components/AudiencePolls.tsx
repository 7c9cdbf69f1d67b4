import type { AudiencePollFieldsFragment } from '@/generated/graphql';
import { useThrottledValue } from '@/ui/hooks/useThrottledValue';
import type { AnswerProblem } from '../hooks/useAnswerLivePoll';
import { describePollResults } from '../utils/pollResults';
import { AudiencePollCard, isVoting } from './AudiencePollCard';

/** A screen reader hears the counts at most this often, however fast the votes come. */
export const POLL_ANNOUNCE_MS = 5000;

interface Props {
  /** Newest first. */
  polls: readonly AudiencePollFieldsFragment[];
  /** The session is live: an open poll takes answers. */
  live: boolean;
  answering: boolean;
  problem: AnswerProblem | null;
  onAnswer: (pollId: string, optionId: string) => void;
}

/**
 * The newest poll, open or just closed, at the top of the page, and what a screen reader hears of
 * it: a new poll's question, then its results, from a polite live region that is on the page
 * before any poll (a region added with its words is not read out) and changes at most every
 * POLL_ANNOUNCE_MS, never per vote.
 */
export function LatestPoll({ polls, live, ...props }: Props) {
  const latest = polls[0];
  const announcement = useThrottledValue(
    !latest ? '' : isVoting(latest, live) ? `New poll: ${latest.question}` : describePollResults(latest),
    POLL_ANNOUNCE_MS,
  );
  return (
    <>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {latest && <AudiencePollCard poll={latest} canAnswer={live} {...props} />}
    </>
  );
}

/** The polls before the newest, with their final results, at the foot of the page. */
export function EarlierPolls({ polls, live, ...props }: Props) {
  const earlier = polls.slice(1);
  if (earlier.length === 0) return null;
  return (
    <section className="audience-section" aria-labelledby="earlier-polls-heading">
      <h2 id="earlier-polls-heading">Earlier polls</h2>
      {earlier.map((poll) => (
        <AudiencePollCard key={poll.id} poll={poll} canAnswer={live} level={3} {...props} />
      ))}
    </section>
  );
}
