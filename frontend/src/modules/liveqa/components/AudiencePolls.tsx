import type { AudiencePollFieldsFragment } from '@/generated/graphql';
import type { AnswerProblem } from '../hooks/useAnswerLivePoll';
import { AudiencePollCard } from './AudiencePollCard';

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
 * The newest poll, open or just closed, at the top of the page; `earlier` lists the polls before it
 * (their final results), for the foot of the page.
 */
export function LatestPoll({ polls, live, ...props }: Props) {
  const latest = polls[0];
  if (!latest) return null;
  return <AudiencePollCard poll={latest} canAnswer={live} {...props} />;
}

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
