import { useState } from 'react';
import { useMutation } from 'urql';
import {
  EndLiveSessionDocument,
  StartLiveSessionDocument,
  type LiveSessionDetailFragment,
  type LiveSessionStatus,
  type UserErrorFieldsFragment,
} from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { Alert } from '@/ui/feedback/Alert';
import { ConfirmDialog } from '@/ui/feedback/ConfirmDialog';
import { ConflictNotice } from '@/ui/feedback/ConflictNotice';
import { LIVE_SESSION_STATUS_LABELS, liveSessionTransitionLabel } from '../utils/liveSessionLabels';
import '../styles/liveqa.css';

type Outcome =
  { kind: 'done'; session: LiveSessionDetailFragment } | { kind: 'conflict' } | { kind: 'failed'; message: string };

interface Props {
  session: Pick<LiveSessionDetailFragment, 'id' | 'version' | 'status' | 'allowedTransitions'>;
  /** The session as the mutation returned it, newer than what the page queried. */
  onChanged: (session: LiveSessionDetailFragment) => void;
  onReload: () => void;
  /** True while the page refetches: the version shown may be outdated, so wait. */
  refreshing?: boolean;
  /** Buttons only, for the console's header; the detail page gives them a panel of their own. */
  compact?: boolean;
}

function toOutcome(
  result: { liveSession: LiveSessionDetailFragment | null; userErrors: UserErrorFieldsFragment[] } | undefined,
  errorMessage: string | undefined,
): Outcome {
  if (errorMessage || !result) return { kind: 'failed', message: errorMessage ?? 'The change was not saved.' };
  if (result.userErrors.some((e) => e.code === 'CONFLICT')) return { kind: 'conflict' };
  if (result.userErrors.length > 0 || !result.liveSession) {
    return {
      kind: 'failed',
      message: result.userErrors.map((e) => e.message).join(' ') || 'The change was not saved.',
    };
  }
  return { kind: 'done', session: result.liveSession };
}

/**
 * One button per allowed next status: start a scheduled session, end a live one. Ending is final,
 * so it is asked for in a dialog that says what it does.
 */
export function LiveSessionStatusActions({ session, onChanged, onReload, refreshing = false, compact }: Props) {
  const [startState, start] = useMutation(StartLiveSessionDocument);
  const [endState, end] = useMutation(EndLiveSessionDocument);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const busy = startState.fetching || endState.fetching || refreshing;

  const move = async (status: LiveSessionStatus) => {
    const input = { id: session.id, expectedVersion: session.version };
    let next: Outcome;
    if (status === 'LIVE') {
      const result = await start({ input });
      next = toOutcome(result.data?.startLiveSession, result.error && describeGraphqlError(result.error));
    } else {
      const result = await end({ input });
      next = toOutcome(result.data?.endLiveSession, result.error && describeGraphqlError(result.error));
    }
    setConfirmingEnd(false);
    setOutcome(next);
    if (next.kind === 'done') onChanged(next.session);
  };

  // Only starting and ending have a mutation; any other transition is not offered here.
  const transitions = session.allowedTransitions.filter((status) => status === 'LIVE' || status === 'ENDED');
  if (transitions.length === 0 && !outcome) return null;
  const content = (
    <>
      {outcome?.kind === 'done' && (
        <Alert tone="success">Session is now {LIVE_SESSION_STATUS_LABELS[outcome.session.status].toLowerCase()}.</Alert>
      )}
      {outcome?.kind === 'conflict' && (
        <ConflictNotice
          what="session"
          onReload={() => {
            setOutcome(null);
            onReload();
          }}
        />
      )}
      {outcome?.kind === 'failed' && <Alert tone="error">{outcome.message}</Alert>}
      {transitions.length > 0 && (
        <div className="button-row">
          {transitions.map((status) => (
            <button
              key={status}
              type="button"
              className={`button ${status === 'ENDED' ? 'button--danger' : 'button--primary'}${compact ? ' button--small' : ''}`}
              disabled={busy}
              onClick={() => (status === 'ENDED' ? setConfirmingEnd(true) : void move(status))}
            >
              {liveSessionTransitionLabel(status)}
            </button>
          ))}
        </div>
      )}
      <ConfirmDialog
        open={confirmingEnd}
        title="End this session?"
        confirmLabel="End session now"
        cancelLabel="Keep it live"
        busy={busy}
        onConfirm={() => void move('ENDED')}
        onCancel={() => setConfirmingEnd(false)}
      >
        <p>
          Ending is final: the audience can no longer ask or upvote, pending questions stay unanswered, and the session
          cannot be started again.
        </p>
      </ConfirmDialog>
    </>
  );
  if (compact) return <div className="session-controls">{content}</div>;
  return (
    <section className="panel" aria-labelledby="live-session-status-actions">
      <h2 id="live-session-status-actions">Change status</h2>
      {content}
    </section>
  );
}
