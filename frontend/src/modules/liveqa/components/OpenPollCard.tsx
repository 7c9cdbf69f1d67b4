import { useState } from 'react';
import type { LivePollFieldsFragment } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { ConfirmDialog } from '@/ui/feedback/ConfirmDialog';
import { useCloseLivePoll } from '../hooks/useCloseLivePoll';
import { PollResults } from './PollResults';

interface Props {
  poll: LivePollFieldsFragment;
  /** The poll as closeLivePoll answered it. */
  onClosed: (poll: LivePollFieldsFragment) => void;
}

/** The poll taking answers: its results as they come in, and Close poll, which asks first. */
export function OpenPollCard({ poll, onClosed }: Props) {
  const [confirming, setConfirming] = useState(false);
  const { close, closing, error } = useCloseLivePoll(onClosed);
  const titleId = `poll-${poll.id}-title`;
  return (
    <article className="poll-card poll-card--open" aria-labelledby={titleId}>
      <p className="poll-card__state">Open: the audience is answering</p>
      <h3 id={titleId} className="poll-card__question">
        {poll.question}
      </h3>
      <PollResults poll={poll} />
      {error && <Alert tone="error">{error}</Alert>}
      <button type="button" className="button button--danger button--small" onClick={() => setConfirming(true)}>
        Close poll
      </button>
      <ConfirmDialog
        open={confirming}
        title="Close this poll?"
        confirmLabel="Close poll"
        cancelLabel="Keep it open"
        busy={closing}
        onConfirm={() => {
          void close(poll.id).then(() => setConfirming(false));
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>
          The audience can no longer answer “{poll.question}”. Everyone keeps seeing its results, {poll.totalVotes}{' '}
          {poll.totalVotes === 1 ? 'vote' : 'votes'} so far.
        </p>
      </ConfirmDialog>
    </article>
  );
}
