import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '@/ui/feedback/ConfirmDialog';
import { Alert } from '@/ui/feedback/Alert';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { useDocumentTitle } from '@/ui/hooks/useDocumentTitle';

interface Props {
  organizationName: string;
  label: string;
  /** Revokes; answers what went wrong, in words, or undefined once done. */
  onRevoke: (reason: string) => Promise<string | undefined>;
}

/** Names the permission by its label, takes an optional reason, and asks once more before revoking. */
export function RevokeByLinkForm({ organizationName, label, onRevoke }: Props) {
  useDocumentTitle('Take back your permission');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const revoke = async () => {
    setBusy(true);
    const outcome = await onRevoke(reason);
    setBusy(false);
    setConfirming(false);
    setProblem(outcome);
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Take back your permission
      </h1>
      <p>
        You gave {organizationName} permission to share your information: <strong>{label}</strong>.
      </p>
      <p>If you take it back, {organizationName} will not make new posts with it.</p>
      {problem && <Alert tone="error">{problem}</Alert>}
      <div className="form">
        <TextAreaField
          id="revoke-reason"
          label="Why (optional)"
          hint="You do not have to give a reason."
          value={reason}
          onChange={setReason}
          rows={3}
        />
        <button type="button" className="button button--danger-solid button--large" onClick={() => setConfirming(true)}>
          Revoke my permission
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Revoke your permission?"
        confirmLabel={busy ? 'Revoking…' : 'Yes, revoke it'}
        cancelLabel="No, keep it"
        busy={busy}
        onConfirm={() => void revoke()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {organizationName} will not make new posts with {label}. You cannot undo this here: to give permission again,
          you would sign a new form.
        </p>
      </ConfirmDialog>
    </>
  );
}
