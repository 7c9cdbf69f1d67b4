import { forwardRef } from 'react';
import { Alert } from '@/ui/feedback/Alert';
import type { ThreadChangeOutcome } from '../utils/threadChange';

interface Props {
  outcome: ThreadChangeOutcome | null;
  /** What was done, when it was: "Status changed to resolved." */
  done: (outcome: Extract<ThreadChangeOutcome, { kind: 'done' }>) => string;
  onReload: () => void;
}

/**
 * The last change's outcome in one place that takes focus (tabIndex -1): done, refused because
 * someone changed the thread meanwhile (read it again), or refused with the server's reason.
 */
export const ThreadChangeOutcomeView = forwardRef<HTMLDivElement, Props>(function ThreadChangeOutcomeView(
  { outcome, done, onReload },
  ref,
) {
  return (
    <div ref={ref} tabIndex={-1}>
      {outcome?.kind === 'done' && <Alert tone="success">{done(outcome)}</Alert>}
      {outcome?.kind === 'conflict' && (
        <Alert tone="warning" title="Someone changed this thread meanwhile">
          <p>Nothing was changed. Read the thread again, then try once more.</p>
          <button type="button" className="button button--small" onClick={onReload}>
            Read the thread again
          </button>
        </Alert>
      )}
      {outcome?.kind === 'failed' && <Alert tone="error">{outcome.message}</Alert>}
    </div>
  );
});
