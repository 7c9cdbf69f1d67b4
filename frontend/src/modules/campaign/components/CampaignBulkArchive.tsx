import { useState } from 'react';
import { useMutation } from 'urql';
import { ArchiveCampaignsDocument, type CampaignSummaryFragment } from '@/generated/graphql';
import { ConfirmDialog } from '@/ui/feedback/ConfirmDialog';

interface Props {
  /** The ticked campaigns, as shown (their versions go with the request). */
  selected: readonly CampaignSummaryFragment[];
  onDone: () => void;
}

const plural = (count: number) => (count === 1 ? '1 campaign' : `${count} campaigns`);

/** Archives the ticked campaigns after a confirmation: archived campaigns are read-only for good. */
export function CampaignBulkArchive({ selected, onDone }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<{ message: string; failed: boolean }>();
  const [{ fetching }, archive] = useMutation(ArchiveCampaignsDocument);

  const confirm = async () => {
    const asked = [...selected];
    const result = await archive({
      input: { campaigns: asked.map((campaign) => ({ id: campaign.id, expectedVersion: campaign.version })) },
    });
    setConfirming(false);
    const payload = result.data?.archiveCampaigns;
    if (!payload) {
      setOutcome({ message: 'The campaigns could not be archived: try again.', failed: true });
      return;
    }
    const done = payload.campaigns.filter(Boolean).length;
    const problems = payload.userErrors.map((error) => {
      const index = Number(error.field?.[2]);
      return `“${asked[index]?.name ?? 'A campaign'}”: ${error.message}`;
    });
    setOutcome({
      message: [`${plural(done)} archived.`, ...problems].join(' '),
      failed: problems.length > 0,
    });
    onDone();
  };

  return (
    <div className="bulk-actions">
      <p className="bulk-actions__count" role="status">
        {selected.length > 0 ? `${plural(selected.length)} selected` : ''}
      </p>
      <button
        type="button"
        className="button"
        disabled={selected.length === 0 || fetching}
        onClick={() => setConfirming(true)}
      >
        Archive selected
      </button>
      {outcome && (
        <p className={outcome.failed ? 'error-text' : 'muted'} role={outcome.failed ? 'alert' : 'status'}>
          {outcome.message}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Archive ${plural(selected.length)}?`}
        confirmLabel={`Archive ${plural(selected.length)}`}
        busy={fetching}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Archived campaigns are read-only and leave the active lists; they cannot be made active again:{' '}
          {selected.map((campaign) => campaign.name).join(', ')}.
        </p>
      </ConfirmDialog>
    </div>
  );
}
