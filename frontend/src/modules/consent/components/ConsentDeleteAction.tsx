import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { DeleteConsentDocument, type ConsentDetailFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { Alert } from '@/ui/feedback/Alert';
import { ConfirmDialog } from '@/ui/feedback/ConfirmDialog';
import { formatDate } from '@/ui/utils/format';
import { isoDay } from '../utils/consentDates';
import { CONSENTS_PATH } from '../utils/consentPaths';

type Consent = Pick<ConsentDetailFragment, 'id' | 'label' | 'retainedUntil'>;

/** Whether the retention period is over: deleteConsent is allowed from `retainedUntil` on. */
export const retentionOver = (retainedUntil: string | null | undefined, now = new Date()) =>
  Boolean(retainedUntil && retainedUntil <= isoDay(now));

/** Deletes a consent whose retention period is over, with its document, after asking. */
export function ConsentDeleteAction({ consent }: { consent: Consent }) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [{ fetching }, remove] = useMutation(DeleteConsentDocument);
  if (!retentionOver(consent.retainedUntil)) return null;

  const confirm = async () => {
    const result = await remove({ input: { consentId: consent.id } });
    setConfirming(false);
    const payload = result.data?.deleteConsent;
    if (payload?.deletedConsentId) {
      navigate(CONSENTS_PATH, { state: { deletedLabel: consent.label } });
      return;
    }
    setFailure(
      result.error
        ? describeGraphqlError(result.error)
        : payload?.userErrors.map((error) => error.message).join(' ') || 'The consent was not deleted.',
    );
  };

  return (
    <section aria-labelledby="consent-delete" className="panel">
      <h2 id="consent-delete">Delete</h2>
      <p>
        The retention period ended on {formatDate(consent.retainedUntil)}: the consent and its document may now be
        deleted.
      </p>
      {failure && <Alert tone="error">{failure}</Alert>}
      <button type="button" className="button button--danger" disabled={fetching} onClick={() => setConfirming(true)}>
        Delete consent…
      </button>
      <ConfirmDialog
        open={confirming}
        title="Delete this consent?"
        confirmLabel="Delete consent"
        busy={fetching}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>{consent.label} and its signed document are removed for good. The audit log keeps that you deleted it.</p>
      </ConfirmDialog>
    </section>
  );
}
