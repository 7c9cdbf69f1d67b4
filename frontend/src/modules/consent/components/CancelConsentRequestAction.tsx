import { useState } from 'react';
import { useMutation } from 'urql';
import { CancelConsentRequestDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { Alert } from '@/ui/feedback/Alert';
import { ConfirmDialog } from '@/ui/feedback/ConfirmDialog';

interface Props {
  request: { id: string; scope: string };
  /** Names the request in the button, for a list of several. */
  inList?: boolean;
}

/** Cancels a pending request after a confirmation: its link stops working at once. */
export function CancelConsentRequestAction({ request, inList = false }: Props) {
  const [{ fetching }, cancel] = useMutation(CancelConsentRequestDocument);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string>();

  const confirm = async () => {
    const result = await cancel({ input: { consentRequestId: request.id } });
    const payload = result.data?.cancelConsentRequest;
    setConfirming(false);
    if (result.error) setProblem(describeGraphqlError(result.error));
    else if (payload?.userErrors.length) setProblem(payload.userErrors.map((error) => error.message).join(' '));
    else setProblem(undefined);
  };

  return (
    <>
      <button
        type="button"
        className="button button--danger"
        aria-label={inList ? `Cancel the request ${request.scope}` : undefined}
        onClick={() => setConfirming(true)}
      >
        Cancel request
      </button>
      {problem && <Alert tone="error">{problem}</Alert>}
      <ConfirmDialog
        open={confirming}
        title="Cancel this signing request?"
        confirmLabel={fetching ? 'Cancelling…' : 'Cancel the request'}
        cancelLabel="Keep it"
        busy={fetching}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>The signing link for {request.scope} stops working at once. To ask the patient again, send a new request.</p>
      </ConfirmDialog>
    </>
  );
}
