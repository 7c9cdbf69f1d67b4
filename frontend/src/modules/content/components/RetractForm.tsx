import { useState, type FormEvent } from 'react';
import { TextAreaField } from '@/ui/form/TextAreaField';

interface Props {
  busy: boolean;
  /** Called with the reason; the page asks for confirmation before retracting. */
  onRetract: (reason: string) => void;
  onCancel: () => void;
}

/** Why the item comes down: every channel's post is retracted, with a take-down to confirm each. */
export function RetractForm({ busy, onRetract, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) setError('Say why it is retracted');
    else {
      setError(undefined);
      onRetract(reason.trim());
    }
  };
  return (
    <form className="form content-action-form" onSubmit={submit} noValidate aria-label="Retract">
      <TextAreaField
        id="content-retract-reason"
        label="Reason for retracting"
        value={reason}
        onChange={setReason}
        error={error}
        required
        autoFocus
      />
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={busy}>
          Retract…
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
