import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { SetFeedbackStatusDocument, type FeedbackStatus, type FeedbackThreadDetailFragment } from '@/generated/graphql';
import { STATUS_LABELS } from '../utils/feedbackLabels';
import { moveLabel } from '../utils/statusMoves';
import { threadChangeOutcome, type ThreadChangeOutcome } from '../utils/threadChange';
import { FeedbackStatusBadge } from './FeedbackStatusBadge';
import { ThreadChangeOutcomeView } from './ThreadChangeOutcomeView';

interface Props {
  thread: Pick<FeedbackThreadDetailFragment, 'id' | 'version' | 'status' | 'allowedStatuses'>;
  onChanged: (thread: FeedbackThreadDetailFragment) => void;
  onReload: () => void;
}

/** The thread's status and one button per move the workflow allows from it; the outcome takes focus. */
export function ThreadStatusActions({ thread, onChanged, onReload }: Props) {
  const [{ fetching }, setStatus] = useMutation(SetFeedbackStatusDocument);
  const [outcome, setOutcome] = useState<ThreadChangeOutcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  const move = async (status: FeedbackStatus) => {
    const result = await setStatus({ input: { threadId: thread.id, expectedVersion: thread.version, status } });
    const next = threadChangeOutcome(result.data?.setFeedbackStatus, result.error);
    setOutcome(next);
    if (next.kind === 'done') onChanged(next.thread);
    outcomeRef.current?.focus();
  };

  return (
    <section aria-labelledby="thread-status-title">
      <h3 id="thread-status-title">Status</h3>
      <p>
        Now: <FeedbackStatusBadge status={thread.status} />
      </p>
      <ThreadChangeOutcomeView
        ref={outcomeRef}
        outcome={outcome}
        done={(o) => `Status changed to ${STATUS_LABELS[o.thread.status].toLowerCase()}.`}
        onReload={() => {
          setOutcome(null);
          onReload();
        }}
      />
      <div className="button-row">
        {thread.allowedStatuses.map((status) => (
          <button
            key={status}
            type="button"
            className="button button--small"
            disabled={fetching}
            onClick={() => void move(status)}
          >
            {moveLabel(thread.status, status)}
          </button>
        ))}
      </div>
    </section>
  );
}
