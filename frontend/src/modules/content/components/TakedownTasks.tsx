import { useEffect, useRef, useState } from 'react';
import type { TakedownTaskFragment } from '@/generated/graphql';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { DataTable } from '@/ui/data-display/DataTable';
import { Alert } from '@/ui/feedback/Alert';
import { ConfirmDialog } from '@/ui/feedback/ConfirmDialog';
import { useConfirmTakedown, type ConfirmOutcome } from '../hooks/useConfirmTakedown';
import { openTakedownRows, type TakedownRow } from '../utils/takedownTasks';
import { takedownColumns } from './takedownColumns';

interface Props {
  items: readonly TakedownTaskFragment[];
  /** Reads the list again, after a refusal showed it was out of date. */
  onStale: () => void;
}

const stillOpen = (n: number) =>
  n === 0 ? 'Nothing else is waiting.' : `${n} ${n === 1 ? 'take-down is' : 'take-downs are'} still to confirm.`;

/**
 * Each retracted post still to confirm gone, with a Confirm that asks first. A confirmed row goes
 * at once and focus moves to the line saying so (the button pressed went with its row); a refusal
 * is said as an alert and focus stays on the row's button.
 */
export function TakedownTasks({ items, onStale }: Props) {
  const { answered, busy, confirm } = useConfirmTakedown(onStale);
  const [asking, setAsking] = useState<TakedownRow | null>(null);
  const [outcome, setOutcome] = useState<ConfirmOutcome | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const rows = openTakedownRows(items, answered);

  useEffect(() => {
    if (outcome?.kind === 'confirmed') statusRef.current?.focus();
  }, [outcome]);

  const onConfirm = async (row: TakedownRow) => {
    const done = await confirm(row);
    setAsking(null);
    setOutcome(done);
  };
  const channel = asking ? CHANNEL_LABELS[asking.channel] : '';

  return (
    <>
      <div ref={statusRef} tabIndex={-1} role="status">
        {outcome?.kind === 'confirmed' && (
          <Alert tone="success" live={false}>
            Confirmed: the post of {outcome.row.content.title} is gone from {CHANNEL_LABELS[outcome.row.channel]}.{' '}
            {stillOpen(rows.length)}
          </Alert>
        )}
      </div>
      {outcome?.kind === 'failed' && (
        <Alert tone="error" title="Not confirmed">
          <p>{outcome.message}</p>
        </Alert>
      )}
      {rows.length === 0 ? (
        <p className="empty">Nothing is waiting: every retracted post has been confirmed gone.</p>
      ) : (
        <DataTable
          caption="Take-downs to confirm, longest waiting first"
          columns={takedownColumns(setAsking, busy)}
          rows={rows}
        />
      )}
      <ConfirmDialog
        open={asking !== null}
        title="Is the post gone?"
        confirmLabel={`I checked: the post is gone from ${channel}`}
        tone="primary"
        busy={busy}
        onConfirm={() => asking && void onConfirm(asking)}
        onCancel={() => setAsking(null)}
      >
        {asking && (
          <p>
            CarePulse retracted the post of “{asking.content.title}” from {channel}
            {asking.postId && ` (post ${asking.postId})`}. Some channels keep a post until someone removes it by hand:
            look for it on {channel} first, and confirm only once it is gone.
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
