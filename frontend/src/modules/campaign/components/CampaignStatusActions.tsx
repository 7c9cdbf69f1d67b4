import { useState } from 'react';
import { useMutation } from 'urql';
import {
  ArchiveCampaignDocument,
  ChangeCampaignStatusDocument,
  type CampaignDetailFragment,
  type CampaignStatus,
  type UserErrorFieldsFragment,
} from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { Alert } from '@/ui/feedback/Alert';
import { ConflictNotice } from '@/ui/feedback/ConflictNotice';
import { CAMPAIGN_STATUS_LABELS, transitionLabel } from '../utils/campaignLabels';

type Outcome =
  { kind: 'done'; campaign: CampaignDetailFragment } | { kind: 'conflict' } | { kind: 'failed'; message: string };

interface Props {
  campaign: Pick<CampaignDetailFragment, 'id' | 'version' | 'status' | 'allowedTransitions'>;
  /** The campaign as the mutation returned it, newer than what the page queried. */
  onChanged: (campaign: CampaignDetailFragment) => void;
  onReload: () => void;
  /** True while the page refetches: the version shown may be outdated, so wait. */
  refreshing?: boolean;
}

function toOutcome(
  result: { campaign: CampaignDetailFragment | null; userErrors: UserErrorFieldsFragment[] } | undefined,
  errorMessage: string | undefined,
): Outcome {
  if (errorMessage || !result) return { kind: 'failed', message: errorMessage ?? 'The change was not saved.' };
  if (result.userErrors.some((e) => e.code === 'CONFLICT')) return { kind: 'conflict' };
  if (result.userErrors.length > 0 || !result.campaign) {
    return {
      kind: 'failed',
      message: result.userErrors.map((e) => e.message).join(' ') || 'The change was not saved.',
    };
  }
  return { kind: 'done', campaign: result.campaign };
}

/** One button per allowed next status; archiving, which is final, asks for confirmation. */
export function CampaignStatusActions({ campaign, onChanged, onReload, refreshing = false }: Props) {
  const [changeState, changeStatus] = useMutation(ChangeCampaignStatusDocument);
  const [archiveState, archive] = useMutation(ArchiveCampaignDocument);
  const [confirmingArchive, setConfirmingArchive] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = changeState.fetching || archiveState.fetching || refreshing;
  const base = { id: campaign.id, expectedVersion: campaign.version };
  const transitions = campaign.allowedTransitions.filter((status) => status !== 'ARCHIVED');
  const canArchive = campaign.allowedTransitions.includes('ARCHIVED');

  const report = (next: Outcome) => {
    setOutcome(next);
    if (next.kind === 'done') onChanged(next.campaign);
  };
  const move = async (status: CampaignStatus) => {
    const result = await changeStatus({ input: { ...base, status } });
    report(toOutcome(result.data?.changeCampaignStatus, result.error && describeGraphqlError(result.error)));
  };
  const confirmArchive = async () => {
    const result = await archive({ input: base });
    setConfirmingArchive(false);
    report(toOutcome(result.data?.archiveCampaign, result.error && describeGraphqlError(result.error)));
  };

  if (transitions.length === 0 && !canArchive && !outcome) return null;
  return (
    <section className="panel" aria-labelledby="campaign-status-actions">
      <h2 id="campaign-status-actions">Change status</h2>
      {outcome?.kind === 'done' && (
        <Alert tone="success">Campaign is now {CAMPAIGN_STATUS_LABELS[outcome.campaign.status].toLowerCase()}.</Alert>
      )}
      {outcome?.kind === 'conflict' && (
        <ConflictNotice
          what="campaign"
          onReload={() => {
            setOutcome(null);
            onReload();
          }}
        />
      )}
      {outcome?.kind === 'failed' && <Alert tone="error">{outcome.message}</Alert>}
      <div className="button-row">
        {transitions.map((status) => (
          <button key={status} type="button" className="button" disabled={busy} onClick={() => void move(status)}>
            {transitionLabel(campaign.status, status)}
          </button>
        ))}
        {canArchive && !confirmingArchive && (
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => setConfirmingArchive(true)}
          >
            Archive
          </button>
        )}
      </div>
      {confirmingArchive && (
        <div className="confirm" role="group" aria-labelledby="archive-confirm-text">
          <p id="archive-confirm-text">Archiving is final: the campaign becomes read-only. Archive it?</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void confirmArchive()}
              autoFocus
            >
              Archive campaign
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirmingArchive(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
