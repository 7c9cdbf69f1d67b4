import { useState } from 'react';
import { useMutation } from 'urql';
import {
  ArchiveContentDocument,
  PublishContentDocument,
  RetractContentDocument,
  ScheduleContentDocument,
  SubmitContentForReviewDocument,
  UnscheduleContentDocument,
  type Channel,
  type ContentDetailFragment,
} from '@/generated/graphql';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { ConfirmDialog } from '@/ui/feedback/ConfirmDialog';
import { formatDateTime } from '@/ui/utils/format';
import type { useContentAction } from '../hooks/useContentAction';
import { contentActionsFor } from '../utils/contentAccess';
import { CONTENT_STATUS_LABELS } from '../utils/contentLabels';
import { ActionOutcomeView } from './ActionOutcomeView';
import { ContentStatusBadge } from './ContentStatusBadge';
import { RetractForm } from './RetractForm';
import { ScheduleForm } from './ScheduleForm';
import { StartCorrection } from './StartCorrection';

type Open = 'schedule' | 'retract' | null;
type Confirm = { kind: 'publish' } | { kind: 'archive' } | { kind: 'retract'; reason: string } | null;

interface Props {
  content: ContentDetailFragment;
  action: ReturnType<typeof useContentAction>;
  onReload: () => void;
  /** True while the page refetches: the version shown may be outdated, so wait. */
  refreshing?: boolean;
}

const statusNow = (content: ContentDetailFragment) => `Now ${CONTENT_STATUS_LABELS[content.status].toLowerCase()}.`;

/** The workflow steps this viewer may take on the item in its status, each refusal explained beside them. */
export function ContentActions({ content, action, onReload, refreshing = false }: Props) {
  const { roles } = useViewer();
  const [, submit] = useMutation(SubmitContentForReviewDocument);
  const [, schedule] = useMutation(ScheduleContentDocument);
  const [, unschedule] = useMutation(UnscheduleContentDocument);
  const [, publish] = useMutation(PublishContentDocument);
  const [, retract] = useMutation(RetractContentDocument);
  const [, archive] = useMutation(ArchiveContentDocument);
  const [open, setOpen] = useState<Open>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const actions = contentActionsFor(content, roles);
  const base = { contentId: content.id, expectedVersion: content.version };
  const busy = action.busy || refreshing;
  const channels = content.variants.map((variant) => variant.channel);

  const finish = (done: ContentDetailFragment | null) => {
    setConfirm(null);
    if (done) setOpen(null);
  };
  const onSubmit = async () =>
    finish(
      await action.run(
        () => submit({ input: base }).then((r) => ({ payload: r.data?.submitContentForReview, error: r.error })),
        (c) => `Submitted for review. ${statusNow(c)}`,
      ),
    );
  const onSchedule = async (publishAt: string, chosen: Channel[]) =>
    finish(
      await action.run(
        () =>
          schedule({ input: { ...base, publishAt, channels: chosen } }).then((r) => ({
            payload: r.data?.scheduleContent,
            error: r.error,
          })),
        (c) => `Scheduled for ${c.publishAt ? formatDateTime(c.publishAt) : 'later'}.`,
      ),
    );
  const onUnschedule = async () =>
    finish(
      await action.run(
        () => unschedule({ input: base }).then((r) => ({ payload: r.data?.unscheduleContent, error: r.error })),
        (c) => `Unscheduled. ${statusNow(c)}`,
      ),
    );
  const onConfirm = async () => {
    if (!confirm) return;
    const run =
      confirm.kind === 'publish'
        ? () => publish({ input: base }).then((r) => ({ payload: r.data?.publishContent, error: r.error }))
        : confirm.kind === 'archive'
          ? () => archive({ input: base }).then((r) => ({ payload: r.data?.archiveContent, error: r.error }))
          : () =>
              retract({ input: { ...base, reason: confirm.reason } }).then((r) => ({
                payload: r.data?.retractContent,
                error: r.error,
              }));
    finish(await action.run(run, statusNow));
  };

  return (
    <section className="panel content-actions" aria-labelledby="content-actions-title">
      <h2 id="content-actions-title">Workflow</h2>
      <p>
        Status: <ContentStatusBadge status={content.status} />
        {content.status === 'SCHEDULED' && content.publishAt && (
          <>
            {' '}
            — publishes <time dateTime={content.publishAt}>{formatDateTime(content.publishAt)}</time>
          </>
        )}
      </p>
      {content.allowedTransitions.length > 0 && (
        <p className="muted">
          Can move on to: {content.allowedTransitions.map((status) => CONTENT_STATUS_LABELS[status]).join(', ')}.
        </p>
      )}
      <ActionOutcomeView
        outcome={action.outcome}
        content={content}
        onReload={() => {
          action.clear();
          onReload();
        }}
      />
      {actions.some((a) => a !== 'edit') && (
        <div className="button-row">
          {actions.includes('submit') && (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void onSubmit()}>
              Submit for review
            </button>
          )}
          {actions.includes('schedule') && (
            <button type="button" className="button" disabled={busy} onClick={() => setOpen('schedule')}>
              Schedule…
            </button>
          )}
          {actions.includes('unschedule') && (
            <button type="button" className="button" disabled={busy} onClick={() => void onUnschedule()}>
              Unschedule
            </button>
          )}
          {actions.includes('publish') && (
            <button type="button" className="button" disabled={busy} onClick={() => setConfirm({ kind: 'publish' })}>
              Publish now…
            </button>
          )}
          {actions.includes('correct') && <StartCorrection content={content} action={action} busy={busy} />}
          {actions.includes('retract') && (
            <button type="button" className="button button--danger" disabled={busy} onClick={() => setOpen('retract')}>
              Retract…
            </button>
          )}
          {actions.includes('archive') && (
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => setConfirm({ kind: 'archive' })}
            >
              Archive…
            </button>
          )}
        </div>
      )}
      {open === 'schedule' && (
        <ScheduleForm
          channels={channels}
          busy={busy}
          onSchedule={(at, chosen) => void onSchedule(at, chosen)}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'retract' && (
        <RetractForm
          busy={busy}
          onRetract={(reason) => setConfirm({ kind: 'retract', reason })}
          onCancel={() => setOpen(null)}
        />
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={
          confirm?.kind === 'publish'
            ? 'Publish now?'
            : confirm?.kind === 'archive'
              ? 'Archive this item?'
              : 'Retract this item?'
        }
        confirmLabel={confirm?.kind === 'publish' ? 'Publish now' : confirm?.kind === 'archive' ? 'Archive' : 'Retract'}
        tone={confirm?.kind === 'publish' ? 'primary' : 'danger'}
        busy={busy}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirm(null)}
      >
        {confirm?.kind === 'publish' && (
          <p>
            It is posted at once on {channels.length === 1 ? 'its channel' : `its ${channels.length} channels`}, as it
            was approved.
          </p>
        )}
        {confirm?.kind === 'archive' && <p>Archiving is final: the item can no longer be edited or published.</p>}
        {confirm?.kind === 'retract' && (
          <p>Every channel’s post is retracted, and each leaves a take-down for someone to confirm it is gone.</p>
        )}
      </ConfirmDialog>
    </section>
  );
}
